/** One line of the pack's text, with where it is. */
export interface TextLine {
  /** Position among all lines, blank ones included. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Trimmed, with a leading bullet ("- ", "• ") that PDF extraction puts before list entries removed. */
  readonly text: string;
  /** Blank lines just before this one: extraction leaves runs of them where pages or blocks break. */
  readonly blankBefore: number;
}

/** The non-blank lines of a text, form feeds counting as line ends. */
export function textLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let start = 0;
  let blank = 0;
  let index = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\f') end++;
    const raw = text.slice(start, end);
    const trimmed = raw.trim().replace(/^[-•▪●◦·*]\s+/, '').trim();
    if (trimmed === '') blank++;
    else {
      out.push({ index, start: start + raw.search(/\S/), end, text: trimmed, blankBefore: blank });
      blank = 0;
    }
    index++;
    start = end + 1;
  }
  return out;
}

const MINOR = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'and/or', '&', '-', '–', '—']);

/** Title Case share: how many of a line's significant words start with a capital or a digit. */
export function capitalisedShare(text: string): number {
  const words = text.split(/\s+/).filter((w) => w !== '' && !MINOR.has(w.toLowerCase()));
  if (words.length === 0) return 0;
  return words.filter((w) => /^[\p{Lu}\p{N}("'‘“]/u.test(w)).length / words.length;
}

/**
 * A line that reads as a heading, not prose: short, not ending in sentence punctuation, not a
 * numbered paragraph, no address or e-mail, mostly capitalised words.
 */
export function isHeadingLike(line: TextLine, maxLength = 160): boolean {
  const t = line.text;
  if (t.length > maxLength || t.split(/\s+/).length > 24) return false;
  if (/[.,;:]$/.test(t) || /^\d+(\.\d+)*[.)]?\s/.test(t) || /[@]|https?:|www\./i.test(t)) return false;
  return capitalisedShare(t) >= 0.6;
}
