import type { DocumentBlock, TableRow } from '../documentBlock.js';

/** One line of a PDF page as rebuilt from positioned text, with what its fonts say. */
export interface PdfLine {
  /** The line's text; table cells apart by tabs. */
  readonly text: string;
  /** Baseline, in PDF units from the page's bottom. */
  readonly y: number;
  readonly x: number;
  /** Font size (the size most of the line's characters are set in). */
  readonly size: number;
  /** Every character on the line is set in a bold face. */
  readonly bold: boolean;
  /** Where a run-in label set in bold ends ("Roads –" in "Roads – Main was regraded"), as an offset in the text. */
  readonly runIn?: number | null;
  /** Where each tab-separated cell of the line starts across the page (lines with cells only). */
  readonly cellXs?: readonly number[];
}

const LIST_MARKER =
  /^([•▪●◦·*\-–\u25a0-\u25ff\u2756\u2794-\u27bf\u2713\u2714\uf0a7\uf0b7\uf0d8\uf0fc]|\d{1,3}[.)]|\(?[a-z]{1,2}[.)]|\(?[ivx]{1,5}\))\s+\S/;
// "3 of 10", "3/10"; "2023/2024" is a year span, not a page.
const PAGE_NUMBER =
  /^(?:page\s*)?(?:\d{1,4}(?:\s*of\s*\d{1,4})?|\d{1,3}\s*\/\s*\d{1,3})$|^page\s*\|?\s*\d{1,4}$|^-\s*\d{1,4}\s*-$/i;
/** Lines at the top or bottom of a page that may be running headers or footers. */
const EDGE = 4;

/** A page's lines within EDGE of its top or bottom, each once (a short page's lines are all at its edge). */
function edgeLines(page: readonly PdfLine[]): PdfLine[] {
  return page.filter((_, n) => n < EDGE || n >= page.length - EDGE);
}

/** A running header's text with its numbers blanked, so "Page 3" and "Page 4" read the same. */
function furnitureKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** How many pages hold a text at about the same height (within a few points). */
function positionCounter(): {
  addPage(entries: readonly (readonly [string, number])[]): void;
  count(key: string, y: number): number;
} {
  const seen = new Map<string, number[][]>();
  return {
    addPage(entries) {
      const here = new Map<string, number[]>();
      for (const [key, y] of entries) here.set(key, [...(here.get(key) ?? []), y]);
      for (const [key, ys] of here) seen.set(key, [...(seen.get(key) ?? []), ys]);
    },
    count(key, y) {
      return (seen.get(key) ?? []).filter((ys) => ys.some((at) => Math.abs(at - y) <= 4)).length;
    },
  };
}

/** A run-in label's end and where the text after it starts, in the document text; null when the line has none. */
function runInLabel(line: PdfLine, start: number): { end: number; rest: number } | null {
  if (line.runIn === null || line.runIn === undefined) return null;
  const label = line.text.slice(0, line.runIn).trimEnd();
  const rest = line.text.length - line.text.slice(line.runIn).trimStart().length;
  if (!label.trim() || label.split(/\s+/).length > 12 || rest >= line.text.length) return null;
  return { end: start + label.length, rest: start + rest };
}

/**
 * "CALL TO ORDER AND ROLL CALL – President Franz called...", "MINUTES: The minutes of ...": a paragraph opening with a
 * label in capitals and a dash or colon is led by a run-in heading, as a bold label is.
 */
function capitalsRunIn(line: PdfLine, start: number): { end: number; rest: number } | null {
  const m = /^((?:[\p{Lu}\d][\p{Lu}\d'’&/(),.-]*\s+){0,11}[\p{Lu}\d][\p{Lu}\d'’&/()-]*)(\s*:|\s+[–—-])\s+(?=\S)/u.exec(
    line.text,
  );
  if (!m || m[1]!.replace(/[^\p{Lu}]/gu, '').length < 4 || !/\p{Ll}/u.test(line.text.slice(m[0].length))) return null;
  return { end: start + m[1]!.length, rest: start + m[0].length };
}

/**
 * "OLD BUSINESS –", "REPORTS:": a short line in capitals. A closing aside in ordinary case ("ORAL COMMUNICATIONS,
 * AGENDA (Public Comment)", "APOLOGIES (if any)") qualifies the heading without making it a sentence.
 */
function isCapitals(text: string): boolean {
  const heading = text.replace(/\s*\([^()]{1,40}\)\s*$/u, '');
  const letters = heading.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && text.split(/\s+/).length <= 10;
}

/** The font size most of the text is set in. */
function bodySize(pages: readonly (readonly PdfLine[])[]): number {
  const chars = new Map<number, number>();
  for (const page of pages)
    for (const line of page) {
      const size = Math.round(line.size * 2) / 2;
      chars.set(size, (chars.get(size) ?? 0) + line.text.length);
    }
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) if (n > most) [best, most] = [size, n];
  return best;
}

