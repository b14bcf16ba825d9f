import { findDate, findTime } from './dates.js';
import { spanIn, type Line } from './lines.js';
import { timeAfterBrokenAt } from './wrappedTime.js';
import type { Sourced } from '../parsedDocument.js';

/**
 * A page's title dates the meeting ("25 July 2022 Extraordinary Meeting", "Meeting 5th January 2022") and the minutes'
 * own opening repeats the date with the time and place: "7:00pm on the 25th July 2022 at the Village Hall", "held on
 * Wednesday 5th January 2022" over "at 7.30 pm, at Edingale Village Hall". The lines after the dated one that give the
 * same date again, within a page's header.
 */
export function repeatedDateLines(lines: readonly Line[], dateLine: number, iso: string): Line[] {
  const from = lines.findIndex((l) => l.index === dateLine);
  return lines.slice(from + 1, from + 25).filter((l) => findDate(l.text)?.iso === iso);
}

interface SaidTime {
  readonly time: Sourced<string>;
  /** The words the time was read from. */
  readonly said: string;
}

function saidIn(line: Line, text: string): SaidTime | null {
  const t = findTime(text);
  if (!t) return null;
  const said = text.slice(t.index, t.index + t.length);
  return { time: { value: t.hhmm, span: spanIn(line, said) }, said };
}

/** The time told beside a date on its line (just before it or after it) or at the start of the line below. */
function timeBesideDate(lines: readonly Line[], line: Line): SaidTime | null {
  const d = findDate(line.text);
  if (!d) return null;
  const before = line.text.slice(Math.max(0, d.index - 30), d.index);
  const early = /\bon\s+(?:the\s+)?$/i.test(before) || /^\S*$/.test(before.trim()) ? saidIn(line, before) : null;
  const here = early ?? saidIn(line, line.text.slice(d.index + d.length, d.index + d.length + 60));
  if (here) return here;
  const below = lines[lines.indexOf(line) + 1];
  const opening = below ? /^(?:at|commencing(?:\s+at)?|from)\s+(.{0,40})/i.exec(below.text) : null;
  if (opening) return saidIn(below!, opening[1]!);
  const broken = timeAfterBrokenAt(line.text.slice(d.index + d.length), below?.text);
  return broken !== null ? saidIn(below!, broken) : null;
}

/**
 * The time beside the repeated date: "at 7.30" under an agenda's date is ambiguous where the minutes' own "at 7.30 pm"
 * is not, so a time that says its part of the day wins over a bare one.
 */
export function timeBesideRepeatedDate(lines: readonly Line[], again: readonly Line[]): Sourced<string> | null {
  const times = again.map((l) => timeBesideDate(lines, l)).filter((t): t is SaidTime => t !== null);
  const told = times.find((t) => /[ap]\.?\s?m|noon|clock|evening|afternoon|morning/i.test(t.said));
  return (told ?? times[0])?.time ?? null;
}
