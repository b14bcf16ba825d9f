import type { DocumentPart, SourceDocument } from './sourceDocument.js';

/** A document with the parts the importer found in it (front sheet, minutes, reports…). */
export interface DocumentWithParts extends SourceDocument {
  readonly parts: readonly DocumentPart[];
}

/** An agenda item's place in the document pack, as the agenda gives it ("pages 25–34"). */
export interface PackPages {
  readonly pageStart: number | null;
  readonly pageEnd: number | null;
}

/**
 * The document pack an agenda's page numbers refer to: the meeting's one document whose parts carry
 * page numbers (a PDF, or the text read from one). Two such documents (a pack and a supplement,
 * say) leave it unknown: linking the wrong pages would be worse than linking none.
 */
export function documentPackOf(documents: readonly DocumentWithParts[]): DocumentWithParts | undefined {
  const paged = documents.filter((d) => d.parts.some((p) => p.pageStart !== null));
  return paged.length === 1 ? paged[0] : undefined;
}

/**
 * The papers of the pack (reports, appendices, minutes, the work programme…) that begin within an
 * item's pages, as the council's own agenda pages list them under the item. The front sheet is the
 * agenda itself, never an item's paper.
 */
export function packPapersOf(item: PackPages, pack: DocumentWithParts | undefined): DocumentPart[] {
  if (!pack || item.pageStart === null) return [];
  const last = item.pageEnd ?? item.pageStart;
  return pack.parts.filter(
    (p) => p.kind !== 'front_sheet' && p.pageStart !== null && p.pageStart >= item.pageStart! && p.pageStart <= last,
  );
}

/** How many pages a part has, when the importer knows where it ends. */
export function partPageCount(part: DocumentPart): number | null {
  return part.pageStart !== null && part.pageEnd !== null && part.pageEnd >= part.pageStart
    ? part.pageEnd - part.pageStart + 1
    : null;
}
