/**
 * The layout a reader found in a document, as blocks over its text. Readers (PDF, HTML, Markdown and plain text)
 * give the minutes parser these blocks beside the text, so it can tell a heading from a sentence, a list entry from
 * a paragraph, a table's columns from running text, and set page headers and footers aside. Every block carries the
 * half-open character range [start, end) of its text in the document text, so provenance stays exact.
 */

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list_item'
  | 'table'
  | 'page_header'
  | 'page_footer'
  /** Front matter (YAML between "---" lines at the top of a Markdown file): data about the document. */
  | 'metadata';

export interface BlockSpan {
  readonly start: number;
  readonly end: number;
}

export interface TableCell {
  readonly text: string;
  readonly span: BlockSpan;
}

export interface TableRow {
  readonly cells: readonly TableCell[];
  readonly span: BlockSpan;
}

export interface DocumentBlock {
  readonly kind: BlockKind;
  readonly span: BlockSpan;
  /** Page number (1-based) for paginated documents (PDF); null otherwise. */
  readonly page: number | null;
  /** Heading level, 1 (largest) to 6, when the reader knows it (HTML h1-h6, Markdown #, PDF font size rank). */
  readonly level?: number | null;
  /** The text is set in a bold face throughout (PDF font name, HTML <b>/<strong>, Markdown **...**). */
  readonly bold?: boolean;
  /** Font size in points (PDF). */
  readonly size?: number | null;
  /** A list item's marker as written: "•", "-", "1.", "a)", "(iv)". */
  readonly marker?: string | null;
  /** A table's rows, each with its cells. */
  readonly rows?: readonly TableRow[];
}
