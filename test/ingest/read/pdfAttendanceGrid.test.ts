import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { withAttendanceGridsRead } from '../../../src/ingest/read/pdfAttendanceGrid.js';
import { readDocument } from '../../../src/ingest/read/readDocument.js';
import { cellRowsIn } from './pdfCellRow.js';

/** A line of cells, each at its own x. */
const row = cellRowsIn({ size: 10, bold: false });

/** Minutes opening with a members' grid: a tick (ZapfDingbats) under "Present" or "Apologies" for each member. */
async function gridPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const ticks = await doc.embedFont(StandardFonts.ZapfDingbats);
  const page = doc.addPage([595, 842]);
  page.drawText('Minutes of the meeting held on 9 October 2024 at 7.00pm', { x: 50, y: 780, size: 10, font: regular });
  page.drawText('Councillor', { x: 50, y: 750, size: 10, font: bold });
  page.drawText('Present', { x: 250, y: 750, size: 10, font: bold });
  page.drawText('Apologies', { x: 350, y: 750, size: 10, font: bold });
  const members: [string, boolean][] = [
    ['Cllr F Abernethy', true],
    ['Cllr G Bellamy', true],
    ['Cllr H Cotterill', false],
    ['Cllr I Dunmore', true],
  ];
  members.forEach(([name, present], n) => {
    const y = 736 - n * 14;
    page.drawText(name, { x: 50, y, size: 10, font: regular });
    page.drawText('✔', { x: present ? 265 : 370, y, size: 10, font: ticks });
  });
  page.drawText('1. Apologies for absence', { x: 50, y: 650, size: 10, font: bold });
  return doc.save();
}

describe('withAttendanceGridsRead', () => {
  it('should give each label of a members’ grid over the names ticked under it, crosses ticking nothing', () => {
    const lines = [
      row(750, [50, 'Member'], [250, 'Present'], [350, 'Absent']),
      row(736, [50, 'Cllr Ann Reed'], [262, '✓']),
      row(722, [50, 'Cllr Bob Hale'], [262, '✗'], [362, '✓']),
      row(708, [50, 'Cllr Dee Fox'], [262, '✓'], [362, '✗']),
      row(680, [50, '1.'], [80, 'Apologies']),
    ];
    expect(withAttendanceGridsRead(lines).map((l) => l.text)).toEqual([
      'Present',
      'Cllr Ann Reed',
      'Cllr Dee Fox',
      'Absent',
      'Cllr Bob Hale',
      '1.\tApologies',
    ]);
  });

  it('should leave a table whose columns name no attendance as it stands', () => {
    const lines = [
      row(750, [50, 'Payee'], [250, 'Amount']),
      row(736, [50, 'Hall hire'], [262, '£24']),
      row(722, [50, 'Clerk'], [262, '£412']),
    ];
    expect(withAttendanceGridsRead(lines)).toEqual(lines);
  });
});

describe('readDocument on a members’ grid', () => {
  it('should read the grid as the members present and those who sent apologies', async () => {
    const read = await readDocument(await gridPdf(), 'minutes.pdf');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.text.split('\n').slice(1, 7)).toEqual([
      'Present',
      'Cllr F Abernethy',
      'Cllr G Bellamy',
      'Cllr I Dunmore',
      'Apologies',
      'Cllr H Cotterill',
    ]);
  });
});
