import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ReportBlock, ReportDocument, ReportTable } from '../../domain/reports/reportDocument.js';
import { drawableText } from '../documentPack/drawableText.js';
import { A4 } from '../documentPack/frontSheet.js';
import { frontSheetFonts } from '../documentPack/frontSheetFonts.js';
import { wrapText } from '../documentPack/wrapText.js';

export interface ReportPdfOptions {
  /** The PDF's author (the council's name). */
  readonly author: string;
  /** Its creation date; now by default. */
  readonly now?: Date;
  /** Where DejaVuSans.ttf and DejaVuSans-Bold.ttf are (see frontSheetFonts.ts). */
  readonly fontDir?: string;
}

const MARGIN_X = 56;
const TOP = 64;
/** Clear of a document pack's page stamp, which sits in the bottom 30 points. */
const BOTTOM = 64;
const WIDTH = A4[0] - 2 * MARGIN_X;
const CELL_PAD = 4;
const TEXT = rgb(0.04, 0.05, 0.05);
const SECONDARY = rgb(0.31, 0.33, 0.35);
const RULE = rgb(0.69, 0.71, 0.71);
const leading = (size: number): number => size * 1.35;

/** Every piece of text a report draws, for choosing its fonts. */
function reportTexts(doc: ReportDocument): string[] {
  return [
    doc.title,
    doc.caption,
    ...doc.blocks.flatMap((b) => (b.kind === 'table' ? [b.caption, b.empty, ...b.head, ...b.rows.flat()] : [b.text])),
  ];
}

/** Draws top to bottom, starting a new page when the next line would not fit. */
class Cursor {
  page: PDFPage;
  y = 0;
  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: { readonly regular: PDFFont; readonly bold: PDFFont },
  ) {
    this.page = this.newPage();
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - TOP;
    return this.page;
  }

  /** Room for `height` more points on this page, or a new page. */
  room(height: number): void {
    if (this.y - height < BOTTOM && this.y < A4[1] - TOP) this.newPage();
  }

  text(text: string, options: { size: number; bold?: boolean; color?: ReturnType<typeof rgb>; after?: number }): void {
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    for (const line of wrapText(drawableText(font, text), font, options.size, WIDTH)) {
      this.room(leading(options.size));
      this.page.drawText(line, {
        x: MARGIN_X,
        y: this.y - options.size,
        size: options.size,
        font,
        color: options.color ?? TEXT,
      });
      this.y -= leading(options.size);
    }
    this.y -= options.after ?? 0;
  }
}

/**
 * Column widths that fit the page: each column asks for its widest line unwrapped. Columns asking
 * less than an equal share get what they ask; the rest (the long text columns, which wrap) share
 * what is left in proportion to what they ask, none narrower than its longest word.
 */
function columnWidths(table: ReportTable, fonts: Cursor['fonts'], size: number): number[] {
  const pad = 2 * CELL_PAD + 1;
  const widthOf = (font: PDFFont, text: string): number => font.widthOfTextAtSize(drawableText(font, text), size);
  const longestWord = (font: PDFFont, text: string): number =>
    Math.max(0, ...text.split(/\s+/).map((w) => widthOf(font, w)));
  const asked = table.head.map(
    (head, c) =>
      Math.max(widthOf(fonts.bold, head), ...table.rows.map((row) => widthOf(fonts.regular, row[c] ?? ''))) + pad,
  );
  const least = table.head.map((head, c) =>
    Math.min(
      WIDTH / table.head.length,
      Math.max(longestWord(fonts.bold, head), ...table.rows.map((row) => longestWord(fonts.regular, row[c] ?? ''))) +
        pad,
    ),
  );
  const widths = new Array<number>(asked.length).fill(0);
  let open = asked.map((_, i) => i);
  let left = WIDTH;
  const share = (): number => left / open.length;
  for (
    let small = open.filter((i) => asked[i]! <= share());
    small.length > 0;
    small = open.filter((i) => asked[i]! <= share())
  ) {
    for (const i of small) {
      widths[i] = asked[i]!;
      left -= asked[i]!;
    }
    open = open.filter((i) => !small.includes(i));
    if (open.length === 0) {
      // Room to spare: the widest column takes it, so the table spans the page as GOV.UK tables do.
      const widest = asked.indexOf(Math.max(...asked));
      widths[widest] = widths[widest]! + left;
      return widths;
    }
  }
  for (;;) {
    const total = open.reduce((n, i) => n + asked[i]!, 0);
    const narrow = open.filter((i) => (left * asked[i]!) / total < least[i]!);
    if (narrow.length === 0) {
      for (const i of open) widths[i] = (left * asked[i]!) / total;
      return widths;
    }
    for (const i of narrow) {
      widths[i] = least[i]!;
      left -= least[i]!;
    }
    open = open.filter((i) => !narrow.includes(i));
    if (open.length === 0) return widths;
  }
}

