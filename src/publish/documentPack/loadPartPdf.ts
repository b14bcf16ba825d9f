import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { AppError } from '../../domain/errors.js';

/** Where a PDF's header may start: readers accept up to 1024 bytes of junk before `%PDF-`. */
const HEADER_WINDOW = 1024;

/**
 * Reads one part of the pack. Fails with one clear line naming the part (`label`) when the
 * bytes are not a PDF, are encrypted (pdf-lib cannot decrypt, and copying encrypted pages would
 * give garbage), cannot be parsed or have no pages.
 */
export async function loadPartPdf(bytes: Uint8Array, label: string): Promise<PDFDocument> {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEADER_WINDOW)).toString('latin1');
  if (!head.includes('%PDF-')) throw new AppError('INPUT_INVALID', `${label}: not a PDF (no %PDF- header)`);
  let doc: PDFDocument;
  try {
    // Fastest: parse without yielding every 100 objects (each yield is a timer tick, which
    // made loading a 20-page report several times slower). Encryption is let through the
    // parser and refused below: pdf-lib's EncryptedPDFError, compiled to ES5, fails instanceof.
    doc = await PDFDocument.load(bytes, {
      parseSpeed: ParseSpeeds.Fastest,
      updateMetadata: false,
      ignoreEncryption: true,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new AppError('INPUT_INVALID', `${label}: not a readable PDF (${reason})`, { cause: error });
  }
  if (doc.isEncrypted) {
    throw new AppError('INPUT_INVALID', `${label}: the PDF is encrypted; save an unprotected copy and upload that`);
  }
  if (doc.getPageCount() === 0) throw new AppError('INPUT_INVALID', `${label}: the PDF has no pages`);
  return doc;
}
