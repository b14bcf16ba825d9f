/** A piece of text placed on a page, as PDF.js gives it. */
export interface PlacedText {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A run of a line's text with no wide gap inside: where it starts and ends across the page, and its words. */
interface Run {
  readonly x: number;
  readonly end: number;
  readonly words: number;
}

/** Fewest lines of prose each column must hold before a page is read as set in two columns. */
const MIN_LINES = 5;
/** Words a column's lines hold on average: prose, not a table's short cells. */
const MIN_WORDS = 4;

/** A line's runs: its items apart wherever a gap is wider than a character and a half (as cells are told apart). */
function runsOf(line: readonly PlacedText[]): Run[] {
  const runs: { x: number; end: number; text: string }[] = [];
  for (const item of [...line].sort((a, b) => a.x - b.x)) {
    const last = runs[runs.length - 1];
    if (last && item.x - last.end <= (item.height || 10) * 1.5) {
      last.end = Math.max(last.end, item.x + item.width);
      last.text += ` ${item.str}`;
    } else runs.push({ x: item.x, end: item.x + item.width, text: item.str });
  }
  return runs.map((r) => ({ x: r.x, end: r.end, words: r.text.trim().split(/\s+/).length }));
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
}

/**
 * Where a page's second column of text starts, or null when its text is not set in two columns: many lines of prose
 * start at the same place well right of the margin, many start at the margin and stop short of it, and no line
 * holds more than the two (a table's rows have short cells, or more of them).
 */
function gutterOf(lines: readonly (readonly PlacedText[])[]): number | null {
  const runs = lines.map(runsOf);
  const margin = Math.min(...runs.flat().map((r) => r.x));
  const right = Math.max(...runs.flat().map((r) => r.end));
  const starts = new Map<number, number>();
  for (const run of runs.flat())
    if (run.x > margin + (right - margin) * 0.3 && run.x < margin + (right - margin) * 0.7)
      starts.set(Math.round(run.x / 4), (starts.get(Math.round(run.x / 4)) ?? 0) + 1);
  const [key] = [...starts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (key === undefined) return null;
  const gutter = Math.min(
    ...runs
      .flat()
      .filter((r) => Math.abs(r.x / 4 - key) <= 1)
      .map((r) => r.x),
  );
  const rightRuns = runs.flat().filter((r) => Math.abs(r.x - gutter) <= 4);
  const leftRuns = runs.flat().filter((r) => r.x < margin + 36 && r.end < gutter);
  if (rightRuns.length < MIN_LINES || leftRuns.length < MIN_LINES) return null;
  if (mean(rightRuns.map((r) => r.words)) < MIN_WORDS || mean(leftRuns.map((r) => r.words)) < MIN_WORDS) return null;
  if (runs.some((line) => line.length > 2)) return null;
  return gutter;
}

/**
 * A page set in two columns of text comes back from its baselines as the columns interleaved, a line of the left
 * beside a line of the right ("1. Apologies   4. Footpaths"). Such a page is read column by column instead: the left
 * column down, then the right, between the lines that run across both (a title over the columns, a note under them)
 * or stand well apart below them (a footer). Other pages keep their lines as they are.
 */
export function inColumnOrder<T extends PlacedText>(lines: readonly T[][]): T[][] {
  const gutter = gutterOf(lines);
  if (gutter === null) return [...lines];
  const margin = Math.min(...lines.flat().map((i) => i.x));
  const out: T[][] = [];
  let left: T[][] = [];
  let right: T[][] = [];
  const close = (): void => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  let above: number | null = null;
  for (const line of lines) {
    const y = line[0]!.y;
    const size = Math.max(...line.map((i) => i.height || 10));
    const runs = runsOf(line);
    // A line across the gutter, or starting between the margin and the gutter (a centred title or page number), or
    // far below the line above (a footer) is no column's.
    const across = runs.some((r) => r.x < gutter - 4 && (r.end > gutter + 4 || r.x > margin + 36));
    const apart = above !== null && above - y > size * 4;
    above = y;
    if (across || apart) {
      close();
      if (across) {
        out.push(line);
        continue;
      }
    }
    const l = line.filter((i) => i.x < gutter - 4);
    const r = line.filter((i) => i.x >= gutter - 4);
    if (l.length) left.push(l);
    if (r.length) right.push(r);
  }
  close();
  return out;
}
