import { findTime } from './dates.js';

/** A line broken after its "at": "Monday 6th July 2020 at" over "7pm via a Zoom Virtual Meeting". */
const ENDS_AT = /\b(?:at|commencing(?:\s+at)?|starting\s+at|from)\s*$/i;

/**
 * The start of the line below a date's line that breaks after "at", when that line opens with the time: the words to
 * read the time from, or null when the line does not break there or the line below does not open with a time.
 */
export function timeAfterBrokenAt(rest: string, below: string | undefined): string | null {
  if (below === undefined || !ENDS_AT.test(rest)) return null;
  return findTime(below)?.index === 0 ? below.slice(0, 80) : null;
}
