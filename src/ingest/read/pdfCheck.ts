import { DEFAULT_READ_LIMITS, type ReadLimits } from '../readLimits.js';
import { pdfPreflight } from './pdfPreflight.js';
import { pdfjs } from './pdfText.js';

export type PdfCheck =
  { readonly ok: true; readonly pageCount: number } | { readonly ok: false; readonly problem: string };

const MAGIC = '%PDF-';

/**
 * Whether `bytes` are a PDF that opens, judged from the bytes alone (never a file name or a
 * browser's Content-Type): the `%PDF-` signature at the start, streams within the decode limits
 * (no compression bomb), and a parse by PDF.js that finds at least one page. Never throws.
 */
export async function checkPdf(
  bytes: Uint8Array,
  limits: Pick<ReadLimits, 'maxPdfPages' | 'maxPdfStreamBytes' | 'maxPdfDecodedBytes'> = DEFAULT_READ_LIMITS,
): Promise<PdfCheck> {
  if (Buffer.from(bytes.subarray(0, MAGIC.length)).toString('latin1') !== MAGIC)
    return { ok: false, problem: 'it is not a PDF (its bytes do not start with %PDF-)' };
  const preflight = await pdfPreflight(bytes, limits);
  if (!preflight.ok) return preflight;
  const lib = await pdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
    maxImageSize: 0,
  });
  try {
    const doc = await task.promise;
    const pageCount = doc.numPages;
    await doc.destroy();
    if (pageCount < 1) return { ok: false, problem: 'the PDF has no pages' };
    if (pageCount > limits.maxPdfPages)
      return { ok: false, problem: `the PDF has more than ${limits.maxPdfPages} pages (${pageCount})` };
    return { ok: true, pageCount };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const reason =
      error instanceof Error && /password/i.test(error.message) ? 'it is protected by a password' : 'it is damaged';
    return { ok: false, problem: `the PDF cannot be opened: ${reason}` };
  }
}
