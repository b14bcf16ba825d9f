import type { AgendaItem } from './agendaItem.js';

/** Schedule 12A, Part 1, Local Government Act 1972: the seven categories of exempt information. */
export const SCHEDULE_12A_PARAGRAPHS: Readonly<Record<number, string>> = Object.freeze({
  1: 'Information relating to any individual',
  2: 'Information which is likely to reveal the identity of an individual',
  3: 'Information relating to the financial or business affairs of any particular person',
  4: 'Information relating to consultations or negotiations in labour relations matters',
  5: 'Information in respect of which legal professional privilege could be maintained',
  6: 'Information revealing that the authority proposes to give a notice or make an order',
  7: 'Information relating to the prevention, investigation or prosecution of crime',
});

/** Whether the public may read an item's papers, minutes and decisions; an exempt item shows only its title. */
export function isPublicItem(item: Pick<AgendaItem, 'isExempt'>): boolean {
  return !item.isExempt;
}

/** The one sentence every public output gives in place of an exempt item's minutes. */
export function exemptNotice(item: Pick<AgendaItem, 'exemptParagraph'>): string {
  const paragraph = item.exemptParagraph;
  const category = paragraph ? SCHEDULE_12A_PARAGRAPHS[paragraph] : undefined;
  const under = paragraph
    ? ` under paragraph ${paragraph} of Schedule 12A to the Local Government Act 1972${category ? ` (${category})` : ''}`
    : '';
  return `This item was considered in private${under}. Its papers and minutes are not published.`;
}

/** What the public sees of an item: an exempt one keeps its number and title and loses everything else. */
export function publicViewOfItem<T extends AgendaItem>(item: T): T {
  if (isPublicItem(item)) return item;
  return { ...item, description: null, minutesText: null, pageStart: null, pageEnd: null };
}

/**
 * Words by which a heading or label marks its item as not for the public, whether or not an
 * exclusion resolution came before it. "Private" and "Confidential" count only as a marker
 * (a label, or in brackets, or before a colon or dash), not inside a title such as "Private
 * sector housing", which is public business.
 */
const EXEMPT_MARKER =
  /(?:^|[([]\s*)(?:exempt(?:\s+(?:item|information|report|appendix))?|not\s+for\s+publication|part\s*(?:2|ii|b)(?:\s+items?)?|confidential|private(?:\s+and\s+confidential)?)\s*(?:[)\]:–—-]|$)|\b(?:exempt\s+information|not\s+for\s+publication)\b/i;

/** Whether an item's heading or label says it is exempt ("Exempt: land at ...", "(Not for publication)", "Part 2"). */
export function headingSaysExempt(heading: string): boolean {
  const text = heading.trim();
  // "Exclusion of the public: exempt information" is the public resolution to exclude, not the business.
  if (/^(?:\d[\w.]*\s+)?exclusion\b/i.test(text)) return false;
  return EXEMPT_MARKER.test(text);
}

/** A stretch of a document's text that the public may not read. */
export interface WithheldPassage {
  readonly start: number;
  readonly end: number;
}

export const WITHHELD_NOTICE = '[Exempt information: not published]';

/**
 * A document's public text: each withheld passage blanked, with the notice at its start. The
 * text keeps its length and its line breaks, so page starts and the character ranges of every
 * public fact still point at the same words.
 */
export function withholdPassages(text: string, passages: readonly WithheldPassage[]): string {
  if (passages.length === 0) return text;
  const sorted = [...passages].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const passage of sorted) {
    const start = Math.max(passage.start, at);
    const end = Math.min(passage.end, text.length);
    if (end <= start) continue;
    out += text.slice(at, start);
    const blank = text.slice(start, end).replace(/[^\n]/g, ' ');
    const notice = WITHHELD_NOTICE.length <= blank.length ? WITHHELD_NOTICE : '';
    out += notice + blank.slice(notice.length);
    at = end;
  }
  return out + text.slice(at);
}

/**
 * The passages an exempt item holds in a document read as minutes: from its heading to the next
 * item's heading, or to the end of the text when it is the last item (what follows the last
 * item, such as the closing time, is withheld with it rather than risk the item's words).
 */
export function exemptItemPassages(
  itemStarts: readonly { readonly start: number; readonly isExempt: boolean }[],
  textLength: number,
): WithheldPassage[] {
  const sorted = [...itemStarts].sort((a, b) => a.start - b.start);
  const passages: WithheldPassage[] = [];
  for (const [index, item] of sorted.entries()) {
    if (!item.isExempt) continue;
    const next = sorted.slice(index + 1).find((other) => other.start > item.start);
    passages.push({ start: item.start, end: next?.start ?? textLength });
  }
  return passages;
}

/** What the exclusion rule needs to know of an item. */
export interface ExclusionItem {
  readonly title: string;
  readonly minuteNumber: string | null;
  readonly agendaNumber: string | null;
  /** The item's resolutions and minutes, where an exclusion resolution would be. */
  readonly text: string;
  readonly isExempt: boolean;
}

const EXCLUSION_HEADING =
  /\bexclusion\s+of\s+(?:the\s+)?(?:press\s+and\s+(?:the\s+)?)?public\b|\bpublic\s+be\s+excluded\b/i;
const EXCLUDES_PUBLIC =
  /\b(?:public|press)\b[^.]{0,60}\bexcluded\b|\bexclu(?:de|sion\s+of)\s+the\s+(?:press\s+and\s+)?public\b/i;

function namedItems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:agenda\s+)?items?\s+((?:\d+[a-z]?(?:\.\d+)?(?:\s*(?:,|and|&|to|-)\s*)?)+)/gi)) {
    const list = m[1]!;
    const range = /^(\d+)\s*(?:to|-)\s*(\d+)\b/.exec(list);
    if (range)
      for (let n = Number(range[1]); n <= Number(range[2]) && n - Number(range[1]) < 50; n++) out.push(String(n));
    else out.push(...(list.match(/\d+[a-z]?(?:\.\d+)?/g) ?? []));
  }
  return out;
}

/**
 * Which items an exclusion of the public makes exempt, by Schedule 12A practice: the resolution
 * to exclude is itself public business (its item stays as it was marked; nothing here makes an
 * item public that a reader or a clerk marked exempt); it names the items it covers ("item 15", "items 14 and
 * 15") or, when it says "the following item(s)" or names none, covers every item after it. An
 * item is also exempt when its heading says so or it was already marked.
 */
export function exemptByExclusion(items: readonly ExclusionItem[]): boolean[] {
  const flags = items.map((item) => item.isExempt || headingSaysExempt(item.title));
  const exclusionAt = items.findIndex((item) => EXCLUSION_HEADING.test(item.title) || EXCLUDES_PUBLIC.test(item.text));
  if (exclusionAt < 0) return flags;
  const exclusion = items[exclusionAt]!;
  const named = new Set(namedItems(exclusion.text));
  const numberOf = (item: ExclusionItem) => [item.minuteNumber, item.agendaNumber].filter((n): n is string => !!n);
  const later = items.slice(exclusionAt + 1);
  const namesLater = later.some((item) => numberOf(item).some((n) => named.has(n)));
  for (const [offset, item] of later.entries()) {
    if (!namesLater || numberOf(item).some((n) => named.has(n))) flags[exclusionAt + 1 + offset] = true;
  }
  return flags;
}
