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

/** Where a part's heading appears after `from`: a line holding the item title's first significant words. */
function findHeading(text: string, title: string, from: number): number | null {
  const words = title
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2 && !/^(the|and|for|with|committee|report|of)$/i.test(w))
    .slice(0, 3);
  if (words.length === 0) return null;
  const pattern = new RegExp(`^[^\\n]*${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\n]*')}`, 'im');
  const rest = text.slice(from);
  const m = pattern.exec(rest);
  return m ? from + m.index : null;
}

/**
 * Splits a document pack into its parts: the agenda front sheet, then each agenda item's papers
 * (minutes, terms of reference, reports, work programme) at the pages the front sheet gives.
 * With page breaks (a real PDF) parts start at their pages; in text without them, at the first
 * heading after the previous part that carries the item's title. Never throws.
 */
export function packParts(text: string, pageStarts: readonly number[], agenda: readonly PackAgendaItem[]): ParsedPart[] {
  const withPages = agenda.filter((i) => i.pages && i.title);
  if (withPages.length === 0) return [];
  const starts: { item: PackAgendaItem; at: number }[] = [];
  let cursor = Math.min(text.length, Math.max(0, offsetOfPage(pageStarts, withPages[0]!.pages!.from) ?? 0));
  for (const item of withPages) {
    const fromPage = offsetOfPage(pageStarts, item.pages!.from);
    const at = fromPage ?? findHeading(text, kindOf(item.title) === 'minutes' ? 'minutes' : item.title, starts.length === 0 ? firstBreak(text) : cursor + 1);
    if (at === null || at < cursor) continue;
    starts.push({ item, at });
    cursor = at;
  }
  if (starts.length === 0) return [];
  const parts: ParsedPart[] = [{ kind: 'front_sheet', title: 'Agenda', span: { start: 0, end: starts[0]!.at }, pages: starts[0]!.item.pages!.from > 1 ? { from: 1, to: starts[0]!.item.pages!.from - 1 } : null, itemNumber: null }];
  starts.forEach(({ item, at }, n) => {
    parts.push({ kind: kindOf(item.title), title: item.title, span: { start: at, end: starts[n + 1]?.at ?? text.length }, pages: item.pages, itemNumber: item.number });
  });
  return parts;
}

/** Front sheets list the items' page ranges; their papers start after the sheet, at its first long gap or the first minutes heading. */
function firstBreak(text: string): number {
  const heading = /^(?:[^\n]*\n){0,3}?[^\n]*\bminutes of (?:the|a) (?:[a-z]+ )?meeting/im.exec(text.slice(200));
  return heading ? 200 + heading.index : Math.min(text.length, 200);
}
