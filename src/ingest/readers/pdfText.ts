import { createRequire } from 'node:module';
import path from 'node:path';
import { pageLines, type PlacedText } from './pdfLines.js';
import { joinPages } from './pages.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

export type PdfTextResult =
  | { readonly ok: true; readonly text: string; readonly pageStarts: number[]; readonly title: string | null; readonly warnings: string[] }
  | { readonly ok: false; readonly problem: string };

let loaded: Promise<PdfJs> | null = null;

/** PDF.js is large: loaded once, the first time a PDF is read, and shared by every read after. */
function pdfjs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

/** PDF.js in Node reads its font and CMap data with fs, so it needs directory paths, not URLs; nothing is fetched. */
function dataDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: `${path.join(root, 'cmaps')}${path.sep}`, standardFontDataUrl: `${path.join(root, 'standard_fonts')}${path.sep}` };
}

/** A PDF that stops before its end-of-file marker was cut off in download or upload. */
function endsProperly(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes('%%EOF');
}

async function placedText(page: PdfPage): Promise<PlacedText[]> {
  const lib = await pdfjs();
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const out: PlacedText[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    // Into display space, so rotated pages (landscape tables) read top to bottom like the others.
    const t = lib.Util.transform(viewport.transform, item.transform) as number[];
    out.push({ str: item.str, x: t[4]!, y: t[5]!, width: item.width, size: Math.hypot(t[2]!, t[3]!) || item.height || 10 });
  }
  return out;
}

/** Many council PDFs carry the name of the file they were printed from as their title. */
function cleanTitle(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const title = raw
    .replace(/^Microsoft (Word|PowerPoint|Excel) - /i, '')
    .replace(/\.(docx?|pptx?|xlsx?|rtf|odt)$/i, '')
    .trim();
  return title === '' || /^untitled$/i.test(title) ? null : title;
}

async function readPages(doc: PdfDocument): Promise<string[]> {
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    try {
      pages.push(pageLines(await placedText(page)));
    } finally {
      page.cleanup();
    }
  }
  return pages;
}

function problemOf(error: unknown, complete: boolean): string {
  const e = error as { name?: string; message?: string } | null;
  if (e?.name === 'PasswordException') return 'the PDF is encrypted with a password; it cannot be read without it';
  if (!complete) return 'the PDF is truncated: it ends before its end-of-file marker, and what is there cannot be read';
  if (e?.name === 'InvalidPDFException') return 'the PDF is damaged: no valid PDF structure was found';
  return `the PDF cannot be read: ${e?.message ?? String(error)}`.replace(/\s+/g, ' ');
}

function withDeadline<T>(work: Promise<T>, ms: number, onLate: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onLate();
      reject(new Error(`reading took longer than ${Math.round(ms / 1000)} s`));
    }, ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * The text of a PDF, page by page: pages joined by form feeds, with the offset at which each
 * page starts. Never throws: an encrypted, truncated, damaged or image-only PDF gives a problem.
 */
export async function pdfText(bytes: Uint8Array, deadlineMs = 120_000): Promise<PdfTextResult> {
  const complete = endsProperly(bytes);
  let task: ReturnType<PdfJs['getDocument']> | null = null;
  try {
    const lib = await pdfjs();
    task = lib.getDocument({
      // A copy, and a plain Uint8Array: PDF.js detaches the buffer it is given and refuses Node Buffers.
      data: new Uint8Array(bytes),
      ...dataDirs(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: lib.VerbosityLevel.ERRORS,
    });
    const loading = task;
    const doc = await withDeadline(loading.promise, deadlineMs, () => void loading.destroy());
    const pages = await withDeadline(readPages(doc), deadlineMs, () => void doc.destroy());
    const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    await doc.destroy();
    return finish(pages, cleanTitle(info?.Title), complete, doc.numPages);
  } catch (error) {
    return { ok: false, problem: problemOf(error, complete) };
  } finally {
    await task?.destroy().catch(() => undefined);
  }
}

function finish(pages: string[], title: string | null, complete: boolean, numPages: number): PdfTextResult {
  if (pages.every((p) => p.trim() === '')) {
    if (!complete) return { ok: false, problem: 'the PDF is truncated: it ends before its end-of-file marker, and no text could be read from it' };
    return { ok: false, problem: `the PDF has no text layer (${numPages === 1 ? 'its page is' : `its ${numPages} pages are`} images, probably scanned); it would need OCR` };
  }
  const warnings: string[] = [];
  if (!complete) warnings.push('the PDF is truncated (no end-of-file marker); the text read may be incomplete');
  const empty = pages.filter((p) => p.trim() === '').length;
  if (empty > 0) warnings.push(`${empty} of ${pages.length} pages have no text layer (scanned pages?)`);
  const { text, pageStarts } = joinPages(pages);
  return { ok: true, text, pageStarts, title, warnings };
}
