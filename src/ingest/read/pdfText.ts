import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentBlock } from '../documentBlock.js';
import { DEFAULT_READ_LIMITS, textLimitProblem, type ReadLimits } from '../readLimits.js';
import { withAttendanceGridsRead } from './pdfAttendanceGrid.js';
import { pdfBlocks, type PdfLine } from './pdfBlocks.js';
import { withLabelColumnsUnstacked } from './pdfColumns.js';
import { fromGlyphNumbers, readsByGlyphNumbers } from './pdfGlyphIds.js';
import { inColumnOrder } from './pdfTextColumns.js';

// PDF.js is loaded lazily (see below); only its type is named here.
// eslint-disable-next-line @typescript-eslint/consistent-type-imports
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfJs> | null = null;

/** PDF.js is large; it is loaded once, the first time a PDF is read. */
export function pdfjs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

function standardFontDataUrl(): string {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return `${pathToFileURL(path.join(path.dirname(pkg), 'standard_fonts')).href}/`;
}

export type PdfTextResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly pageStarts: number[];
      readonly title: string | null;
      readonly blocks: DocumentBlock[];
    }
  | { readonly ok: false; readonly problem: string };

interface Item {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly bold: boolean;
}

/** The height most of a line's text is set in. */
function lineHeight(line: readonly Item[]): number {
  return Math.max(...line.map((i) => i.height || 0));
}

/**
 * "15th": a superscript ordinal (or a footnote mark) is set smaller and higher than its line, so sorting by baseline
 * puts it on a line of its own above. Such a line of a few small characters sitting within the next line's height
 * belongs to that line.
 */
function withSuperscriptsJoined(lines: readonly Item[][]): Item[][] {
  const out: Item[][] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const below = lines[n + 1];
    const height = below ? lineHeight(below) : 0;
    const small =
      !!below &&
      height > 0 &&
      line.every((i) => i.str.trim().length <= 3 && (i.height || 0) > 0 && (i.height || 0) < height * 0.8) &&
      line[0]!.y - below[0]!.y > 0 &&
      line[0]!.y - below[0]!.y < height * 0.75 &&
      line.some((i) => below.some((b) => Math.abs(b.x + b.width - i.x) < height));
    if (small) below.push(...line);
    else out.push(line);
  }
  return out;
}

/**
 * Rebuilds a page's lines from positioned text: items on one baseline form a line; wide gaps become tabs so table cells
 * stay apart.
 */
function pageLines(items: readonly Item[]): PdfLine[] {
  // PDF.js inserts blank items for gaps; the gaps are measured from positions instead.
  const sorted = [...items].filter((i) => i.str.trim().length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    const tolerance = Math.max(2, (item.height || 10) * 0.4);
    if (line && Math.abs(line[0]!.y - item.y) <= tolerance) line.push(item);
    else lines.push([item]);
  }
  return inColumnOrder(withSuperscriptsJoined(lines)).map((line) => {
    line.sort((a, b) => a.x - b.x);
    let out = '';
    let end: number | null = null;
    let chars = 0;
    let boldChars = 0;
    // Characters by size: the line's size is the size most of its text is set in, so neither a superscript ("10th")
    // nor a larger bold label opening the line ("Lake – It was...") sets it apart from the paragraph it is part of.
    const bySize = new Map<number, number>();
    // Where the line's leading bold run ends ("Roads – ...").
    let boldLead = 0;
    let leading = true;
    // Where each tab-separated cell starts across the page, so columns can be told apart.
    const cellXs: number[] = [line[0]!.x];
    for (const item of line) {
      if (end !== null) {
        const gap = item.x - end;
        const height = item.height || 10;
        if (gap > height * 1.5) {
          out += '\t';
          cellXs.push(item.x);
        } else if (gap > height * 0.15 && !out.endsWith(' ') && !item.str.startsWith(' ')) out += ' ';
      }
      if (!item.bold) leading = false;
      out += item.str;
      if (leading) boldLead = out.length;
      end = item.x + item.width;
      const n = item.str.trim().length;
      chars += n;
      if (item.bold) boldChars += n;
      const size = Math.round((item.height || 0) * 2) / 2;
      bySize.set(size, (bySize.get(size) ?? 0) + n);
    }
    let size = 0;
    let most = -1;
    for (const [s, n] of bySize) if (n > most || (n === most && s > size)) [size, most] = [s, n];
    const text = out.trimEnd();
    const bold = chars > 0 && boldChars === chars;
    return {
      text,
      y: line[0]!.y,
      x: line[0]!.x,
      size,
      bold,
      runIn: bold ? null : runInEnd(text, boldLead),
      cellXs: text.includes('\t') ? cellXs : undefined,
    };
  });
}

