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

/**
 * Where a document came from, as the public may read it: the council's URL when it was imported
 * from the web, else only the file's name. A file path says where the server keeps its files,
 * which is no one's business and a help to an attacker.
 */
export function publicOrigin(origin: string): { readonly url: string | null; readonly fileName: string } {
  return { url: httpUrlOf(origin), fileName: fileNameOf(origin) };
}

function fileNameOf(origin: string): string {
  const path = origin.split(/[?#]/)[0] ?? origin;
  return path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;
}

function httpUrlOf(origin: string): string | null {
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/** The origin of a document Quorum made itself (an agenda pack it built), never one imported. */
export const MADE_HERE_ORIGIN = 'quorum:';

export function isMadeHere(document: Pick<SourceDocument, 'origin'>): boolean {
  return document.origin.startsWith(MADE_HERE_ORIGIN);
}
