import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { AppError } from '../../domain/errors.js';
import { PdfEncryptedError, PdfFile, PdfRefusedError } from './pdfFile.js';

/** Where a PDF's header may start: readers accept up to 1024 bytes of junk before `%PDF-`. */
const HEADER_WINDOW = 1024;

const encrypted = (label: string): AppError =>
  new AppError('INPUT_INVALID', `${label}: the PDF is encrypted; save an unprotected copy and upload that`);

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/**
 * Reads one part of the pack through its cross-reference data. A file that cannot be read so
 * (a damaged cross-reference table, offsets shifted by an editor, an unusual filter) is
 * repaired first: pdf-lib parses it object by object, ignoring the table, and writes it out
 * clean. Fails with one clear line naming the part (`label`) when the bytes are not a PDF, are
 * encrypted (copying encrypted objects would give garbage), cannot be parsed or have no pages.
 */
export async function loadPartPdf(bytes: Uint8Array, label: string): Promise<PdfFile> {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEADER_WINDOW)).toString('latin1');
  if (!head.includes('%PDF-')) throw new AppError('INPUT_INVALID', `${label}: not a PDF (no %PDF- header)`);
  let file: PdfFile;
  try {
    file = new PdfFile(bytes);
    file.pages();
  } catch (error) {
    if (error instanceof PdfEncryptedError) throw encrypted(label);
    if (error instanceof PdfRefusedError)
      throw new AppError('INPUT_INVALID', `${label}: not a readable PDF (${error.message})`);
    file = await repaired(bytes, label);
  }
  if (file.pages().pages.length === 0) throw new AppError('INPUT_INVALID', `${label}: the PDF has no pages`);
  return file;
}

/**
 * The file re-written by pdf-lib, which parses object by object and ignores the cross-reference
 * data: for a file the copier cannot read as it stands. Fails as loadPartPdf does.
 */
export async function repaired(bytes: Uint8Array, label: string): Promise<PdfFile> {
  let doc: PDFDocument;
  try {
    // Encryption is let through the parser and refused below: pdf-lib's EncryptedPDFError,
    // compiled to ES5, fails instanceof.
    doc = await PDFDocument.load(bytes, {
      parseSpeed: ParseSpeeds.Fastest,
      updateMetadata: false,
      ignoreEncryption: true,
    });
  } catch (error) {
    throw new AppError('INPUT_INVALID', `${label}: not a readable PDF (${firstLine(error)})`, { cause: error });
  }
  if (doc.isEncrypted) throw encrypted(label);
  if (doc.getPageCount() === 0) throw new AppError('INPUT_INVALID', `${label}: the PDF has no pages`);
  try {
    const file = new PdfFile(await doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY }));
    file.pages();
    return file;
  } catch (error) {
    throw new AppError('INPUT_INVALID', `${label}: not a readable PDF (${firstLine(error)})`, { cause: error });
  }
}
