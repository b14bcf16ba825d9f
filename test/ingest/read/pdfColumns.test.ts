import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { withLabelColumnsUnstacked } from '../../../src/ingest/read/pdfColumns.js';
import { readDocument } from '../../../src/ingest/read/readDocument.js';
import { cellRowsIn } from './pdfCellRow.js';

/** A line of cells, each at its own x, set 15 points below the one above. */
const row = cellRowsIn({ size: 11, bold: true });

describe('withLabelColumnsUnstacked', () => {
  it('should read a table of attendance labels column by column, the entries no longer bold', () => {
    const lines = [
      row(700, [70, 'Present:'], [250, 'Members of the Public:'], [400, 'Apologies:']),
      row(685, [70, 'Ann Reed (AR) CHAIR'], [250, 'Tom Lane'], [400, 'Sue Park']),
      row(670, [70, 'Bob Hale (BH)'], [250, 'Kim West']),
      row(655, [70, 'Dee Fox (DF) CLERK']),
      row(625, [70, '01.24.01'], [140, 'Apologies']),
    ];
    const out = withLabelColumnsUnstacked(lines);
    expect(out.map((l) => [l.text, l.bold])).toEqual([
      ['Present:', true],
      ['Ann Reed (AR) CHAIR', false],
      ['Bob Hale (BH)', false],
      ['Dee Fox (DF) CLERK', false],
      ['Members of the Public:', true],
      ['Tom Lane', false],
      ['Kim West', false],
      ['Apologies:', true],
      ['Sue Park', false],
      ['01.24.01\tApologies', true],
    ]);
  });

  it('should read attendance labels without their colons ("Councillors present   Apologies") column by column', () => {
    const lines = [
      row(700, [70, 'Councillors present'], [320, 'Apologies']),
      row(685, [70, 'Cllr Ann Reed (Chair)'], [320, 'Cllr Sue Park']),
      row(670, [70, 'Cllr Bob Hale'], [320, 'Cllr Kim West']),
      row(655, [70, 'Cllr Dee Fox']),
      row(625, [70, '1.'], [140, 'Apologies for absence']),
    ];
    expect(withLabelColumnsUnstacked(lines).map((l) => l.text)).toEqual([
      'Councillors present',
      'Cllr Ann Reed (Chair)',
      'Cllr Bob Hale',
      'Cllr Dee Fox',
      'Apologies',
      'Cllr Sue Park',
      'Cllr Kim West',
      '1.\tApologies for absence',
    ]);
  });

  it('should leave labels with their values beside them as they stand', () => {
    const lines = [
      row(700, [70, 'Present:'], [250, 'Cllr Ann Reed']),
      row(685, [250, 'Cllr Bob Hale']),
      row(670, [70, 'Apologies:'], [250, 'Cllr Sue Park']),
      row(655, [70, 'Absent:'], [250, 'Cllr Tom Lane']),
    ];
    expect(withLabelColumnsUnstacked(lines).map((l) => l.text)).toEqual(lines.map((l) => l.text));
  });

  it('should leave a table whose header holds no label, or whose cells hold figures, as it stands', () => {
    const payments = [
      row(700, [70, 'Payee'], [250, 'Detail'], [400, 'Total']),
      row(685, [70, 'Ann Reed'], [250, 'Salary'], [400, '85.20']),
      row(670, [70, 'HMRC'], [250, 'Tax'], [400, '16.80']),
    ];
    expect(withLabelColumnsUnstacked(payments)).toEqual(payments);
  });
});

/** Minutes whose attendance stands in three columns under labels, as a clerk's word processor sets it. */
async function columnAttendancePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  const at = (text: string, x: number, y: number, font = bold): void => page.drawText(text, { x, y, size: 11, font });
  at('MINUTES OF THE HOLTBY PARISH COUNCIL MEETING', 120, 780);
  [
    ['Present:', 'Members of the Public:', 'Apologies:'],
    ['Ann Reed (AR) CHAIR', 'Tom Lane', 'Sue Park'],
    ['Bob Hale (BH)', 'Kim West', ''],
  ].forEach((cells, n) => cells.forEach((c, k) => c && at(c, [70, 250, 400][k]!, 740 - n * 15)));
  at('01.24.01', 70, 690);
  at('Apologies', 140, 690);
  at('Apologies were received from Sue Park.', 140, 675, regular);
  return doc.save();
}

describe('readDocument on a PDF with attendance in columns', () => {
  it('should give each label its own names, in the text and in the blocks', async () => {
    const read = await readDocument(await columnAttendancePdf(), 'minutes.pdf');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.text).toContain('Present:\nAnn Reed (AR) CHAIR\nBob Hale (BH)\nMembers of the Public:\nTom Lane');
    expect(read.text).toContain('Apologies:\nSue Park\n01.24.01');
    const slice = (b: { span: { start: number; end: number } }): string => read.text.slice(b.span.start, b.span.end);
    const names = read.blocks.find((b) => slice(b).startsWith('Ann Reed'));
    expect(names && [names.kind, slice(names)]).toEqual(['paragraph', 'Ann Reed (AR) CHAIR\nBob Hale (BH)']);
  });
});
