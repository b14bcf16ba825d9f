// Regenerates the PDF fixtures under test/fixtures/documents with pdf-lib (and qpdf for the
// encrypted ones): `npx tsx scripts/make-pdf-fixtures.ts`. The councils and people are invented.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { degrees, PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test/fixtures/documents');

/** One line of a page: plain text, cells split by tabs drawn at column positions, or a blank. */
type Line = string | { readonly text: string; readonly size?: number; readonly bold?: boolean; readonly columns?: readonly number[]; readonly sup?: string };

interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

const FIXED_DATE = new Date('2024-07-01T09:00:00Z');

async function newDoc(title: string): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setProducer('quorum make-pdf-fixtures');
  doc.setCreator('quorum');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  return { doc, fonts: { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) } };
}

function drawLines(page: PDFPage, fonts: Fonts, lines: readonly Line[], footer: string | null): void {
  let y = page.getHeight() - 60;
  for (const raw of lines) {
    const line = typeof raw === 'string' ? { text: raw } : raw;
    const size = line.size ?? 11;
    const font = line.bold ? fonts.bold : fonts.regular;
    const columns = line.columns ?? [50, 130, 430];
    line.text.split('\t').forEach((cell, k) => {
      if (cell !== '') page.drawText(cell, { x: columns[k] ?? 50 + k * 150, y, size, font });
      if (line.sup && k === 0) page.drawText(line.sup, { x: columns[0]! + font.widthOfTextAtSize(cell, size) + 0.5, y: y + size * 0.35, size: size * 0.6, font });
    });
    y -= size * 1.6;
  }
  if (footer) page.drawText(footer, { x: page.getWidth() / 2 - 15, y: 30, size: 9, font: fonts.regular });
}

async function save(doc: PDFDocument, name: string): Promise<Uint8Array> {
  const bytes = await doc.save({ useObjectStreams: false });
  fs.writeFileSync(path.join(OUT, name), bytes);
  return bytes;
}

/** Three pages of minutes with a known phrase on each. */
async function minutes(): Promise<Uint8Array> {
  const { doc, fonts } = await newDoc('Microsoft Word - Minutes of the Harbourside Licensing Committee.docx');
  const pages: Line[][] = [
    [{ text: 'Harbourside Borough Council', bold: true, size: 14 }, 'Licensing Committee', '', 'Minutes of the meeting held on 12 March 2025 at 6.30 pm', '', 'Present: Councillors A Lovelace (Chair), T Brown, R Okafor', 'Apologies: Councillor S Patel', '', { text: '41\tApologies for Absence', bold: true }, 'Apologies were received from Councillor S Patel.'],
    [{ text: '42\tTaxi Licensing Policy Review', bold: true }, 'The Licensing Manager presented the report on the draft policy.', 'Members asked about wheelchair accessible vehicles.', '', 'RESOLVED to approve the draft policy for consultation.'],
    [{ text: '43\tDate of Next Meeting', bold: true }, 'The next meeting will be held on 9 April 2025.', '', 'The meeting closed at 7.45 pm.'],
  ];
  pages.forEach((lines, n) => drawLines(doc.addPage([595, 842]), fonts, lines, `Page ${n + 1}`));
  return save(doc, 'minutes-3-pages.pdf');
}

