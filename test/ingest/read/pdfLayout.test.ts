import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/ingest/read/readDocument.js';

/** A PDF whose headings are set in Helvetica-Bold, with a running footer on each page. */
async function boldHeadingsPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pages: [string, boolean][][] = [
    [
      ['Minutes of the Harbour Board held on 11 February 2025', false],
      ['Election of Chair', true],
      ['Cllr Pryce was elected to chair the meeting.', false],
    ],
    [
      ['Mooring Charges', true],
      ['The harbour master presented the charges.', false],
    ],
  ];
  pages.forEach((lines, p) => {
    const page = doc.addPage([595, 842]);
    lines.forEach(([text, isBold], n) =>
      page.drawText(text, { x: 50, y: 780 - n * 24, size: 11, font: isBold ? bold : regular }),
    );
    page.drawText(`Harbour Board minutes - page ${p + 1}`, { x: 50, y: 30, size: 9, font: regular });
  });
  return doc.save();
}

describe('readDocument on a PDF with layout', () => {
  it('should give bold lines as headings and running footers as page furniture, each with its page and exact range', async () => {
    const read = await readDocument(await boldHeadingsPdf(), 'minutes.pdf');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const slice = (b: { span: { start: number; end: number } }): string => read.text.slice(b.span.start, b.span.end);
    const headings = read.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((b) => [slice(b), b.page, b.bold])).toEqual([
      ['Election of Chair', 1, true],
      ['Mooring Charges', 2, true],
    ]);
    const footers = read.blocks.filter((b) => b.kind === 'page_footer');
    expect(footers.map((b) => [slice(b), b.page])).toEqual([
      ['Harbour Board minutes - page 1', 1],
      ['Harbour Board minutes - page 2', 2],
    ]);
  });
});

/** A paragraph opened by a bold run-in label set a point larger than the text ("Roads – Main was..."). */
async function runInLabelPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  page.drawText('Roads', { x: 50, y: 780, size: 12, font: bold });
  page.drawText('– Main has been regraded before the rains and is', { x: 90, y: 780, size: 11, font: regular });
  page.drawText('holding up well; potholes will be filled in the spring.', { x: 50, y: 766, size: 11, font: regular });
  page.drawText('The speed limit stays at twenty-five miles an hour.', { x: 50, y: 752, size: 11, font: regular });
  return doc.save();
}

describe('readDocument on a PDF with run-in labels', () => {
  it('should give the bold label as a heading and keep the paragraph after it whole, whatever the label size', async () => {
    const read = await readDocument(await runInLabelPdf(), 'minutes.pdf');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const slice = (b: { span: { start: number; end: number } }): string => read.text.slice(b.span.start, b.span.end);
    expect(read.blocks.map((b) => [b.kind, slice(b).split('\n').length, slice(b).slice(0, 12)])).toEqual([
      ['heading', 1, 'Roads –'],
      ['paragraph', 3, 'Main has bee'],
    ]);
  });
});
