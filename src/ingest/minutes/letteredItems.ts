import type { ItemStart } from './itemStarts.js';
import type { Line } from './lines.js';

/**
 * "A. WELCOME – Chair Bell", "E. CONSENT ITEMS:", "G. PUBLIC COMMENTS: None": a capital letter, a full stop, then a
 * heading in capitals, with what the agenda adds after a dash or colon (who leads it, the outcome). The heading has no
 * lower-case letter, so "A. Smith said ..." and a person's initial never read as one.
 */
const LETTER_HEADING = /^([A-Z])\.\s+([^\p{Ll}]*?\p{Lu}{2}[^\p{Ll}:–—]*?)\s*(?:(?::|\s[-–—])\s*(.*))?$/u;

/** Fewer lettered headings than this in a row are points of an item, not the agenda's top level. */
const LEAST_RUN = 3;

function letterStart(line: Line): ItemStart | null {
  const m = LETTER_HEADING.exec(line.text);
  if (!m) return null;
  const title = m[2]!.replace(/[\s:]+$/, '');
  if (title.split(/\s+/).length > 14) return null;
  return {
    line,
    number: m[1]!,
    value: m[1]!.charCodeAt(0) - 64,
    scheme: 'LETTER',
    sub: 0,
    title,
    titleBelow: false,
    pages: null,
    inlineText: m[3]?.trim() || null,
  };
}

/** The run of lettered headings A, B, C, ... in the lines' order (each letter the first found after the one before). */
function letteredRun(lines: readonly Line[]): ItemStart[] {
  const run: ItemStart[] = [];
  for (const line of lines) {
    const start = letterStart(line);
    if (start && start.value === run.length + 1) run.push(start);
  }
  return run;
}

/**
 * A US agenda lettered at its top level ("A. WELCOME" ... "E. CONSENT ITEMS:" / "1. Warrants ..." ... "12. ..." /
 * "F. ACTION ITEMS:" / "1. ..."): the consent and action lists are numbered afresh under each letter, so the longest
 * numbered run lies inside one lettered item. Then the letters are the items and the numbers that item's points; a
 * numbered run that crosses letters is the agenda's own and stays.
 */
export function letteredTopLevel(lines: readonly Line[], numbered: readonly ItemStart[]): ItemStart[] | null {
  const run = letteredRun(lines);
  if (run.length < LEAST_RUN) return null;
  if (numbered.length === 0) return run;
  const first = numbered[0]!.line.index;
  const last = numbered[numbered.length - 1]!.line.index;
  const inside = run.some(
    (start, k) => start.line.index < first && last < (run[k + 1]?.line.index ?? Number.POSITIVE_INFINITY),
  );
  return inside && run[0]!.line.index < first ? run : null;
}
