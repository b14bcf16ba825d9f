/**
 * Bounds on what reading one document may cost, so that no input (a compression bomb, a PDF of
 * a million pages, megabytes of one-line "items") can exhaust the importer. A document over a
 * limit is refused with one line naming the limit; the others still import.
 */
export interface ReadLimits {
  /** Characters of extracted text: the parser's memory grows with the text. */
  readonly maxTextChars: number;
  /** Pages of a PDF. */
  readonly maxPdfPages: number;
  /** Decompressed bytes of any one PDF stream. */
  readonly maxPdfStreamBytes: number;
  /**
   * Decompressed bytes of all a PDF's streams except images (which are never decoded), counting a
   * content stream once per page that draws it.
   */
  readonly maxPdfDecodedBytes: number;
}

export const MB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxTextChars: 4_000_000,
  maxPdfPages: 1000,
  maxPdfStreamBytes: 64 * MB,
  maxPdfDecodedBytes: 256 * MB,
});

/** "64 MB", "1.5 MB" (or "900 bytes"): limits as the refusal line states them. */
export function megabytes(bytes: number): string {
  if (bytes < MB / 10) return `${bytes} bytes`;
  const mb = bytes / MB;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** The refusal of a document whose text is longer than the limit. */
export function textLimitProblem(maxTextChars: number): string {
  return `refused: its text is longer than the ${maxTextChars.toLocaleString('en-GB')}-character limit`;
}
