/** Tables whose rows can be read from a document. */
export const SUBJECT_KINDS = [
  'meeting',
  'agenda_item',
  'attendance',
  'declaration',
  'minute_point',
  'resolution',
  'recommendation',
  'person_alias',
  'membership',
  'document_part',
] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/**
 * Where a stored fact was read: the document, the character range in its text and, for PDFs,
 * the page. `inferred` marks a value the document implies but does not state (a year from a page header).
 */
export interface Provenance {
  readonly subjectKind: SubjectKind;
  readonly subjectId: string;
  /** The field the span supports ("date", "venue"), or null for the whole record. */
  readonly field: string | null;
  readonly documentId: string;
  readonly startOffset: number;
  readonly endOffset: number;
  readonly page: number | null;
  readonly inferred: boolean;
}

/** The 1-based page holding a character offset, given each page's first offset. */
export function pageAt(pageStarts: readonly number[], offset: number): number | null {
  if (pageStarts.length === 0) return null;
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pageStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