/**
 * Blocks of a PDF from its lines: running headers and footers (the same text at the top or bottom of several pages,
 * or a bare page number there) are set aside; lines larger than the body text, or wholly bold and short, are headings
 * (level by size); lines opening with a list marker are list items; lines with tab-separated cells make tables; the
 * rest join into paragraphs where the line spacing stays even. `pageStarts` gives each page's offset in the text.
 */
export function pdfBlocks(pages: readonly (readonly PdfLine[])[], pageStarts: readonly number[]): DocumentBlock[] {
  const body = bodySize(pages);
  // Running headers and footers come back at the same height on the page; an item's reference ("(Item 4)") that
  // happens to open or close several pages stands wherever the text before it ended.
  const edgeCount = positionCounter();
  const exactCount = positionCounter();
  for (const page of pages) {
    const edge = edgeLines(page);
    edgeCount.addPage(edge.map((l) => [furnitureKey(l.text), l.y]));
    exactCount.addPage(edge.map((l) => [l.text.trim(), l.y]));
  }
  // A bare number at a page's edge is its page number when such numbers go up with the pages (3 on page 1, 4 on
  // page 2...); a lone item number ("5") that happens to open a page does not.
  const offsets = new Map<number, number>();
  pages.forEach((page, p) => {
    for (const l of edgeLines(page))
      if (/^\d{1,4}$/.test(l.text.trim()))
        offsets.set(Number(l.text.trim()) - p, (offsets.get(Number(l.text.trim()) - p) ?? 0) + 1);
  });
  // A page's own number standing alone as its first or last line, away from the left margin (centred or to the
  // right), is its page number even when the other pages carry none.
  const left = pages.map((page) => Math.min(...page.map((l) => l.x)));
  const ownNumber = (line: PdfLine, n: number, p: number): boolean =>
    Number(line.text.trim()) === p + 1 && (n === 0 || n === pages[p]!.length - 1) && line.x > left[p]! + 72;
  const pageNumber = (line: PdfLine, n: number, p: number): boolean => {
    const text = line.text.trim();
    if (!/^\d{1,4}$/.test(text)) return PAGE_NUMBER.test(text);
    return (offsets.get(Number(text) - p) ?? 0) >= 2 || ownNumber(line, n, p);
  };
  const least = Math.max(2, Math.ceil(pages.length * 0.3));
  // Text that differs only in its numbers ("Page 3", "Page 4") repeats as a running header when it names a page or
  // comes back on most pages; "(Item 4)" and "(Item 10)" opening two pages are the items' own references.
  const repeated = (text: string, y: number): boolean => {
    if (pages.length < 2 || /^\d+$/.test(text)) return false;
    if (exactCount.count(text, y) >= least) return true;
    const similar = edgeCount.count(furnitureKey(text), y);
    return (
      similar >= least && (/\bpage\b|\d\s*(?:of|\/)\s*\d/i.test(text) || similar >= Math.max(3, pages.length * 0.5))
    );
  };
  const headingSizes = [...new Set(pages.flat().map((l) => Math.round(l.size * 2) / 2))]
    .filter((s) => s >= body * 1.15)
    .sort((a, b) => b - a);
  const blocks: DocumentBlock[] = [];
  pages.forEach((lines, p) => {
    let offset = pageStarts[p] ?? 0;
    let paragraph: { start: number; end: number; y: number; size: number; lines: number; text: string } | null = null;
    let heading: { start: number; end: number; y: number; size: number; bold: boolean; level: number } | null = null;
    let table: { start: number; end: number; rows: TableRow[] } | null = null;
    let item: { start: number; end: number; y: number; x: number; size: number; marker: string } | null = null;
    const page = p + 1;
    const flush = (): void => {
      const p = paragraph as { start: number; end: number; lines: number; text: string } | null;
      const h = heading as { start: number; end: number; size: number; bold: boolean; level: number } | null;
      if (h)
        blocks.push({
          kind: 'heading',
          span: { start: h.start, end: h.end },
          page,
          level: h.level,
          bold: h.bold,
          size: h.size,
        });
      // A line in capitals standing apart from the text around it is a heading, even in the body's font.
      if (p && p.lines === 1 && isCapitals(p.text))
        blocks.push({ kind: 'heading', span: { start: p.start, end: p.end }, page, level: null, bold: false });
      else if (p) blocks.push({ kind: 'paragraph', span: { start: p.start, end: p.end }, page });
      heading = null;
      if (table) blocks.push({ kind: 'table', span: { start: table.start, end: table.end }, page, rows: table.rows });
      paragraph = null;
      table = null;
      const i = item as { start: number; end: number; size: number; marker: string } | null;
      if (i)
        blocks.push({ kind: 'list_item', span: { start: i.start, end: i.end }, page, marker: i.marker, size: i.size });
      item = null;
    };
    lines.forEach((line, n) => {
      const start = offset;
      const end = offset + line.text.length;
      offset = end + 1;
      const text = line.text.trim();
      if (!text) return;
      const span = { start: start + (line.text.length - line.text.trimStart().length), end };
      const atEdge = n < EDGE || n >= lines.length - EDGE;
      if (atEdge && (repeated(text, line.y) || pageNumber(line, n, p))) {
        flush();
        blocks.push({ kind: n < EDGE && n < lines.length / 2 ? 'page_header' : 'page_footer', span, page });
        return;
      }
      const size = Math.round(line.size * 2) / 2;
      const words = text.split(/\s+/).length;
      const short = words <= 14 && !/[,;]$/.test(text) && /\p{L}/u.test(text);
      const h = heading as { start: number; end: number; y: number; size: number; bold: boolean } | null;
      // A heading wrapped over two lines is one heading: its first line runs long ("...Annual Report" over
      // "2023/2024"), or the second goes on in lower case.
      const wraps =
        h &&
        words <= 14 &&
        !LIST_MARKER.test(text) &&
        (h.end - h.start >= 45 || /^\p{Ll}/u.test(text)) &&
        h.size === line.size &&
        h.bold === line.bold &&
        Math.abs(h.y - line.y) <= line.size * 1.6;
      if (h && wraps) {
        h.end = span.end;
        h.y = line.y;
        return;
      }
      // A bold title may run long when it wraps onto a second bold line ("Minutes of the meeting of ... held on
      // Wednesday 13 February 2008 at" over "8.00pm in the School").
      const next = lines[n + 1];
      const longTitle =
        line.bold &&
        words <= 30 &&
        !/[.;,:]$|[.;]\s/.test(text) &&
        !!next?.bold &&
        next.size === line.size &&
        Math.abs(next.y - line.y) <= line.size * 1.6 &&
        !LIST_MARKER.test(next.text.trim());
      if ((short || longTitle) && (size >= body * 1.15 || (line.bold && size >= body * 0.85))) {
        const rank = headingSizes.indexOf(size);
        const level = Math.min(6, rank >= 0 ? rank + 1 : headingSizes.length + 1);
        flush();
        heading = { start: span.start, end: span.end, y: line.y, size: line.size, bold: line.bold, level };
        return;
      }
      if (heading) flush();
      // "114.<tab>APOLOGIES FOR ABSENCE": a number set apart from its text by a gap is a list item, not a table.
      const numbered = /^(\(?[\d.]*\d[.)]?|\(?[a-z]{1,2}[.)]|\(?[ivx]{1,5}\))\t+[^\t]+$/.exec(text);
      if (numbered) {
        flush();
        item = { start: span.start, end: span.end, y: line.y, x: line.x, size, marker: numbered[1]! };
        return;
      }
      if (line.text.includes('\t')) {
        if (paragraph || item) flush();
        const cells: TableRow['cells'][number][] = [];
        let at = start;
        for (const cell of line.text.split('\t')) {
          const trimmed = cell.trim();
          const lead = cell.length - cell.trimStart().length;
          if (trimmed) cells.push({ text: trimmed, span: { start: at + lead, end: at + lead + trimmed.length } });
          at += cell.length + 1;
        }
        table ??= { start: span.start, end: span.end, rows: [] };
        table.rows.push({ cells, span });
        table.end = span.end;
        return;
      }
      if (table) flush();
      // A capitals label opens a paragraph of its own, never a line that goes on with the one above.
      const above = paragraph as { y: number; size: number } | null;
      const goesOn = !!above && Math.abs(above.y - line.y) <= Math.max(line.size, 8) * 1.6 && above.size === size;
      const runIn = runInLabel(line, start) ?? (goesOn || item ? null : capitalsRunIn(line, start));
      if (runIn) {
        // "Roads – Main has been regraded...": the bold label is a heading of its own, the text after it a paragraph.
        flush();
        // A run-in heading ranks below the headings standing on lines of their own in the same size.
        const rank = headingSizes.indexOf(size);
        const level = Math.min(6, (rank >= 0 ? rank + 1 : headingSizes.length + 1) + 1);
        blocks.push({ kind: 'heading', span: { start: span.start, end: runIn.end }, page, level, bold: true, size });
        paragraph = { start: runIn.rest, end: span.end, y: line.y, size, lines: 2, text };
        return;
      }
      const marker = LIST_MARKER.exec(text);
      if (marker) {
        flush();
        item = { start: span.start, end: span.end, y: line.y, x: line.x, size, marker: marker[1]! };
        return;
      }
      // A list item goes on over lines indented past its marker ("1. The Chair agreed..." over "a Corporate Parent").
      const open = item as { end: number; y: number; x: number; size: number } | null;
      if (open && line.x > open.x + 2 && Math.abs(open.y - line.y) <= Math.max(size, 8) * 1.6 && open.size === size) {
        open.end = span.end;
        open.y = line.y;
        return;
      }
      // A paragraph goes on while the lines stay evenly spaced in one size.
      const previous = paragraph as { end: number; y: number; size: number; lines: number } | null;
      if (previous && Math.abs(previous.y - line.y) <= Math.max(line.size, 8) * 1.6 && previous.size === size) {
        previous.end = span.end;
        previous.y = line.y;
        previous.lines++;
      } else {
        flush();
        paragraph = { start: span.start, end: span.end, y: line.y, size, lines: 1, text };
      }
    });
    flush();
  });
  return blocks;
}
