import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfPageRange } from '../../src/publish/pdfPageRange.js';
import { numberedPdf } from './numberedPdf.js';

function textOf(pdf: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'range-')), 'part.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('pdfPageRange', () => {
  it('should cut the pages asked for, in order, and nothing else', async () => {
    const part = await pdfPageRange(await numberedPdf(6), 2, 4, 'pack.pdf');
    expect((await PDFDocument.load(part)).getPageCount()).toBe(3);
    const text = textOf(part);
    expect(text.match(/This is page \d/g)).toEqual(['This is page 2', 'This is page 3', 'This is page 4']);
  });

  it('should clamp a range running past the end, and refuse one outside the pages or bytes that are not a PDF', async () => {
    const pdf = await numberedPdf(3);
    expect((await PDFDocument.load(await pdfPageRange(pdf, 3, 9, 'pack.pdf'))).getPageCount()).toBe(1);
    await expect(pdfPageRange(pdf, 4, 5, 'pack.pdf')).rejects.toThrow('pack.pdf: has no pages 4–5');
    await expect(pdfPageRange(pdf, 0, 1, 'pack.pdf')).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    await expect(pdfPageRange(new TextEncoder().encode('<html>'), 1, 1, 'page.html')).rejects.toThrow(
      /^page\.html: not a readable PDF/,
    );
  });
});