/**
 * The end of a run-in label: a bold run opening a line ("Call to Order – The meeting was...", "Roads: Main has been
 * regraded") followed by a dash or colon, inside the bold or right after it. Null when the line opens otherwise.
 */
function runInEnd(text: string, boldEnd: number): number | null {
  if (boldEnd === 0 || boldEnd >= text.length) return null;
  const label = text.slice(0, boldEnd);
  if (!/\p{L}{2}/u.test(label)) return null;
  const after = /^\s*[–—:-](?=\s)/.exec(text.slice(boldEnd));
  if (!/[–—:-]\s*$/.test(label) && !after) return null;
  return after ? boldEnd + after[0].length : boldEnd;
}

/** The page's fonts whose text comes out as glyph numbers, not characters (see pdfGlyphIds). */
function fontsReadByGlyphNumbers(items: readonly { readonly str: string; readonly fontName: string }[]): Set<string> {
  return new Set(items.filter((i) => readsByGlyphNumbers([i.str])).map((i) => i.fontName));
}

/** Font names say the weight ("Arial-BoldMT"); PDF.js knows them once the page's operators are read. */
function isBoldFont(name: string | undefined): boolean {
  return !!name && /bold|black|heavy|semibold|demi/i.test(name);
}

/**
 * The text of a PDF, page by page with PDF.js: pages joined by form feeds, with the offset at
 * which each page starts. Never throws: an encrypted, damaged or image-only PDF gives a problem.
 */
export async function pdfText(
  bytes: Uint8Array,
  limits: Pick<ReadLimits, 'maxPdfPages' | 'maxTextChars'> = DEFAULT_READ_LIMITS,
): Promise<PdfTextResult> {
  const lib = await pdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    standardFontDataUrl: standardFontDataUrl(),
    verbosity: 0,
    stopAtErrors: false,
    // Text is all Quorum reads: no image is decoded (an image's declared size is no bound on its cost).
    maxImageSize: 0,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > limits.maxPdfPages)
      return { ok: false, problem: `refused: more than the ${limits.maxPdfPages}-page limit (${doc.numPages} pages)` };
    const pages: string[] = [];
    const layout: PdfLine[][] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      // Reading the operators loads the page's fonts, whose names tell bold from regular; without them, no weights.
      const fonts = await page
        .getOperatorList()
        .then(() => true)
        .catch(() => false);
      const bold = new Map<string, boolean>();
      const weightOf = (fontName: string): boolean => {
        if (!fonts) return false;
        if (!bold.has(fontName)) {
          let name: string | undefined;
          try {
            name = (page.commonObjs.get(fontName) as { name?: string } | undefined)?.name;
          } catch {
            name = undefined;
          }
          bold.set(fontName, isBoldFont(name));
        }
        return bold.get(fontName)!;
      };
      const textItems = content.items.flatMap((i) => ('str' in i ? [i] : []));
      const byGlyphNumbers = fontsReadByGlyphNumbers(textItems);
      const items = textItems.map((i) => ({
        str: byGlyphNumbers.has(i.fontName) ? fromGlyphNumbers(i.str) : i.str,
        x: i.transform[4] as number,
        y: i.transform[5] as number,
        width: i.width,
        height: i.height,
        bold: weightOf(i.fontName),
      }));
      const lines = withLabelColumnsUnstacked(withAttendanceGridsRead(pageLines(items)));
      layout.push(lines);
      pages.push(lines.map((l) => l.text).join('\n'));
      page.cleanup();
      chars += pages[pages.length - 1]!.length + 1;
      if (chars > limits.maxTextChars) return { ok: false, problem: textLimitProblem(limits.maxTextChars) };
    }
    const meta = await doc.getMetadata().catch(() => null);
    const info = meta?.info as { Title?: unknown } | undefined;
    await doc.destroy();
    if (pages.every((p) => p.trim() === ''))
      return { ok: false, problem: 'the PDF has no text layer (a scan?); it would need OCR' };
    const pageStarts: number[] = [];
    let offset = 0;
    for (const p of pages) {
      pageStarts.push(offset);
      offset += p.length + 1;
    }
    return {
      ok: true,
      text: pages.join('\f'),
      pageStarts,
      title: typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : null,
      blocks: pdfBlocks(layout, pageStarts),
    };
  } catch (error) {
    const e = error as { name?: string; message?: string };
    if (e.name === 'PasswordException') return { ok: false, problem: 'the PDF is encrypted with a password' };
    if (e.name === 'InvalidPDFException')
      return { ok: false, problem: 'the PDF is damaged or truncated (no valid structure found)' };
    return { ok: false, problem: `the PDF cannot be read: ${e.message ?? String(error)}` };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
