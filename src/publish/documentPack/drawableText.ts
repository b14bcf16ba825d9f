import type { PDFFont } from 'pdf-lib';

/** Characters that the standard fonts cannot show, and the nearest they can. */
const NEAREST: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2032': "'",
  '\u2033': '"',
};

const characterSets = new WeakMap<PDFFont, ReadonlySet<number>>();

function characterSetOf(font: PDFFont): ReadonlySet<number> {
  let set = characterSets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    characterSets.set(font, set);
  }
  return set;
}

/**
 * `text` made drawable in `font`. The front sheet uses the PDF standard fonts (no font file to
 * ship, nothing embedded), whose WinAnsi encoding lacks some letters a clerk may type (Welsh
 * ŵ and ŷ, say): pdf-lib throws on them, so each is replaced by its base letter (ŵ → w), a near
 * equivalent, or "?" — never dropped, so a reader sees that something was there. Control
 * characters and line breaks become spaces: each call draws one line.
 */
export function drawableText(font: PDFFont, text: string): string {
  const supported = characterSetOf(font);
  let out = '';
  for (const raw of text) {
    const code0 = raw.codePointAt(0)!;
    const control = code0 < 0x20 || (code0 >= 0x7f && code0 <= 0x9f) || code0 === 0x2028 || code0 === 0x2029;
    const char = control ? ' ' : raw;
    const code = char.codePointAt(0)!;
    if (supported.has(code)) {
      out += char;
      continue;
    }
    const near = NEAREST[char];
    if (near !== undefined) {
      out += near;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}+/gu, '');
    out += base.length > 0 && [...base].every((c) => supported.has(c.codePointAt(0)!)) ? base : '?';
  }
  return out;
}
