import { HONORIFIC } from './names.js';

/**
 * Attendance labels written without a colon. A page that kept its layout only by gaps ("Present   The Mayor, Cllr
 * A") loses the gap when spaces collapse, and a table flattened into running text ("... LANGEBAAN PRESENT Alderman A
 * Speaker Councillor B ... OFFICIALS C Municipal Manager") keeps its labels only as words in capitals. The colon the
 * other readers expect is put back where the label is followed at once by a person.
 */

/** "Present The Mayor, ...", "Present Cllr A, ...": at a line's start the label, then a title that opens a name. */
const PRESENT_BEFORE_TITLE = new RegExp(
  String.raw`^((?:members\s+)?present)\s+(?=(?:(?:his|her)\s+worship|the\s+(?:deputy\s+)?mayor|the\s+chair(?:man|person)?|${HONORIFIC})(?:\.?\s+\p{Lu}|,))`,
  'iu',
);

/**
 * A label in capitals inside a line, followed by a name in ordinary case or by an initial ("PRESENT S. Roger
 * Koontz, Chairman;", "OFFICIALS H Mettler"). A heading in capitals ("PRESENT AT THE MEETING") is followed by
 * another word in capitals, which this leaves alone.
 */
const CAPITALS_LABEL = /(?<=^|\s)((?:ALSO\s+)?PRESENT|ABSENT|OFFICIALS|IN\s+ATTENDANCE)(?=\s+\p{Lu}(?:\p{Ll}|\.|\s))/gu;

/**
 * "Present Iain Jenner, Colin Campbell, ...", "Apologies Stewart Livingston ,": at a line's start the label, then a
 * name of two capitalised words that a comma, "and" or the line's end closes (a sentence goes on in lower case).
 */
const LABEL_BEFORE_NAME =
  /^((?:[Pp]resent|[Aa]pologies|[Aa]bsent|[Aa]lso))\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}\s*(?:,|\s(?:and|&)\s|$))/u;

export function withLabelColons(text: string): string {
  if (!/present|absent|officials|attendance|apologies|also/i.test(text)) return text;
  return text.replace(PRESENT_BEFORE_TITLE, '$1: ').replace(CAPITALS_LABEL, '$1:').replace(LABEL_BEFORE_NAME, '$1: ');
}
