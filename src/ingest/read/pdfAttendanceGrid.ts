import type { PdfLine } from './pdfBlocks.js';

/** "Present", "Apologies", "Absent", "In attendance": a column of a members' grid naming an attendance. */
const ATTENDANCE_LABEL = /\b(?:present|apologies|absent|attendance|attending)\b/i;
/** A cross in a grid's cell says "no" ("✗" under "Present" is not present). */
const CROSS = /^[✗✘×☒xX]$/u;

interface Cell {
  readonly text: string;
  readonly x: number;
}

/** The line's cells with where each starts; a line without tabs is one cell at its own x. */
function cellsOf(line: PdfLine): Cell[] {
  const texts = line.text.split('\t');
  const xs = line.cellXs ?? [line.x];
  if (texts.length !== xs.length) return [];
  return texts.map((text, n) => ({ text: text.trim(), x: xs[n]! })).filter((c) => c.text.length > 0);
}

/** "Councillor   Present   Apologies": a name column's label, then only labels of attendance. */
function gridHeader(line: PdfLine): Cell[] | null {
  const cells = cellsOf(line);
  if (cells.length < 2 || /\d/.test(cells[0]!.text) || cells[0]!.text.split(/\s+/).length > 3) return null;
  const labels = cells.slice(1);
  return labels.every((c) => ATTENDANCE_LABEL.test(c.text) && c.text.split(/\s+/).length <= 4) ? cells : null;
}

/** The label column a mark stands under: the last one starting left of it (marks are often centred in the column). */
function columnOf(labels: readonly Cell[], x: number, size: number): number {
  let found = -1;
  labels.forEach((label, k) => {
    if (label.x <= x + Math.max(size, 8)) found = k;
  });
  return found;
}

/** A row of the grid: a name at the name column, the rest short marks under the labels; null when it is not one. */
function gridRow(line: PdfLine, header: readonly Cell[]): { name: Cell; columns: number[] } | null {
  const cells = cellsOf(line);
  const [name, ...marks] = cells;
  const size = Math.max(line.size, 8);
  if (!name || Math.abs(name.x - header[0]!.x) > size * 1.5 || !/\p{L}{2}/u.test(name.text)) return null;
  if (name.text.split(/\s+/).length > 8 || marks.some((m) => m.text.length > 3 || m.x < header[1]!.x - size * 2))
    return null;
  const columns = marks.filter((m) => !CROSS.test(m.text)).map((m) => columnOf(header.slice(1), m.x, size));
  return { name, columns: columns.filter((c) => c >= 0) };
}

/** A line of its own for a grid's label or name, in the body's weight. */
function gridLine(line: PdfLine, cell: Cell): PdfLine {
  return { text: cell.text, y: line.y, x: cell.x, size: line.size, bold: false, runIn: null };
}

/**
 * A members' grid ("Councillor  Present  Apologies" over a row for each member, a tick under the column that
 * applies) reads line by line as names beside marks, which say nothing on their own. Each of its labels is given
 * instead over the names ticked under it ("Present" over the members present, "Apologies" over those who sent
 * them); crosses and blank cells tick nothing. Other lines stay as they are.
 */
export function withAttendanceGridsRead(lines: readonly PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  let n = 0;
  while (n < lines.length) {
    const line = lines[n]!;
    const header = gridHeader(line);
    const rows: { line: PdfLine; name: Cell; columns: number[] }[] = [];
    for (let k = n + 1; header && k < lines.length; k++) {
      const row = gridRow(lines[k]!, header);
      if (!row || lines[k - 1]!.y - lines[k]!.y > Math.max(line.size, 8) * 2.8) break;
      rows.push({ line: lines[k]!, ...row });
    }
    if (!header || rows.length < 2 || !rows.some((r) => r.columns.length > 0)) {
      out.push(line);
      n++;
      continue;
    }
    header.slice(1).forEach((label, k) => {
      const ticked = rows.filter((r) => r.columns.includes(k));
      if (ticked.length === 0) return;
      out.push(gridLine(line, label));
      for (const r of ticked) out.push(gridLine(r.line, r.name));
    });
    n += rows.length + 1;
  }
  return out;
}
