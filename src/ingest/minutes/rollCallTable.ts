import type { Attendance } from './attendance.js';
import { spanIn, type Line } from './lines.js';

/**
 * A roll call laid out as a table, one member a row, with the member's status in a column of its own:
 * "Andrei Garcia | Commissioner | Late | 7:08 p.m.", "Robert Sherrard | Commissioner | Present". PDF readers give the
 * cells split by tabs, text by pipes or runs of spaces. Only a cell that is a status word alone counts, so a vote
 * block ("ABSENT: Hernandez", "AYES: A, B") or a sentence never reads as a row.
 */
const STATUS = /^(present|late|arrived late|remote|remotely|virtual|in person|absent|excused|apologies)$/i;
const ARRIVAL = /^(present|late|arrived late|remote|remotely|virtual|in person)$/i;
const CELL_BREAK = /\t+|\s*\|\s*|\s{2,}/;
/** A person's name: two to four words, each starting with a capital, nothing but letters and joining marks. */
const PERSON = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** Fewer rows than this are not a roll call (a table of two could be anything). */
const LEAST_ROWS = 3;

interface Row {
  readonly line: Line;
  readonly name: string;
  readonly status: string;
  readonly title: string | null;
}

function rowOf(line: Line, source: string): Row | null {
  // The line's own text has its gaps collapsed; the source keeps the tabs and runs of spaces between cells.
  const cells = source
    .slice(line.start, line.end)
    .split(CELL_BREAK)
    .map((c) => c.trim())
    .filter(Boolean);
  if (cells.length < 2 || !PERSON.test(cells[0]!)) return null;
  // The status stands after the name (and any title); a status in the first cell is a vote block's label.
  const at = cells.findIndex((c, k) => k > 0 && STATUS.test(c));
  if (at < 0) return null;
  return { line, name: cells[0]!, status: cells[at]!, title: at > 1 ? cells.slice(1, at).join(' ') : null };
}

/**
 * Reads the first run of at least LEAST_ROWS consecutive roll-call rows among the lines (cut from the source text)
 * into the attendance: present (late or remote included), apologies (excused, apologies) and absent. Gives whether it
 * found one.
 */
export function readRollCallTable(lines: readonly Line[], source: string, into: Attendance): boolean {
  for (let n = 0; n < lines.length; n++) {
    const rows: Row[] = [];
    for (let k = n; k < lines.length; k++) {
      const row = rowOf(lines[k]!, source);
      if (!row) break;
      rows.push(row);
    }
    if (rows.length < LEAST_ROWS) continue;
    for (const { line, name, status, title } of rows) {
      const entry = { name, span: spanIn(line, name), role: null, title, substituteFor: null };
      if (ARRIVAL.test(status)) into.present.push(entry);
      else if (/^absent$/i.test(status)) into.absent.push(entry);
      else into.apologies.push({ ...entry, reason: null });
    }
    return true;
  }
  return false;
}