function drawTable(cursor: Cursor, table: ReportTable): void {
  const size = 9.5;
  const line = leading(size);
  cursor.room(leading(11) + 3 * line);
  cursor.text(table.caption, { size: 11, bold: true, after: 4 });
  if (table.rows.length === 0) {
    cursor.text(table.empty, { size: 11, after: 10 });
    return;
  }
  const { regular, bold } = cursor.fonts;
  const widths = columnWidths(table, cursor.fonts, size);
  const xs = widths.map((_, i) => MARGIN_X + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const cells = (row: readonly string[], font: PDFFont): string[][] =>
    widths.map((w, c) => wrapText(drawableText(font, row[c] ?? ''), font, size, w - 2 * CELL_PAD));

  const drawRow = (lines: string[][], font: PDFFont, isHead: boolean): void => {
    const height = Math.max(...lines.map((l) => l.length));
    let from = 0;
    while (from < height) {
      const fits = Math.max(1, Math.floor((cursor.y - BOTTOM - CELL_PAD * 2) / line));
      const atTop = cursor.y >= A4[1] - TOP - 0.5;
      if (fits < Math.min(height - from, 2) && !atTop) {
        cursor.newPage();
        if (!isHead) drawRow(cells(table.head, bold), bold, true);
        continue;
      }
      const count = Math.min(fits, height - from);
      const top = cursor.y;
      lines.forEach((cellLines, c) => {
        cellLines.slice(from, from + count).forEach((text, i) => {
          const numeric = table.numeric?.[c] === true;
          const x = numeric ? xs[c]! + widths[c]! - CELL_PAD - font.widthOfTextAtSize(text, size) : xs[c]! + CELL_PAD;
          cursor.page.drawText(text, { x, y: top - CELL_PAD - size - i * line, size, font, color: TEXT });
        });
      });
      cursor.y = top - count * line - 2 * CELL_PAD;
      cursor.page.drawLine({
        start: { x: MARGIN_X, y: cursor.y },
        end: { x: MARGIN_X + WIDTH, y: cursor.y },
        thickness: isHead ? 1 : 0.5,
        color: isHead ? TEXT : RULE,
      });
      from += count;
      if (from < height) {
        cursor.newPage();
        drawRow(cells(table.head, bold), bold, true);
      }
    }
  };

  cursor.room(line * 3 + 4 * CELL_PAD);
  drawRow(cells(table.head, bold), bold, true);
  for (const row of table.rows) drawRow(cells(row, regular), regular, false);
  cursor.y -= 14;
}

function drawBlock(cursor: Cursor, block: ReportBlock): void {
  switch (block.kind) {
    case 'heading': {
      const size = block.level === 2 ? 16 : 13;
      cursor.y -= 6;
      // A heading is never left alone at the foot of a page.
      cursor.room(leading(size) + 3 * leading(11));
      cursor.text(block.text, { size, bold: true, after: 6 });
      return;
    }
    case 'paragraph':
      cursor.text(block.text, { size: 11, after: 8 });
      return;
    case 'table':
      drawTable(cursor, block);
  }
}

/**
 * A report as an A4 PDF with the same content as its HTML page: caption, title, headings,
 * paragraphs and tables (each with its caption, the header row repeated on every page it runs on).
 * Its properties name it (the title shown in the window's title bar) and its language is set, as
 * the document pack's are. Text is drawn in the pack's fonts: DejaVu where a character needs it
 * (Welsh ŵ, ŷ), else Helvetica. Not tagged: the HTML page is the accessible version.
 */
export async function reportPdf(report: ReportDocument, options: ReportPdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await frontSheetFonts(doc, reportTexts(report), options.fontDir);
  const now = options.now ?? new Date();
  doc.setTitle(report.title === report.caption ? report.title : `${report.title} - ${report.caption}`, {
    showInWindowTitleBar: true,
  });
  doc.setAuthor(options.author);
  doc.setSubject(report.caption);
  doc.setLanguage(report.language);
  doc.setCreator('Quorum');
  doc.setProducer('Quorum');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  const cursor = new Cursor(doc, fonts);
  cursor.text(report.caption, { size: 13, color: SECONDARY, after: 2 });
  cursor.text(report.title, { size: 22, bold: true, after: 12 });
  for (const block of report.blocks) drawBlock(cursor, block);
  return doc.save({ useObjectStreams: false });
}
