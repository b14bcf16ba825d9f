import { decodeText } from './decodeText.js';
import { declaredCharset } from './htmlCharset.js';
import { htmlText } from './htmlText.js';
import { splitFormFeeds } from './pages.js';
import { pdfText } from './pdfText.js';
import { looksLikeHtml, sniff, unprintableShare } from './sniff.js';

export type ReadMediaType = 'application/pdf' | 'text/html' | 'text/plain';

export type ReadResult =
  | { readonly ok: true; readonly mediaType: ReadMediaType; readonly text: string; readonly pageStarts: number[]; readonly title: string | null; readonly warnings: string[] }
  | { readonly ok: false; readonly problem: string };

/** Above this share of unprintable characters, "text" is really binary data. */
const BINARY_SHARE = 0.02;

function extensionOf(fileName: string): string {
  return /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
}

/** The name is only a hint, but when it disagrees with the content the user should hear of it. */
function nameWarning(fileName: string, mediaType: ReadMediaType): string[] {
  const ext = extensionOf(fileName);
  const expected: Record<string, ReadMediaType> = { pdf: 'application/pdf', html: 'text/html', htm: 'text/html', txt: 'text/plain' };
  const named = expected[ext];
  if (!named || named === mediaType || (named === 'text/plain' && mediaType === 'text/html')) return [];
  const what = { 'application/pdf': 'a PDF', 'text/html': 'an HTML page', 'text/plain': 'plain text' }[mediaType];
  return [`the file is named .${ext} but holds ${what}; it was read as ${what}`];
}

async function readPdf(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const pdf = await pdfText(bytes);
  if (!pdf.ok) return pdf;
  return { ok: true, mediaType: 'application/pdf', text: pdf.text, pageStarts: pdf.pageStarts, title: pdf.title, warnings: [...nameWarning(fileName, 'application/pdf'), ...pdf.warnings] };
}

function readTextual(bytes: Uint8Array, fileName: string): ReadResult {
  const declared = declaredCharset(bytes);
  const decoded = decodeText(bytes, declared);
  if (unprintableShare(decoded.text) > BINARY_SHARE) return { ok: false, problem: 'the file is binary data, not a PDF, an HTML page or text' };
  const decodeWarnings = decoded.warning ? [decoded.warning] : [];
  if (looksLikeHtml(decoded.text, fileName)) {
    const html = htmlText(decoded.text);
    if (html.text === '') return { ok: false, problem: 'the HTML page has no text (only markup, scripts or navigation)' };
    return { ok: true, mediaType: 'text/html', text: html.text, pageStarts: [], title: html.title, warnings: [...nameWarning(fileName, 'text/html'), ...decodeWarnings] };
  }
  const plain = decoded.text.replace(/\r\n?/g, '\n');
  if (plain.trim() === '') return { ok: false, problem: 'the file holds only white space' };
  const { text, pageStarts } = splitFormFeeds(plain);
  return { ok: true, mediaType: 'text/plain', text, pageStarts, title: null, warnings: [...nameWarning(fileName, 'text/plain'), ...decodeWarnings] };
}

/**
 * Turns a document's bytes into text, trusting the content over the file name: a PDF by its
 * signature, HTML by its tags, otherwise text. Never throws; a document that cannot be read
 * gives one line naming the problem.
 */
export async function readDocument(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  try {
    if (bytes.length === 0) return { ok: false, problem: 'the file is empty (0 bytes)' };
    const sniffed = sniff(bytes);
    if (sniffed.kind === 'pdf') return await readPdf(bytes, fileName);
    if (sniffed.kind === 'binary') return { ok: false, problem: `the file is ${sniffed.what}, not a PDF, an HTML page or text` };
    return readTextual(bytes, fileName);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `the document cannot be read: ${message}`.replace(/\s+/g, ' ') };
  }
}
