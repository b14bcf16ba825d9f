import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/ingest/read/readDocument.js';

/** A real PDF with one page per entry of `pages`, each line drawn where a word processor would put it. */
async function makePdf(pages: readonly (readonly string[])[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.setTitle('Minutes of the Harbourside Committee');
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, n) => {
      for (const [k, cell] of line.split('\t').entries())
        page.drawText(cell, { x: 50 + k * 260, y: 780 - n * 18, size: 11, font });
    });
  }
  return doc.save();
}

describe('readDocument', () => {
  let dir: string;
  let minutesPdf: Uint8Array;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-read-'));
    minutesPdf = await makePdf([
      [
        'Harbourside Overview and Scrutiny Committee',
        'Minutes of the meeting held on 12 March 2025 at 6.30 pm',
        'Present: Councillors A Lovelace (Chair), T Brown',
      ],
      ['41 Coastal Flood Defence', 'RESOLVED to note the report.', 'Item\tPages'],
    ]);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('should read a PDF page by page, with the offset where each page starts', async () => {
    const read = await readDocument(minutesPdf, 'minutes.pdf');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.mediaType).toBe('application/pdf');
    expect(read.pageStarts).toHaveLength(2);
    expect(read.title).toBe('Minutes of the Harbourside Committee');
    const page2 = read.text.slice(read.pageStarts[1]);
    expect(page2.startsWith('41 Coastal Flood Defence')).toBe(true);
    expect(read.text.slice(0, read.pageStarts[1])).toContain('Present: Councillors A Lovelace (Chair), T Brown');
    // Cells far apart on one line stay apart.
    expect(page2).toContain('Item\tPages');
  });

  it('should trust the content over the file name', async () => {
    const read = await readDocument(minutesPdf, 'minutes.txt');
    expect(read.ok && read.mediaType).toBe('application/pdf');
    const html = await readDocument(new TextEncoder().encode('<html><body><p>Minutes</p></body></html>'), 'page.txt');
    expect(html.ok && html.mediaType).toBe('text/html');
  });

  it('should name the problem with an empty file, garbage, a truncated PDF, a PDF without text and a fake PDF', async () => {
    const imageOnly = await (async () => {
      const doc = await PDFDocument.create();
      doc.addPage([200, 200]).drawRectangle({ x: 10, y: 10, width: 50, height: 50 });
      return doc.save();
    })();
    const cases: [Uint8Array, string, RegExp][] = [
      [new Uint8Array(), 'empty.txt', /empty/],
      [new Uint8Array(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256)), 'garbage.bin', /binary/],
      [minutesPdf.slice(0, Math.floor(minutesPdf.length / 3)), 'cut.pdf', /damaged|truncated|cannot be read/],
      [imageOnly, 'scan.pdf', /no text layer/],
      [new TextEncoder().encode('hello'), 'fake.pdf', /not a PDF/],
    ];
    for (const [bytes, name, problem] of cases) {
      const read = await readDocument(bytes, name);
      expect(read.ok, name).toBe(false);
      if (!read.ok) expect(read.problem, name).toMatch(problem);
    }
  });

  it('should say that a PDF is encrypted', async () => {
    const plain = path.join(dir, 'plain.pdf');
    const locked = path.join(dir, 'locked.pdf');
    fs.writeFileSync(plain, minutesPdf);
    try {
      execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', plain, locked]);
    } catch (error) {
      if (process.env.CI === 'true') throw error;
      console.warn('qpdf is not installed (apt-get install qpdf); the encrypted-PDF test cannot build its fixture');
      return;
    }
    const read = await readDocument(fs.readFileSync(locked), 'locked.pdf');
    expect(read).toEqual({ ok: false, problem: 'the PDF is encrypted with a password' });
  });

  it('should read old pages in Windows-1252 and say so', async () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('Minutes: the Mayor'),
      0x92,
      ...new TextEncoder().encode('s report cost '),
      0xa3,
      ...new TextEncoder().encode('40'),
    ]);
    const read = await readDocument(bytes, 'old.txt');
    expect(read.ok && read.text).toBe('Minutes: the Mayor’s report cost £40');
    expect(read.ok && read.warnings).toEqual(['the text is not valid UTF-8; it was read as Windows-1252']);
  });

  it('should honour a declared charset in HTML', async () => {
    const html = Uint8Array.from([
      ...new TextEncoder().encode('<html><head><meta charset="windows-1252"><title>T</title></head><body><p>Caf'),
      0xe9,
      ...new TextEncoder().encode('</p></body></html>'),
    ]);
    const read = await readDocument(html, 'p.html');
    expect(read.ok && read.text).toBe('Café');
    expect(read.ok && read.warnings).toEqual([]);
  });

  it('should lay out an agenda page as text: blocks on lines, table rows with cells, no script or navigation', async () => {
    const html = `<!doctype html><html><head><title>Agenda for Cabinet on Tuesday, 14th January, 2025</title><script>var x = "<p>not text</p>";</script></head>
      <body><nav><a href="/">Home</a></nav><h1>Agenda and minutes</h1><h2>Cabinet</h2><p>Tuesday, 14th January, 2025 6.30 pm</p>
      <table><tr><th>No.</th><th>Item</th></tr><tr><td>1.</td><td>Apologies for Absence<br>Minutes: None.</td></tr></table>
      <p>Resolved &amp; agreed&nbsp;today</p><script>alert(1)</script></body></html>`;
    const read = await readDocument(new TextEncoder().encode(html), 'agenda.html');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.title).toBe('Agenda for Cabinet on Tuesday, 14th January, 2025');
    const lines = read.text.split('\n').filter((l) => l !== '');
    expect(lines.slice(0, 3)).toEqual(['Agenda and minutes', 'Cabinet', 'Tuesday, 14th January, 2025 6.30 pm']);
    expect(read.text).toContain('| No. | Item |');
    // A cell holding a line break reads as the browser shows it: the cells one under another.
    expect(lines.slice(lines.indexOf('| No. | Item |') + 1, lines.indexOf('| No. | Item |') + 4)).toEqual([
      '1.',
      'Apologies for Absence',
      'Minutes: None.',
    ]);
    expect(read.text).toContain('Resolved & agreed today');
    expect(read.text).not.toMatch(/alert|not text|Home/);
  });

  it('should refuse an HTML page with no text', async () => {
    const read = await readDocument(
      new TextEncoder().encode('<html><body><script>x()</script></body></html>'),
      'blank.html',
    );
    expect(read).toEqual({ ok: false, problem: 'the HTML page has no text' });
  });

  it('should never throw on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom('a.pdf', 'a.html', 'a.txt'),
        async (bytes, name) => {
          const read = await readDocument(bytes, name);
          expect(typeof read.ok).toBe('boolean');
        },
      ),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (tail) => {
        const read = await readDocument(Uint8Array.from([...new TextEncoder().encode('%PDF-1.7\n'), ...tail]), 'x.pdf');
        expect(read.ok).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});
