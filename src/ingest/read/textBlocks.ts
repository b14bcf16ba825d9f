import type { DocumentBlock, TableRow } from '../documentBlock.js';

const MARKDOWN_HEADING = /^(#{1,6})\s+\S/;
const LIST_MARKER = /^([-*+•▪●◦]|\d{1,3}[.)]|\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\))\s+\S/;
const TABLE_ROW = /^\|.*\|$/;
const TABLE_RULE = /^\|?[\s:|-]*-{3,}[\s:|-]*\|?$/;
const SETEXT_RULE = /^(=+|-+)\s*$/;

interface RawLine {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function rawLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end).replace(/\r$/, '');
    out.push({ text: raw, start, end: start + raw.length });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** The span of a line's visible text (without its leading and trailing white space). */
function trimmedSpan(line: RawLine): { start: number; end: number } {
  const lead = line.text.length - line.text.trimStart().length;
  return { start: line.start + lead, end: line.start + line.text.trimEnd().length };
}

function tableRow(line: RawLine): TableRow {
  const cells: TableRow['cells'][number][] = [];
  const re = /[^|]+/g;
  for (const m of line.text.matchAll(re)) {
    const cell = m[0].trim();
    if (!cell) continue;
    const at = line.start + m.index + m[0].indexOf(cell);
    cells.push({ text: cell, span: { start: at, end: at + cell.length } });
  }
  return { cells, span: trimmedSpan(line) };
}

/**
 * Blocks of a plain text or Markdown document: YAML front matter, "#" headings (and underlined ones), list items with
 * their markers, pipe tables with their cells, and paragraphs (lines up to a blank line). Plain text has no markup
 * for headings; a short line in capitals standing alone is taken for one (level unknown).
 */
export function textBlocks(text: string): DocumentBlock[] {
  const lines = rawLines(text);
  const blocks: DocumentBlock[] = [];
  let i = 0;
  if (/^---\s*$/.test(lines[0]?.text ?? '')) {
    const close = lines.findIndex((l, n) => n > 0 && n < 60 && /^(---|\.\.\.)\s*$/.test(l.text));
    if (close > 0) {
      blocks.push({ kind: 'metadata', span: { start: 0, end: lines[close]!.end }, page: null });
      i = close + 1;
    }
  }
  let paragraph: RawLine[] = [];
  const flush = (): void => {
    if (paragraph.length === 0) return;
    const first = trimmedSpan(paragraph[0]!);
    const last = trimmedSpan(paragraph[paragraph.length - 1]!);
    blocks.push({ kind: 'paragraph', span: { start: first.start, end: last.end }, page: null });
    paragraph = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (!t) {
      flush();
      continue;
    }
    const heading = MARKDOWN_HEADING.exec(t);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', span: trimmedSpan(line), page: null, level: heading[1]!.length, bold: false });
      continue;
    }
    const next = lines[i + 1]?.text ?? '';
    if (paragraph.length === 0 && SETEXT_RULE.test(next.trim()) && next.trim().length >= 3 && !TABLE_ROW.test(t)) {
      blocks.push({ kind: 'heading', span: trimmedSpan(line), page: null, level: next.trim()[0] === '=' ? 1 : 2 });
      i++;
      continue;
    }
    if (TABLE_ROW.test(t)) {
      flush();
      const rows: TableRow[] = [];
      let j = i;
      for (; j < lines.length && TABLE_ROW.test(lines[j]!.text.trim()); j++)
        if (!TABLE_RULE.test(lines[j]!.text.trim())) rows.push(tableRow(lines[j]!));
      const span = { start: trimmedSpan(line).start, end: trimmedSpan(lines[j - 1]!).end };
      blocks.push({ kind: 'table', span, page: null, rows });
      i = j - 1;
      continue;
    }
    const marker = LIST_MARKER.exec(t);
    if (marker) {
      flush();
      blocks.push({ kind: 'list_item', span: trimmedSpan(line), page: null, marker: marker[1]! });
      continue;
    }
    // A short line in capitals after a blank line heads what follows ("REPORTS:", "OLD BUSINESS –").
    const apart = !(lines[i - 1]?.text.trim() ?? '');
    if (apart && paragraph.length === 0 && isCapitalsHeading(t)) {
      flush();
      blocks.push({ kind: 'heading', span: trimmedSpan(line), page: null, level: null, bold: /^\*\*.*\*\*$/.test(t) });
      continue;
    }
    // A short line in title case set apart by blank lines, over a sentence, heads it ("Public Question Time").
    if (apart && paragraph.length === 0 && !(lines[i + 1]?.text.trim() ?? '') && isTitleLine(t)) {
      const below =
        lines
          .slice(i + 1)
          .find((l) => l.text.trim())
          ?.text.trim() ?? '';
      if (isSentence(below)) {
        blocks.push({ kind: 'heading', span: trimmedSpan(line), page: null, level: null, bold: false });
        continue;
      }
    }
    paragraph.push(line);
  }
  flush();
  return blocks;
}

/** "PUBLIC PARTICIPATION SESSION", "**Planning**": a short line set apart as a heading. */
function isCapitalsHeading(t: string): boolean {
  if (t.length > 100 || t.split(/\s+/).length > 12 || /[,;]$/.test(t)) return false;
  if (/^\*\*[^*]+\*\*:?$/.test(t)) return true;
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

const SMALL_WORD = /^(?:and|of|the|for|in|on|to|a|an|&|with|at|by|from|or|–|-)$/i;

/** "Declarations of Interest": a few words, most capitalised, with no sentence's closing mark. */
function isTitleLine(t: string): boolean {
  // "Venue: County Hall" is a label with its value, not a heading.
  if (t.length > 80 || /[.,;:!?]$/.test(t) || /:\s/.test(t) || !/^\p{Lu}/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 10) return false;
  // "Public Participation (Agenda item 2)": a note in brackets keeps its own case.
  const content = t
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !SMALL_WORD.test(w));
  return content.length > 0 && content.every((w) => /^[\p{Lu}\d'‘"“(]/u.test(w));
}

/** A sentence under a heading: it closes with a full stop or a colon, or runs on long enough. */
function isSentence(t: string): boolean {
  const words = t.split(/\s+/).length;
  return /^Minutes:/i.test(t) || (/^\p{Lu}/u.test(t) && ((words >= 4 && /[.:]$/.test(t)) || words >= 12));
}
