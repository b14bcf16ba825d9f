/*
 * One report, two renderings: the portal draws it as an HTML page and the publisher as a PDF, from
 * this same structure, so the two can never say different things (a test compares their text).
 * Everything in it is plain text; each renderer escapes or draws it as text, never as markup.
 */

/** A table with its caption: the caption names the table for screen readers and in the PDF. */
export interface ReportTable {
  readonly kind: 'table';
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns holding figures: right-aligned in both renderings. */
  readonly numeric?: readonly boolean[];
  /** Said in place of the table when it has no rows. */
  readonly empty: string;
}

export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | ReportTable;

export interface ReportDocument {
  /** The page's h1 and the PDF's title (its window title and first heading). */
  readonly title: string;
  /** A line above the title (the body's name): the GOV.UK caption and the PDF's first line. */
  readonly caption: string;
  /** BCP 47 language of the text, for the HTML page and the PDF catalog's /Lang. */
  readonly language: string;
  readonly blocks: readonly ReportBlock[];
}

export const heading = (text: string, level: 2 | 3 = 2): ReportBlock => ({ kind: 'heading', level, text });
export const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text });

/** "1 meeting", "3 meetings". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
