import type { PDFFont } from 'pdf-lib';

/**
 * `text` (already drawable in `font`) broken into lines no wider than `maxWidth` at `size`:
 * at spaces where it can, inside a word only when the word alone is too wide (a long URL).
 * Always at least one line, so an empty value still takes its row.
 */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const width = (s: string): number => font.widthOfTextAtSize(s, size);
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/ +/).filter((w) => w.length > 0)) {
    const candidate = current ? `${current} ${word}` : word;
    if (width(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    let rest = word;
    while (width(rest) > maxWidth) {
      let cut = rest.length - 1;
      while (cut > 1 && width(rest.slice(0, cut)) > maxWidth) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  lines.push(current);
  return lines;
}
