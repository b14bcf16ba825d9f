import { describe, expect, it } from 'vitest';
import { fromGlyphNumbers, readsByGlyphNumbers } from '../../../src/ingest/read/pdfGlyphIds.js';

/** What PDF.js gives for text in a subset font without a Unicode map: each character is the glyph's number. */
const glyphs = (text: string): string =>
  [...text]
    .map((ch) => {
      const quotes: Record<string, number> = { '‘': 0x3bc, '’': 182, '–': 177 };
      return String.fromCodePoint(quotes[ch] ?? ch.charCodeAt(0) - 29);
    })
    .join('');

describe('pdfGlyphIds', () => {
  it('should read a run of glyph numbers back as the words they stand for', () => {
    expect(fromGlyphNumbers(glyphs('4.  Treasurer’s Report'))).toBe('4.  Treasurer’s Report');
    expect(fromGlyphNumbers(glyphs('‘Fair’ – to be reviewed (2025/26).'))).toBe('‘Fair’ – to be reviewed (2025/26).');
  });

  it('should keep a space PDF.js put between two runs of glyph numbers', () => {
    expect(fromGlyphNumbers(`${glyphs('Harbour’s')} ${glyphs('moorings')}`)).toBe('Harbour’s moorings');
  });

  it('should tell a font read by glyph numbers by the glyph of its spaces, and ordinary text from it', () => {
    expect(readsByGlyphNumbers([glyphs('Minutes of the meeting')])).toBe(true);
    expect(readsByGlyphNumbers(['Minutes of the meeting', 'AGENDA'])).toBe(false);
  });
});