/** A table of cells, a superscript, a faked-bold heading, and a landscape page rotated by /Rotate. */
async function tableLayout(): Promise<void> {
  const { doc, fonts } = await newDoc('Attendance and work programme');
  const page = doc.addPage([595, 842]);
  drawLines(page, fonts, [
    { text: 'Attendance record 2024/25', bold: true, size: 14 },
    '',
    { text: 'Councillor\tJune\tJuly', bold: true, columns: [50, 300, 420] },
    { text: 'A Lovelace\tPresent\tApologies', columns: [50, 300, 420] },
    { text: 'T Brown\tPresent\tPresent', columns: [50, 300, 420] },
    '',
    { text: 'Ofsted 2', sup: 'nd' },
  ], null);
  // Bold faked by overprinting, as some word processors do.
  for (const dx of [0, 0.3]) page.drawText('Overprinted Heading', { x: 50 + dx, y: 500, size: 12, font: fonts.regular });
  const landscape = doc.addPage([595, 842]);
  landscape.setRotation(degrees(90));
  // With /Rotate 90 the page shows turned clockwise; text drawn at 90 degrees reads upright on screen.
  const rows = ['Date\tItem\tLead officer', '9 October\tHousing Strategy\tDirector of Housing', '13 November\tBudget Scrutiny\tChief Finance Officer'];
  rows.forEach((row, n) => row.split('\t').forEach((cell, k) => landscape.drawText(cell, { x: 60 + n * 20, y: 60 + k * 230, size: 11, font: fonts.regular, rotate: degrees(90) })));
  await save(doc, 'table-layout.pdf');
}

/** Pages with only drawings, as a scan without OCR would be. */
async function imageOnly(): Promise<void> {
  const { doc } = await newDoc('Scanned minutes');
  for (let n = 0; n < 2; n++) {
    const page = doc.addPage([595, 842]);
    for (let k = 0; k < 20; k++) page.drawRectangle({ x: 50, y: 780 - k * 30, width: 300 + ((k * 37) % 150), height: 8, color: rgb(0.2, 0.2, 0.2) });
  }
  await save(doc, 'image-only.pdf');
}

function stamp(n: number): string {
  return `Page ${n}`;
}

/** A document pack: front sheet, minutes, a report with a metadata table and an appendix, a report with a letter, the work programme. */
async function pack(): Promise<void> {
  const { doc, fonts } = await newDoc('Agenda Document for Housing and Communities Scrutiny Panel, 10/09/2024 18:00');
  const agendaColumns = [50, 80, 470];
  const pages: Line[][] = [
    [
      { text: 'Public Document Pack', size: 9 },
      { text: 'Harbourside Borough Council', bold: true, size: 14 },
      'Housing and Communities Scrutiny Panel',
      'Date: Tuesday, 10 September 2024',
      'Time: 6.00 pm',
      'Venue: Council Chamber, Civic Centre, Harbourside',
      '',
      { text: '1\tApologies for Absence', columns: agendaColumns },
      { text: '2\tDeclarations of Interest', columns: agendaColumns },
      { text: '3\tMinutes\t3 - 4', columns: agendaColumns },
      { text: '\tTo confirm the minutes of the meeting held on 4 June 2024', columns: agendaColumns },
      { text: '4\tHomelessness Prevention Strategy\t5 - 7', columns: agendaColumns },
      { text: '\tReport of the Director of Housing', columns: agendaColumns },
      { text: '5\tTenant Satisfaction Measures\t8 - 9', columns: agendaColumns },
      { text: '6\tWork Programme\t10', columns: agendaColumns },
    ],
    ['Members of the public are welcome to attend this meeting.', 'Contact: Democratic Services, 01234 567890'],
    [
      'Harbourside Borough Council',
      'Housing and Communities Scrutiny Panel',
      'Minutes of the meeting held on 4 June 2024 at 6.00 pm',
      '',
      'Present: Councillors M Moss (Chair), P Quinn, J Ward',
      '',
      { text: '12\tApologies for Absence', bold: true },
      'None.',
      { text: '13\tDamp and Mould in Council Homes', bold: true },
      'The Head of Repairs presented the report.',
    ],
    ['RESOLVED to note the report and ask for an update in six months.', '', { text: '14\tWork Programme', bold: true }, 'The Panel noted its work programme.'],
    [
      { text: 'Meeting:\tHousing and Communities Scrutiny Panel', columns: [50, 200] },
      { text: 'Date:\t10 September 2024', columns: [50, 200] },
      { text: 'Report title:\tHomelessness Prevention Strategy 2024-2029', columns: [50, 200] },
      { text: 'Report author:\tKay Lindqvist, Housing Options Manager', columns: [50, 200] },
      { text: 'Portfolio Holder:\tCouncillor R Hale, Housing', columns: [50, 200] },
      { text: 'Wards affected:\tAll', columns: [50, 200] },
      '',
      '1. Purpose of the report',
      'To ask the Panel to comment on the draft strategy before Cabinet adopts it.',
    ],
    ['2. Background', 'Homelessness applications rose by 14 per cent in 2023/24.', 'Appendix A sets out the action plan for the first year.'],
    [{ text: 'Appendix A - Action Plan 2024/25', bold: true }, '', { text: 'Action\tLead\tBy', columns: [50, 300, 450] }, { text: 'Open a youth hub\tHousing Options\tMarch 2025', columns: [50, 300, 450] }],
    ['Housing and Communities Scrutiny Panel 10 September 2024', '', { text: 'Tenant Satisfaction Measures', bold: true }, 'Report of the Head of Housing Management', '', '1. The Regulator has written to the Council about its first returns.'],
    [
      'Regulator of Social Housing',
      'Level 2, 7-8 Wellington Place, Leeds LS1 4AP',
      '',
      '2 August 2024',
      '',
      'Dear Councillor Moss',
      '',
      'Tenant satisfaction measures: first returns',
      'Thank you for your return, which we received on time and have now published.',
      'Yours sincerely',
    ],
    [{ text: 'Housing and Communities Scrutiny Panel Work Programme 2024/25', bold: true }, '', { text: 'Date\tItems', columns: [50, 200] }, { text: '12 November 2024\tAllocations Policy', columns: [50, 200] }, { text: '14 January 2025\tBudget', columns: [50, 200] }],
  ];
  pages.forEach((lines, n) => drawLines(doc.addPage([595, 842]), fonts, lines, n >= 2 ? stamp(n + 1) : null));
  await save(doc, 'pack-10-pages.pdf');
}

