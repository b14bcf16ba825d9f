import type { Line } from './lines.js';

/** "ON MOTION THE MEETING WAS ADJOURNED": the close of a meeting's minutes. */
const CLOSED = /\bmeeting\s+(?:was|is|stands|then)\s+(?:duly\s+)?(?:adjourned|closed)\b\.?/i;
/** "TOWN BOARD MEETING MARCH 11, 1980": a meeting's heading with its date, month first. */
const MEETING_HEADING =
  /\bmeeting\b[^.]{0,40}?\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/i;

/**
 * "... BE IT FURTHER RESOLVED, THAT ... ON MOTION THE MEETING WAS ADJOURNED. RESPECTFULLY, ... TOWN BOARD MEETING
 * MARCH 11, 1980 MEMBERS PRESENT: ...": a minute book's page that opens at the end of the previous meeting's minutes,
 * read as one line. What comes before that meeting's close, with no heading of its own, is the previous meeting's, so
 * its resolutions are not this one's: the line is read from after the close (its span kept exact).
 */
export function afterPreviousMeeting(line: Line): Line {
  const closed = CLOSED.exec(line.text);
  if (!closed) return line;
  const before = line.text.slice(0, closed.index);
  const rest = line.text.slice(closed.index + closed[0].length);
  if (!/RESOLVED|ORDERED/.test(before) || MEETING_HEADING.test(before) || !MEETING_HEADING.test(rest)) return line;
  const lead = /^\s*/.exec(rest)![0].length;
  const start = line.start + closed.index + closed[0].length + lead;
  return {
    text: rest.slice(lead),
    start,
    end: line.end,
    index: line.index,
    ...(line.layout ? { layout: line.layout } : {}),
  };
}
