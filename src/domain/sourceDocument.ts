export const MEDIA_TYPES = ['application/pdf', 'text/html', 'text/plain', 'application/json'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

/** An imported document. Its bytes are kept, so no source is ever lost. */
export interface SourceDocument {
  readonly id: string;
  /** sha256 of the bytes, hex: the same bytes are the same document. */
  readonly contentHash: string;
  readonly mediaType: MediaType;
  /** Where it came from: a URL or the file name given to the importer. */
  readonly origin: string;
  readonly title: string | null;
  readonly byteSize: number;
  readonly pageCount: number | null;
  /** The earlier version this one replaces (same origin, different bytes). */
  readonly supersedesId: string | null;
  readonly importedAt: string;
}

export const DOCUMENT_PART_KINDS = [
  'front_sheet',
  'minutes',
  'terms_of_reference',
  'report',
  'appendix',
  'work_programme',
  'letter',
  'other',
] as const;
export type DocumentPartKind = (typeof DOCUMENT_PART_KINDS)[number];

export interface DocumentPart {
  readonly id: string;
  readonly documentId: string;
  readonly position: number;
  readonly kind: DocumentPartKind;
  readonly title: string;
  readonly pageStart: number | null;
  readonly pageEnd: number | null;
  readonly startOffset: number;
  readonly endOffset: number;
}
