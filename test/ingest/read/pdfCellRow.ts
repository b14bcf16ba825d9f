import type { PdfLine } from '../../../src/ingest/read/pdfBlocks.js';

/** A PDF line of cells, each at its own x, at height y. */
export type CellRow = (y: number, ...cells: [number, string][]) => PdfLine;

/** A maker of PDF lines of cells, all in one type size and weight. */
export function cellRowsIn(style: { readonly size: number; readonly bold: boolean }): CellRow {
  return (y: number, ...cells: [number, string][]): PdfLine => ({
    text: cells.map(([, t]) => t).join('\t'),
    y,
    x: cells[0]![0],
    size: style.size,
    bold: style.bold,
    cellXs: cells.length > 1 ? cells.map(([x]) => x) : undefined,
  });
}
