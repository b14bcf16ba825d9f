import { findDate } from './dates.js';
import { spanIn, type Line } from './lines.js';
import { isVenueLine } from './venueLines.js';
import type { Sourced } from '../parsedDocument.js';

/** Words that make a line a body's name ("Village Hall Management Committee"), not a place. */
const BODY_NOUN = /\b(?:committee|council|board|panel|forum|commission|trustees|association|group|meeting|minutes)\b/i;

/** A weekday left between a place and its date: "Allington Village Hall Meeting Room Saturday 16 September 2023". */
const TRAILING_WEEKDAY = /[,\s]+(?:on\s+)?(?:\p{L}+day)?[,\s]*$/iu;

function place(text: string): string | null {
  const t = text.trim();
  return t && isVenueLine(t) && !BODY_NOUN.test(t.replace(/\bmeeting\s+room\b/i, '')) ? t : null;
}

/**
 * "Minutes of the Extraordinary Parish Council Meeting" over "Allington Village Hall Meeting Room 16 September 2023 at
 * 17:00hrs", "REGULAR COUNCIL MEETING MINUTES" / "MUNICIPAL HALL RAVEN ROOM" / "MARCH 29, 2021": a heading that sets
 * the place before the meeting's date, on the date's line or on the line just above it, with no "held at" to say so.
 */
export function venueBeforeDate(lines: readonly Line[], dateLine: number | null): Sourced<string> | null {
  const at = lines.findIndex((l) => l.index === dateLine);
  if (at < 0) return null;
  const line = lines[at]!;
  const date = findDate(line.text)!;
  const before = place(line.text.slice(0, date.index).replace(TRAILING_WEEKDAY, ''));
  if (before) return { value: before, span: spanIn(line, before) };
  const above = lines[at - 1];
  const own = above && date.index === 0 ? place(above.text) : null;
  return own ? { value: own, span: spanIn(above!, own) } : null;
}
