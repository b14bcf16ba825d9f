import { isDateLine } from './dates.js';
import type { Line } from './lines.js';

/** A line that may open an agenda item: its number as written and, when on the same line, its title. */
export interface ItemStart {
  readonly line: Line;
  readonly number: string;
  /** Numeric value of the number's last part, for following the sequence (38, 39, 40...). */
  readonly value: number;
  /** The number's scheme: "" for plain numbers, "25/" for 25/01, "CAB." for CAB.12. */
  readonly scheme: string;
  readonly title: string | null;
  /** The title sits on the next line (a number alone on its line). */
  readonly titleBelow: boolean;
  readonly pages: { readonly from: number; readonly to: number } | null;
}

const NUMBER_ALONE =
  /^(?:[-–•*]\s*)?(?:(?:Minute|Item|Agenda item)\s+(?:No\.?\s*)?)?((?:[A-Z]{1,6}[./ ]?)?\d{1,3}(?:[./]\d{1,3})?[a-z]?)[.:]?$/;
const NUMBER_TITLE =
  /^(?:[-–•*]\s*)?(?:(?:Minute|Item|Agenda item)\s+(?:No\.?\s*)?)?((?:[A-Z]{1,6}[./])?\d{1,3}(?:[./]\d{1,4})?[a-z]?)(?:[.:]\s*|\s+[-–]\s+|\s+|\t+)(\S.*)$/;
const PAGE_RANGE = /\s+(\d{1,4})\s*[-–]\s*(\d{1,4})\s*$/;
const PAGE_SINGLE = /\t\s*(\d{1,4})\s*$/;

const STANDARD_OPENING =
  /^(apologies|declarations?\s+of|(?:to\s+(?:confirm|approve)\s+)?(?:the\s+)?minutes\b|election of|appointment of (?:the )?(?:vice[- ])?chair|welcome|public (?:questions|participation))/i;

/** Words that start a sentence or a date rather than an item title. */
const NOT_TITLE =
  /^(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?![a-z])|am\b|pm\b|a\.m|p\.m|hours?\b|days?\b|weeks?\b|months?\b|years?\b|minutes?\s+past|per\s*cent|%|x\s|mins?\b)/i;

function splitNumber(number: string): { scheme: string; value: number } {
  // "12/2025": the minute number first and the year after it; the year is the scheme.
  const yearLast = /^(\d{1,3})[./]((?:19|20)\d\d)$/.exec(number);
  if (yearLast) return { scheme: `/${yearLast[2]}`, value: Number(yearLast[1]) };
  const m = /^(.*?)(\d+)[a-z]?$/.exec(number);
  return { scheme: (m?.[1] ?? '').replace(/\s/g, '').toUpperCase(), value: Number(m?.[2] ?? NaN) };
}

/** A title must read as a heading: starts with a capital, not a sentence running on for ever. */
function plausibleTitle(title: string): boolean {
  if (!/^["'‘“(]?[A-Z\d]/.test(title)) return false;
  if (NOT_TITLE.test(title) || isDateLine(title)) return false;
  if (/[;,]$/.test(title)) return false;
  // "1. That a plan be published": a numbered resolution or recommendation, not an item.
  if (/^That\s/.test(title)) return false;
  return title.split(/\s+/).length <= 40;
}

export function itemStartAt(line: Line): ItemStart | null {
  const text = line.text.replace(/\*\*/g, '');
  const alone = NUMBER_ALONE.exec(text);
  if (alone) {
    const { scheme, value } = splitNumber(alone[1]!);
    if (!Number.isFinite(value)) return null;
    return { line, number: alone[1]!.replace(/\s+/g, ''), value, scheme, title: null, titleBelow: true, pages: null };
  }
  const withTitle = NUMBER_TITLE.exec(text);
  if (!withTitle) return null;
  const number = withTitle[1]!;
  if (/^\d+\.\d+$/.test(number) && !/^\d{1,3}\.\d{1,2}$/.test(number)) return null;
  let title = withTitle[2]!.trim();
  let pages: ItemStart['pages'] = null;
  const range = PAGE_RANGE.exec(title);
  if (range && Number(range[1]) <= Number(range[2])) {
    pages = { from: Number(range[1]), to: Number(range[2]) };
    title = title.slice(0, range.index).trim();
  } else {
    const single = PAGE_SINGLE.exec(line.text);
    if (single) {
      pages = { from: Number(single[1]), to: Number(single[1]) };
      title = title.replace(/\s*\d{1,4}\s*$/, '');
    }
  }
  // "3.4 A proposed work programme..." is a report paragraph: a decimal number followed by a sentence.
  if (/^\d+\.\d+$/.test(number) && title.split(/\s+/).length > 12) return null;
  if (!plausibleTitle(title)) return null;
  const { scheme, value } = splitNumber(number);
  if (!Number.isFinite(value)) return null;
  return { line, number, value, scheme, title, titleBelow: false, pages };
}

/**
 * The items of a meeting are the longest run of item starts whose numbers go up by small steps
 * in one scheme (38, 39, 40; 25/01, 25/02; CAB.12, CAB.13). Paragraph numbers inside items
 * (resolutions "1.", "2.") break such a run, so they are not taken for items.
 */
export function itemChain(
  starts: readonly ItemStart[],
  titleOf: (start: ItemStart) => string = (s) => s.title ?? '',
): ItemStart[] {
  const n = starts.length;
  if (n === 0) return [];
  // Standard opening items (apologies, declarations, minutes) mark a meeting's real agenda, so a
  // run holding them beats a longer run of numbered paragraphs in an appended report.
  const weight = starts.map((s) => (STANDARD_OPENING.test(titleOf(s)) ? 4 : 1));
  const best: number[] = [...weight];
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    // Looking back a bounded distance keeps this linear on long documents.
    for (let j = Math.max(0, i - 60); j < i; j++) {
      const a = starts[j]!;
      const b = starts[i]!;
      const step = b.value - a.value;
      if (a.scheme !== b.scheme || step < 1 || step > 3) continue;
      const score = best[j]! + weight[i]!;
      if (score > best[i]! || (score === best[i]! && step === 1)) {
        best[i] = score;
        prev[i] = j;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < n; i++)
    if (best[i]! > best[end]! || (best[i] === best[end] && starts[i]!.titleBelow === false && starts[end]!.titleBelow))
      end = i;
  const chain: ItemStart[] = [];
  for (let i = end; i >= 0; i = prev[i]!) chain.unshift(starts[i]!);
  return chain;
}