/** A bigger pack for measuring speed: 60 pages of dense prose. */
async function speedPack(): Promise<void> {
  const { doc, fonts } = await newDoc('Speed test pack');
  const words = 'the committee considered the report of the director on housing repairs and asked officers to bring an update'.split(' ');
  for (let n = 0; n < 60; n++) {
    const lines: Line[] = Array.from({ length: 45 }, (_, k) => Array.from({ length: 14 }, (_, w) => words[(n * 7 + k * 3 + w) % words.length]).join(' '));
    drawLines(doc.addPage([595, 842]), fonts, lines, stamp(n + 1));
  }
  await save(doc, 'speed-60-pages.pdf');
}

function qpdf(args: string[]): boolean {
  try {
    execFileSync('qpdf', args, { stdio: 'pipe' });
    return true;
  } catch (error) {
    // qpdf exits 3 for warnings with a good output file.
    return (error as { status?: number }).status === 3;
  }
}

fs.mkdirSync(OUT, { recursive: true });
const minutesBytes = await minutes();
// Cut where a download would stop: mid-file, before the cross-reference table and %%EOF.
fs.writeFileSync(path.join(OUT, 'truncated.pdf'), minutesBytes.slice(0, Math.floor(minutesBytes.length * 0.55)));
await tableLayout();
await imageOnly();
await pack();
await speedPack();
const plain = path.join(OUT, 'minutes-3-pages.pdf');
if (!qpdf(['--encrypt', 'user-secret', 'owner-secret', '256', '--', plain, path.join(OUT, 'encrypted-user-password.pdf')])) console.warn('qpdf is missing (apt-get install qpdf): encrypted fixtures not made');
qpdf(['--encrypt', '', 'owner-secret', '256', '--print=none', '--', plain, path.join(OUT, 'encrypted-owner-only.pdf')]);
console.log(`fixtures written to ${OUT}`);
