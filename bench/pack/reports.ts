import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

const SENTENCES = [
  'The committee is asked to note the progress made since the last monitoring visit.',
  'Officers will report back on the recruitment of social workers in the new year.',
  'The budget position at the end of the second quarter shows a forecast overspend.',
  'Members asked how the service would measure the effect of the changes on families.',
  'The improvement plan sets out the actions agreed with the Department for Education.',
];

/**
 * A report of `pages` A4 pages as a word processor would export it: a heading, 45 lines of body
 * text in two fonts, a table's rules and a page footer, so pages carry real content streams and
 * shared font resources.
 */
export async function makeReport(name: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(name);
  const regular = doc.embedStandardFont(StandardFonts.TimesRoman);
  const bold = doc.embedStandardFont(StandardFonts.HelveticaBold);
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`${name}: section ${n}`, { x: 72, y: 780, size: 16, font: bold });
    for (let line = 0; line < 45; line++) {
      page.drawText(`${line + 1}. ${SENTENCES[(n + line) % SENTENCES.length]}`, {
        x: 72,
        y: 750 - line * 14,
        size: 10,
        font: regular,
      });
    }
    for (let row = 0; row < 6; row++) {
      page.drawLine({
        start: { x: 72, y: 110 - row * 8 },
        end: { x: 523, y: 110 - row * 8 },
        thickness: 0.5,
        color: rgb(0.3, 0.3, 0.3),
      });
    }
    page.drawText(`${name} - ${n}`, { x: 72, y: 40, size: 8, font: regular });
  }
  return doc.save();
}
