import { sectionStart } from './attendance.js';
import { findDate } from './dates.js';
import { isMinutesHeading } from './header.js';
import type { ItemStart } from './itemStarts.js';
import type { Line } from './lines.js';

/** Headings that label a part of the page or the document rather than an item of business. */
const NOT_AN_ITEM =
  /^(?:(?:agenda|minutes|public document pack|items?|no\.?\s*item|item\s+description.*|(?:agenda\s+)?part\s+(?:\d|[ivx]+|one|two|a|b)\b.*|(?:un)?restricted items?|open minutes|confidential minutes|exempt items?|decisions?|resolved|resolutions?|minutes:|present|in attendance|also present|members|officers|signed|chair(?:man|person)?|date|time|venue|transcript)[\s:.]*)$/i;

/** A line of wrapped prose (its paragraph goes on past it), or one whose run-in heading ends inside it. */
function inProse(line: Line): boolean {
  const l = line.layout;
  if (!l) return false;
  if (l.kind === 'heading') return l.blockEnd < line.end;
  return l.kind === 'paragraph' && (l.blockEnd > line.end || l.blockStart < line.start);
}

function styleOf(line: Line | undefined): string {
  const l = line?.layout;
  return l?.kind === 'heading' ? `${l.level ?? ''}|${l.bold}` : 'text';
}

/**
 * Item starts for headings that carry no number: the layout's headings (a PDF's bold or larger lines, HTML
 * h1-h6, Markdown "#", capitals set apart in plain text). Only headings after the meeting's header count, not
 * labels (attendance lists, "PART 1 - PUBLIC", "UNRESTRICTED ITEMS") or dates. When numbered items were found, a
 * heading without a number must look like theirs.
 */
export function headingStarts(
  lines: readonly Line[],
  numbered: readonly ItemStart[],
  consumed: ReadonlySet<number>,
): ItemStart[] {
  const taken = new Set<number>();
  for (const s of numbered) {
    taken.add(s.line.index);
    if (s.titleAbove) taken.add(s.titleAbove.index);
    if (s.titleBelow) taken.add(s.line.index + 1);
  }
  const position = new Map(lines.map((l, n) => [l.index, n]));
  const titleStyles = new Set(
    numbered.map((s) => styleOf(s.titleAbove ?? (s.titleBelow ? lines[position.get(s.line.index)! + 1] : s.line))),
  );
  // The header ends after its last attendance label, minutes heading or date line.
  let headerEnd = 0;
  const firstNumbered = numbered.length ? position.get((numbered[0]!.titleAbove ?? numbered[0]!.line).index)! : 80;
  // "Apologies for absence" as a heading over a sentence is the apologies item; over a list of names, a label.
  const apologiesItem = (n: number): boolean =>
    lines[n]!.layout?.kind === 'heading' &&
    /^apologies/i.test(lines[n]!.text) &&
    /[.;]$/.test(lines[n + 1]?.text ?? '');
  for (let n = 0; n < Math.min(lines.length, firstNumbered, 80); n++) {
    const t = lines[n]!.text;
    if (apologiesItem(n)) break;
    // A date in a sentence ("The Minutes of the Council held on 15 September 2016.") is business, not the header's.
    const dateLine = findDate(t) && t.length < 120 && !/\.$/.test(t) && !inProse(lines[n]!);
    if (sectionStart(t) || isMinutesHeading(lines[n]!) || dateLine) headerEnd = n + 1;
  }
  const out: ItemStart[] = [];
  for (let n = headerEnd; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.layout?.kind !== 'heading' || taken.has(line.index) || consumed.has(line.index)) continue;
    // Numbered items found: a heading without a number is business before them ("Election of Chair", "PRESENTATIONS");
    // after the first, headings without numbers are the numbered items' sub-headings.
    if (numbered.length > 0 && n >= firstNumbered) break;
    if (n === lines.length - 1) continue;
    // Wrapped headings are read once, from their first line.
    if (lines[n - 1]?.layout?.kind === 'heading' && lines[n - 1]!.layout!.blockStart === line.layout.blockStart)
      continue;
    // A run-in heading ("Roads – Main was regraded") is titled by its label alone.
    const label = line.layout.blockEnd < line.end ? line.text.slice(0, line.layout.blockEnd - line.start) : line.text;
    const title = label.replace(/[\s:–—-]+$/, '');
    const attendanceLabel = sectionStart(line.text) && !apologiesItem(n);
    if (!title || NOT_AN_ITEM.test(title) || attendanceLabel || /\.$/.test(title)) continue;
    if (!/\p{L}{2}/u.test(title) || (findDate(title) && title.length < 40)) continue;
    // A heading over another heading labels a section ("UNRESTRICTED ITEMS" over "Election of Chair").
    if (numbered.length > 0 && !titleStyles.has(styleOf(line))) continue;
    out.push({ line, number: '', value: 0, scheme: '(heading)', title, titleBelow: false, pages: null });
  }
  return out;
}
