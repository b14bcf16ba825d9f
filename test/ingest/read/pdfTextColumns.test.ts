import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/ingest/minutes/parseText.js';
import { readDocument } from '../../../src/ingest/read/readDocument.js';

type Line = readonly [text: string, bold: boolean];

const LEFT: Line[] = [
  ['Present: Cllrs Ada Brackley (Chair), Tom Ellery,', false],
  ['Priya Nandakumar and Owen Sallow.', false],
  ['', false],
  ['1. Apologies for absence', true],
  ['Apologies were received from Cllr Bea Marlow', false],
  ['(work commitments).', false],
  ['', false],
  ['2. Minutes of the last meeting', true],
  ['RESOLVED that the minutes of 4 February be', false],
  ['signed as a true record.', false],
];
const RIGHT: Line[] = [
  ['3. Footpaths and verges', true],
  ['The clerk reported that the stile on the', false],
  ['bridleway had been repaired by the volunteers', false],
  ['and the verge by the church had been cut.', false],
  ['', false],
  ['4. Date of next meeting', true],
  ['The next meeting will be held on Tuesday', false],
  ['1 April 2025 at 7.30pm in the same place.', false],
];

/** One page of minutes under a title across the page, its text set in two columns whose baselines differ a little. */
async function twoColumnPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  const draw = (p: PDFPage, text: string, x: number, y: number, font: PDFFont, size = 10): void =>
    p.drawText(text, { x, y, size, font });
  draw(page, 'MINUTES OF THE MEETING OF FERNLEIGH PARISH COUNCIL', 80, 790, bold, 13);
  draw(page, 'held on Tuesday 4 March 2025 at 7.30pm in the Reading Room, Fernleigh', 110, 772, regular);
  LEFT.forEach(([text, b], n) => text && draw(page, text, 50, 730 - n * 14, b ? bold : regular));
  RIGHT.forEach(([text, b], n) => text && draw(page, text, 310, 733 - n * 14, b ? bold : regular));
  draw(page, 'Fernleigh Parish Council minutes, March 2025', 50, 40, regular, 8);
  return doc.save();
}

/** A payments table of two columns: short cells read across, row by row. */
async function paymentsPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  const rows = [
    ['Payee', 'Amount'],
    ['Clerk salary', '£412.00'],
    ['Hall hire', '£24.00'],
    ['Grass cutting', '£180.00'],
    ['Stationery', '£12.50'],
    ['Insurance', '£310.00'],
    ['Website hosting', '£60.00'],
  ];
  rows.forEach(([a, b], n) => {
    page.drawText(a!, { x: 50, y: 760 - n * 14, size: 10, font: regular });
    page.drawText(b!, { x: 310, y: 760 - n * 14, size: 10, font: regular });
  });
  return doc.save();
}

describe('readDocument on a page set in two columns of text', () => {
  it('should read the left column down before the right, keeping the title above and the footer below', async () => {
    const read = await readDocument(await twoColumnPdf(), 'minutes.pdf');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const lines = read.text.split('\n');
    expect(lines.slice(0, 2).map((l) => l.slice(0, 24))).toEqual([
      'MINUTES OF THE MEETING O',
      'held on Tuesday 4 March ',
    ]);
    expect(lines.indexOf('signed as a true record.')).toBeLessThan(lines.indexOf('3. Footpaths and verges'));
    expect(lines[lines.length - 1]).toBe('Fernleigh Parish Council minutes, March 2025');
    const parsed = parseText(read.text, { blocks: read.blocks }).meetings[0]!;
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Minutes of the last meeting'],
      ['3', 'Footpaths and verges'],
      ['4', 'Date of next meeting'],
    ]);
    expect(parsed.items[1]!.resolutions.map((r) => r.text)).toEqual([
      'that the minutes of 4 February be signed as a true record.',
    ]);
    expect(parsed.present).toHaveLength(4);
  });

  it('should keep a table of short cells read across, row by row', async () => {
    const read = await readDocument(await paymentsPdf(), 'payments.pdf');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.text.split('\n').slice(0, 2)).toEqual(['Payee\tAmount', 'Clerk salary\t£412.00']);
  });
});
