import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A PDF whose page N says "This is page N". */
export async function numberedPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++)
    doc.addPage([300, 300]).drawText(`This is page ${n}`, { x: 20, y: 200, font, size: 14 });
  return doc.save();
}
