/** A run of text on a page, in display space: x to the right, y down to the baseline, size the font height. */
export interface PlacedText {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** A gap wider than this many font sizes is a column or table-cell gap, not a word space. */
const CELL_GAP = 1.2;
/** Below this, two runs touch (kerning, a superscript "nd" after "2"): no space between them. */
const WORD_GAP = 0.15;

interface Line {
  baseline: number;
  size: number;
  items: PlacedText[];
}

/** Runs whose baselines are closer than half the taller font belong to one line, so superscripts stay on theirs. */
function groupLines(items: readonly PlacedText[]): Line[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(item.y - line.baseline) <= Math.max(line.size, item.size) * 0.5) {
      line.items.push(item);
      // The baseline of a line is its biggest run's, not a superscript's.
      if (item.size > line.size) {
        line.baseline = item.y;
        line.size = item.size;
      }
    } else lines.push({ baseline: item.y, size: item.size, items: [item] });
  }
  return lines;
}

/** Word processors fake bold by drawing a run twice, a hair apart; the copy is dropped. */
function isOverprint(a: PlacedText, b: PlacedText): boolean {
  return a.str === b.str && Math.abs(a.x - b.x) < a.size * 0.2 && Math.abs(a.y - b.y) < a.size * 0.2;
}

function joinLine(items: PlacedText[]): string {
  items.sort((a, b) => a.x - b.x);
  let out = '';
  let end: number | null = null;
  let previous: PlacedText | null = null;
  for (const item of items) {
    if (previous && isOverprint(previous, item)) continue;
    if (end !== null) {
      const gap = item.x - end;
      const size = Math.max(item.size, previous?.size ?? 0) || 10;
      if (gap > size * CELL_GAP) out = `${out.trimEnd()}\t`;
      else if (gap > size * WORD_GAP && !/\s$/.test(out) && !/^\s/.test(item.str)) out += ' ';
    }
    out += out.endsWith('\t') ? item.str.trimStart() : item.str;
    end = Math.max(end ?? -Infinity, item.x + item.width);
    previous = item;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/**
 * Rebuilds a page's lines from positioned runs. Runs on one baseline are joined left to right
 * with a space, or with a tab across a wide gap so that table cells and columns stay apart; a
 * vertical gap of more than about a line leaves a blank line, which is where paragraphs break.
 */
export function pageLines(items: readonly PlacedText[]): string {
  const visible = items.filter((i) => i.str.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y));
  const lines = groupLines(visible);
  const out: string[] = [];
  let last: Line | null = null;
  for (const line of lines) {
    const text = joinLine(line.items);
    if (text === '') continue;
    if (last && line.baseline - last.baseline > Math.max(line.size, last.size) * 1.9) out.push('');
    out.push(text);
    last = line;
  }
  return out.join('\n');
}
