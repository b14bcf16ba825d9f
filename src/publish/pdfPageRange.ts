import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { AppError } from '../domain/errors.js';

/**
 * Pages `first` to `last` (1-based, inclusive) of a PDF as a PDF of their own: one report of a
 * document pack, as the council's own pages offer it. The range is clamped to the pages there are;
 * a range outside them, or bytes that are not a readable PDF, is an INPUT_INVALID naming `label`.
 */
export async function pdfPageRange(bytes: Uint8Array, first: number, last: number, label: string): Promise<Uint8Array> {
  let source: PDFDocument;
  try {
    source = await PDFDocument.load(bytes, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new AppError('INPUT_INVALID', `${label}: not a readable PDF (${reason})`, { cause: error });
  }
  const count = source.getPageCount();
  const end = Math.min(last, count);
  if (first < 1 || first > end) throw new AppError('INPUT_INVALID', `${label}: has no pages ${first}–${last}`);
  const out = await PDFDocument.create({ updateMetadata: false });
  const indices = Array.from({ length: end - first + 1 }, (_, i) => first - 1 + i);
  for (const page of await out.copyPages(source, indices)) out.addPage(page);
  return out.save();
}
