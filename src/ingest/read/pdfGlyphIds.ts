/**
 * Text set in a subset TrueType font that carries no map to Unicode ("ABCDEF+ArialMT" as some Word printers embed it)
 * comes out of PDF.js as the font's glyph numbers: "&OHUN¶V\u00035HSRUW" for "Clerk’s Report". Such fonts keep the
 * standard TrueType glyph order, where a letter's glyph number is its character code less 29 (glyph 3 is the space).
 */
const GLYPH_SHIFT = 29;
/** Glyph numbers of the punctuation Word's fonts (Arial, Times New Roman) keep past the ASCII range. */
const PUNCTUATION: Readonly<Record<number, string>> = {
  177: '–',
  178: '—',
  179: '“',
  180: '”',
  181: '‘',
  182: '’',
};

/**
 * A font whose text holds the glyph of a space (U+0003) is read by glyph numbers: no real text holds that control
 * character, and a run of words in such a font always does.
 */
export function readsByGlyphNumbers(texts: readonly string[]): boolean {
  return texts.some((t) => t.includes('\u0003'));
}

/** The text a run of glyph numbers stands for; a glyph past the known ones stays as it came. */
export function fromGlyphNumbers(text: string): string {
  let out = '';
  for (const ch of text) {
    // PDF.js gives glyph 181 as the Greek mu; a space it inserted between runs is a space, not glyph 32 ("=").
    const code = ch === '\u03bc' ? 181 : ch.codePointAt(0)!;
    if (code >= 3 && code <= 97 && code !== 32) out += String.fromCharCode(code + GLYPH_SHIFT);
    else out += PUNCTUATION[code] ?? ch;
  }
  return out;
}
