import type { ParsedFutureMeeting, ParsedMeeting, Sourced } from '../parsedDocument.js';
import { findDate, findTime, type FoundDate } from './dates.js';
import { spanIn, type Line } from './lines.js';

/**
 * A heading or label that introduces the body's next meetings: "10 Future Meeting Dates",
 * "25/04 Date of next meeting", "Dates of future meetings: 12 June 2024, ...". Only at the start of
 * a line (after an item number), so that "brought to the next meeting" in a resolution is not one.
 */
const FUTURE_LABEL =
  /^(?:[\w./()-]{1,12}\s+)?(?:(?:to\s+(?:note|agree|confirm)\s+)?(?:the\s+)?(?:dates?|times?|dates?\s+and\s+times?)\s+of\s+(?:the\s+)?(?:next|future|forthcoming)\s+meetings?|(?:future|forthcoming)\s+meeting\s+dates?|next\s+meeting)\b/i;

/** Lines read after the label at most: a list of a year's dates, with a line or two of introduction. */
const MAX_LINES = 16;
/** Lines of label and introduction ("To agree to meet on the following Thursdays at 10am:") before the first date. */
const MAX_INTRO_LINES = 4;
/** A date further ahead than this is not a meeting the body has scheduled (a deadline, a review date). */
const MAX_DAYS_AHEAD = 3 * 366;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "Thursday 29th July", with no year: the year is the one that puts the date next after the meeting. */
const DAY_MONTH =
  /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?![\s,]*\d{4})/gi;

function yearless(text: string, after: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
    const day = Number(m[1]);
    for (const year of [Number(after.slice(0, 4)), Number(after.slice(0, 4)) + 1]) {
      const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const time = Date.parse(`${iso}T00:00:00Z`);
      // Date.parse rolls 31 June over to 1 July: only a date that reads back the same is one.
      if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== iso || iso <= after) continue;
      found.push({ iso, index: m.index, length: m[0].length, inferredYear: true });
      break;
    }
  }
  return found;
}

/** Every date on a line, in order; dates without a year only when the line has no other. */
function allDates(text: string, after: string): FoundDate[] {
  const found: FoundDate[] = [];
  let from = 0;
  for (;;) {
    const next = findDate(text.slice(from));
    if (!next) return found.length > 0 ? found : yearless(text, after);
    found.push({ ...next, index: from + next.index });
    from += next.index + next.length;
  }
}

/** What may come before a listed date: a bullet or a list marker ("-", "•", "a)", "1."). */
const LIST_LEAD = /^\s*(?:[-–•·*]|\(?[a-z0-9]{1,2}[.)])?\s*$/i;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** The time on a line, with its dates blanked so that "12.06.2024" is not read as a time. */
function timeOn(line: Line, dates: readonly FoundDate[], inferred: boolean): Sourced<string> | null {
  let text = line.text;
  for (const d of dates) text = text.slice(0, d.index) + ' '.repeat(d.length) + text.slice(d.index + d.length);
  const time = findTime(text);
  if (!time) return null;
  return {
    value: time.hhmm,
    span: spanIn(line, line.text.slice(time.index, time.index + time.length)),
    ...(inferred ? { inferred: true } : {}),
  };
}

/**
 * The body's future meetings that a meeting's papers list ("Future Meeting Dates: 26 October 2023,
 * 30 November 2023 ..." on an agenda; "Date of next meeting: Tuesday 12th November 2024 at 7.30pm"
 * in minutes): each date after the meeting's own, with the time written beside it or, failing that,
 * the time the list's introduction gives for all of them (then marked inferred). Each value keeps
 * the span it was read from. A meeting without a date of its own lists none: "future" needs a now.
 */
export function readFutureMeetings(lines: readonly Line[], meeting: ParsedMeeting): ParsedFutureMeeting[] {
  const own = meeting.date?.value;
  if (!own) return [];
  const out = new Map<string, ParsedFutureMeeting>();
  for (const [at, label] of lines.entries()) {
    const found = FUTURE_LABEL.exec(label.text);
    if (!found) continue;
    let introTime: Sourced<string> | null = null;
    let dated = 0;
    let intro = 0;
    for (const line of lines.slice(at, at + MAX_LINES)) {
      // On the label's own line only what follows the label counts ("Date of next meeting: ...").
      const skip = line === label ? found[0].length : 0;
      const dates = allDates(line.text.slice(skip), own).map((d) => ({ ...d, index: d.index + skip }));
      // Below the label, a line of the list starts with its date; a sentence that mentions a date ends the list.
      const listed = dates.length > 0 && (line === label || LIST_LEAD.test(line.text.slice(0, dates[0]!.index)));
      if (!listed) {
        if (dated > 0 || ++intro > MAX_INTRO_LINES) break;
        introTime ??= timeOn(line, [], true);
        continue;
      }
      dated++;
      // One time on a line of several dates is theirs together ("12 June and 10 July 2024, at 2pm"): implied for each.
      const written = timeOn(line, dates, false);
      const time = written && dates.length > 1 ? { ...written, inferred: true } : (written ?? introTime);
      for (const d of dates) {
        const ahead = daysBetween(own, d.iso);
        if (ahead <= 0 || ahead > MAX_DAYS_AHEAD || out.has(d.iso)) continue;
        const span = spanIn(line, line.text.slice(d.index, d.index + d.length));
        out.set(d.iso, {
          date: { value: d.iso, span, ...(d.inferredYear ? { inferred: true } : {}) },
          time,
        });
      }
    }
  }
  return [...out.values()].sort((a, b) => a.date.value.localeCompare(b.date.value));
}
