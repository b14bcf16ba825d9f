import type { PdfLine } from './pdfBlocks.js';

/** A column of a label table: where it starts across the page and the lines it holds, top to bottom. */
interface Column {
  readonly x: number;
  readonly lines: PdfLine[];
}

/** The line's cells with where each starts; a line without tabs is one cell at its own x. */
function cellsOf(line: PdfLine): { text: string; x: number }[] {
  const texts = line.text.split('\t');
  const xs = line.cellXs ?? [line.x];
  if (texts.length !== xs.length) return [];
  return texts.map((text, n) => ({ text: text.trim(), x: xs[n]! })).filter((c) => c.text.length > 0);
}

/** "Councillors present", "Apologies", "In attendance": a label of attendance, with or without its colon. */
const ATTENDANCE_LABEL = /\b(?:present|apologies|absent|attendance|attending)\b/i;

/**
 * "Present:   Members of the Public:   Apologies:": a row of short labels side by side, the first closed by a colon
 * or every one a label of attendance ("Councillors present   Apologies"), none holding a figure or a comma (a
 * payments table's "Date  Amount" has no colon, its rows have figures; "ROLL CALL Present:  Cynthia Silva,
 * President" is a label and its value).
 */
function isLabelRow(line: PdfLine): boolean {
  const cells = cellsOf(line);
  return (
    cells.length >= 2 &&
    (cells[0]!.text.endsWith(':') || cells.every((c) => ATTENDANCE_LABEL.test(c.text))) &&
    cells.every((c) => c.text.split(/\s+/).length <= 5 && !/[\d,]/.test(c.text) && /^\p{Lu}/u.test(c.text))
  );
}

/** The column a cell stands in: the one whose start it sits at, within about a character and a half. */
function columnAt(columns: readonly Column[], x: number, size: number): Column | null {
  return columns.find((c) => Math.abs(c.x - x) <= Math.max(size, 8) * 1.5) ?? null;
}

/**
 * A line of one cell in its column. Its entries are a list under the column's label, not headings, whatever their
 * weight (a clerk may set the whole attendance in bold); a label ("Apologies:" further down a column) keeps its own.
 */
function cellLine(line: PdfLine, text: string, x: number): PdfLine {
  return { text, y: line.y, x, size: line.size, bold: line.bold && text.endsWith(':'), runIn: null };
}

/**
 * The rows under a label row that belong to its columns: every cell short (a name and a role, "There were no members
 * of the public present") and standing at a column's start, the lines evenly spaced. The first line that is not
 * ends them ("09.17.01  Apologies": its title stands in no column).
 */
function columnRows(lines: readonly PdfLine[], from: number, columns: readonly Column[]): number {
  let n = from;
  while (n < lines.length) {
    const line = lines[n]!;
    const cells = cellsOf(line);
    const gap = lines[n - 1]!.y - line.y;
    if (cells.length === 0 || gap > Math.max(line.size, 8) * 2.8 || gap < 0) break;
    const placed = cells.map((c) => columnAt(columns, c.x, line.size));
    if (placed.some((c) => !c) || cells.some((c) => c.text.split(/\s+/).length > 10)) break;
    if (new Set(placed).size !== placed.length) break;
    cells.forEach((c, k) => placed[k]!.lines.push(cellLine(line, c.text, c.x)));
    n++;
  }
  return n;
}

/**
 * Attendance set out side by side ("Present:" over the members, "Members of the Public:" and "Apologies:" in columns
 * beside it) reads line by line as the columns interleaved: "Nick Oakhill (NO) CHAIR   Diana Stevens   Katy Draper".
 * Such a table of labels is read column by column instead, each label over its own list, so no name lands under
 * another column's label. Lines of a label in a column ("Apologies:" under "Also in attendance" names) stay in it.
 */
export function withLabelColumnsUnstacked(lines: readonly PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  let n = 0;
  while (n < lines.length) {
    const line = lines[n]!;
    if (!isLabelRow(line)) {
      out.push(line);
      n++;
      continue;
    }
    const columns: Column[] = cellsOf(line).map((c) => ({ x: c.x, lines: [cellLine(line, c.text, c.x)] }));
    const end = columnRows(lines, n + 1, columns);
    // "Present:  Cllr A" over "Apologies:  Cllr B": a label again in the first column makes the rows labels and their
    // values, read across as they stand.
    const labelsDown = columns[0]!.lines.slice(1).some((l) => l.text.endsWith(':'));
    if (end - n < 3 || labelsDown) {
      out.push(line);
      n++;
      continue;
    }
    for (const column of columns) out.push(...column.lines);
    n = end;
  }
  return out;
}
