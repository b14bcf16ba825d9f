import { findDate } from './minutes/dates.js';
import { BODY_WORD } from './minutes/header.js';
import type { DocumentPartKind, ParsedItem, ParsedPart } from './parsedDocument.js';

export type PackAgendaItem = Pick<ParsedItem, 'number' | 'title' | 'pages'>;

function kindOf(title: string): DocumentPartKind {
  if (/\bminutes\b/i.test(title)) return 'minutes';
  if (/\bterms of reference\b/i.test(title)) return 'terms_of_reference';
  if (/\bwork ?programme\b|\bforward plan\b/i.test(title)) return 'work_programme';
  if (/\bappendix\b/i.test(title)) return 'appendix';
  if (/\bletter\b/i.test(title)) return 'letter';
  return 'report';
}

function offsetOfPage(pageStarts: readonly number[], page: number): number | null {
  return page >= 1 && page <= pageStarts.length ? pageStarts[page - 1]! : null;
}

/**
 * Where a part's heading appears after `from`: a short line (a heading, not prose) holding the
 * item title's significant words.
 */
function findHeading(text: string, title: string, from: number): number | null {
  const words = title
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2 && !/^(the|and|for|with|committee|report|of)$/i.test(w))
    .slice(0, 4)
    .map((w) => w.toLowerCase());
  if (words.length === 0) return null;
  const limit = title.length + 60;
  let at = from;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    const lower = line.toLowerCase();
    const first = lower.replace(/^[\d.\s]+/, '');
    if (
      line.length <= limit &&
      words.every((w) => lower.includes(w)) &&
      words.slice(0, 2).some((w) => first.startsWith(w))
    )
      return at;
    if (end < 0) break;
    at = end + 1;
  }
  return null;
}

/** Appendices inside an item's papers: a short line "Appendix 1", "Appendix A: Work programme 2023/24". */
function appendices(
  text: string,
  start: number,
  end: number,
  pageStarts: readonly number[],
  itemNumber: string | null,
): ParsedPart[] {
  const found: { at: number; title: string }[] = [];
  const re = /^(?:[-•]\s*)?(Appendix\s+[A-Z0-9]{1,3}\b[^\n]{0,80})$/gim;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    // "Appendix 2 sets out..." is a sentence about an appendix, not its heading.
    if (!/\b(is|are|sets?|shows?|attached|provides?|contains?|gives?)\b/i.test(m[1]!))
      found.push({ at: m.index, title: m[1]!.trim() });
  }
  return found.map((f, n) => {
    const to = found[n + 1]?.at ?? end;
    const pageOf = (offset: number): number | null =>
      pageStarts.length ? pageStarts.filter((p) => p <= offset).length : null;
    const from = pageOf(f.at);
    const last = pageOf(Math.max(f.at, to - 1));
    return {
      kind: 'appendix' as const,
      title: f.title,
      span: { start: f.at, end: to },
      pages: from && last ? { from, to: last } : null,
      itemNumber,
    };
  });
}

/**
 * Report covers repeat the body and the meeting date on a line of their own ("Children's
 * Committee 28 September 2023").
 */
function coverLines(text: string, from: number, meetingDate: string | null): number[] {
  const out: number[] = [];
  if (!meetingDate) return out;
  const re = /^[^\n]{8,120}$/gm;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0].trim();
    const date = findDate(line);
    if (!date || date.iso !== meetingDate || date.index + date.length < line.length - 1) continue;
    const name = line.slice(0, date.index).trim().split(/\s+/);
    const capitalised = name.filter((w) => /^[A-Z]/.test(w)).length;
    if (BODY_WORD.test(line) && name.length >= 2 && capitalised / name.length >= 0.6) out.push(m.index);
  }
  return out;
}

/**
 * Splits a document pack into its parts: the agenda front sheet, then each agenda item's papers
 * (minutes, terms of reference, reports, work programme) at the pages the front sheet gives.
 * With page breaks (a real PDF) parts start at their pages; in text without them, at the first
 * heading after the previous part that carries the item's title; the papers start at
 * `frontSheetEnd`. Never throws.
 */
export function packParts(
  text: string,
  pageStarts: readonly number[],
  agenda: readonly PackAgendaItem[],
  frontSheetEnd: number,
  meetingDate: string | null,
): ParsedPart[] {
  const withPages = agenda.filter((i) => i.pages && i.title);
  if (withPages.length === 0) return [];
  const starts: { item: PackAgendaItem; at: number }[] = [];
  let cursor = Math.min(text.length, Math.max(0, offsetOfPage(pageStarts, withPages[0]!.pages!.from) ?? 0));
  const covers = pageStarts.length ? [] : coverLines(text, frontSheetEnd, meetingDate);
  for (const item of withPages) {
    const fromPage = offsetOfPage(pageStarts, item.pages!.from);
    const after = starts.length === 0 ? frontSheetEnd : cursor + 1;
    const heading =
      starts.length === 0 && kindOf(item.title) === 'minutes' ? frontSheetEnd : findHeading(text, item.title, after);
    const cover = covers.find((c) => c >= after) ?? null;
    // A report's own title may differ from the agenda's; its cover line still marks where it starts.
    const at = fromPage ?? [heading, cover].filter((x): x is number => x !== null).sort((a, b) => a - b)[0] ?? null;
    if (at === null || at < cursor) continue;
    starts.push({ item, at });
    cursor = at;
  }
  if (starts.length === 0) return [];
  const parts: ParsedPart[] = [
    {
      kind: 'front_sheet',
      title: 'Agenda',
      span: { start: 0, end: starts[0]!.at },
      pages: starts[0]!.item.pages!.from > 1 ? { from: 1, to: starts[0]!.item.pages!.from - 1 } : null,
      itemNumber: null,
    },
  ];
  starts.forEach(({ item, at }, n) => {
    const end = starts[n + 1]?.at ?? text.length;
    parts.push({
      kind: kindOf(item.title),
      title: item.title,
      span: { start: at, end },
      pages: item.pages,
      itemNumber: item.number,
    });
    parts.push(...appendices(text, at, end, pageStarts, item.number));
  });
  return parts;
}
