import type { Line } from './lines.js';

/**
 * Attendance lists set side by side in two columns, each under its own label, which a text conversion (or a page
 * without table lines) runs into one line each:
 *
 *     Members Present                 Officers Present
 *     Mr JB Adams (Chair)             Mrs K Lowe (Clerk)
 *
 *     Present: Cllr A Smith           Apologies: Cllr B Jones
 *     Cllr C Green                    Cllr D Black
 *
 * Read row by row, the second column's names would join the first column's list. The gap of spaces the source keeps
 * between the columns says where each row splits: the left column is read first, then the right, each as lines of
 * its own under its label. Spans stay exact (each cell is a slice of its line in the source).
 */

/** A gap of two spaces or more (or a tab) between two cells of a row. */
const GAP = /[ \t]{2,}|\t/g;

/** How far a row's gap may start from the header's second column and still be the same column break. */
const TOLERANCE = 12;

interface Cell {
  readonly text: string;
  readonly offset: number;
}

function cells(raw: string): Cell[] {
  const out: Cell[] = [];
  let from = 0;
  for (const gap of raw.matchAll(GAP)) {
    if (gap.index > from) out.push({ text: raw.slice(from, gap.index), offset: from });
    from = gap.index + gap[0].length;
  }
  if (from < raw.length) out.push({ text: raw.slice(from), offset: from });
  return out.filter((c) => c.text.trim() !== '');
}

function lineOf(line: Line, cell: Cell, raw: string): Line {
  const lead = cell.text.length - cell.text.trimStart().length;
  const text = cell.text.trim().replace(/\s+/g, ' ');
  const start = line.start + (raw.length === line.end - line.start ? cell.offset + lead : 0);
  const exact = raw.length === line.end - line.start && text === cell.text.trim();
  return { ...line, text, start, end: exact ? start + text.length : line.end };
}

/** The spaces and tabs before a line's text on its line of the source. */
function indentOf(source: string, line: Line): number {
  return (/^[ \t]*/.exec(source.slice(source.lastIndexOf('\n', line.start - 1) + 1, line.start))?.[0] ?? '').length;
}

/**
 * Gives the lines with each two-column attendance block read column by column; other lines are left as they are.
 * `isLabel` says whether a cell opens an attendance list ("Members Present", "Apologies: Cllr B Jones").
 */
export function splitLabelColumns(lines: readonly Line[], source: string, isLabel: (text: string) => boolean): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const raw = source.slice(line.start, line.end);
    const head = raw.includes('  ') || raw.includes('\t') ? cells(raw) : [];
    if (head.length !== 2 || !head.every((c) => isLabel(c.text.trim()))) {
      out.push(line);
      continue;
    }
    const column = head[1]!.offset;
    const headIndent = indentOf(source, line);
    const left: Line[] = [lineOf(line, head[0]!, raw)];
    const right: Line[] = [lineOf(line, head[1]!, raw)];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = lines[j]!;
      // A blank line between rows ends the block.
      if (/\n[ \t]*\r?\n/.test(source.slice(lines[j - 1]!.end, row.start))) break;
      const rowRaw = source.slice(row.start, row.end);
      // The row's own indentation counts: a name alone in the right column starts far in.
      const shift = indentOf(source, row) - headIndent;
      const parts = cells(rowRaw);
      // A numbered heading or another label ends the block.
      if (parts.length === 0 || parts.length > 2 || /^\d{1,3}[.)]?\s/.test(row.text) || isLabel(row.text)) break;
      if (parts.length === 2) {
        if (Math.abs(parts[1]!.offset + shift - column) > TOLERANCE) break;
        left.push(lineOf(row, parts[0]!, rowRaw));
        right.push(lineOf(row, parts[1]!, rowRaw));
      } else if (parts[0]!.offset + shift >= column - TOLERANCE / 2) right.push(lineOf(row, parts[0]!, rowRaw));
      else left.push(lineOf(row, parts[0]!, rowRaw));
    }
    out.push(...left, ...right);
    i = j - 1;
  }
  return out;
}
