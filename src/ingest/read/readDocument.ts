import type { MediaType } from '../../domain/sourceDocument.js';
import { controlCharShare, decodeText } from './decodeText.js';
import { declaredCharset, htmlText } from './htmlText.js';
import { isTextWithHtml } from './embeddedHtml.js';
import { DEFAULT_READ_LIMITS, textLimitProblem, type ReadLimits } from '../readLimits.js';
import { pdfPreflight } from './pdfPreflight.js';
import { pdfText } from './pdfText.js';
import { textBlocks } from './textBlocks.js';
import type { DocumentBlock } from '../documentBlock.js';

export type ReadResult =
  | {
      readonly ok: true;
      readonly mediaType: MediaType;
      readonly text: string;
      readonly pageStarts: number[];
      readonly title: string | null;
      readonly warnings: string[];
      /** The layout the reader found: headings, paragraphs, list items, tables, page headers and footers. */
      readonly blocks: DocumentBlock[];
    }
  | { readonly ok: false; readonly problem: string };

const PDF_MAGIC = '%PDF-';

function looksLikeHtml(head: string): boolean {
  return /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]|<(p|div|table|h1|h2)[\s>]/i.test(head);
}

/**
 * Turns a document's bytes into text, trusting the content over the file name: PDF by its
 * signature, HTML by its tags, otherwise text. Never throws; a document that cannot be read
 * gives one line naming the problem.
 */
export async function readDocument(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<ReadResult> {
  try {
    if (bytes.length === 0) return { ok: false, problem: 'the file is empty' };
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    if (head.includes(PDF_MAGIC) && head.indexOf(PDF_MAGIC) < 1024) {
      const preflight = await pdfPreflight(bytes, limits);
      if (!preflight.ok) return preflight;
      const pdf = await pdfText(bytes, limits);
      return pdf.ok
        ? {
            ok: true,
            mediaType: 'application/pdf',
            text: pdf.text,
            pageStarts: pdf.pageStarts,
            title: pdf.title,
            warnings: [],
            blocks: pdf.blocks,
          }
        : pdf;
    }
    if (/\.pdf$/i.test(fileName))
      return { ok: false, problem: 'the file is named .pdf but is not a PDF (no %PDF- signature)' };
    // Refused before decoding when the bytes alone hold too many characters: decoding would cost memory first.
    if (leastCharacters(bytes) > limits.maxTextChars)
      return { ok: false, problem: textLimitProblem(limits.maxTextChars) };
    const decoded = decodeText(bytes, looksLikeHtml(head) ? declaredCharset(head) : null);
    if (decoded.text.length > limits.maxTextChars) return { ok: false, problem: textLimitProblem(limits.maxTextChars) };
    if (controlCharShare(decoded.text) > 0.05)
      return { ok: false, problem: 'the file is binary, not a PDF, HTML or text document' };
    const warnings = decoded.warning ? [decoded.warning] : [];
    if (looksLikeHtml(decoded.text.slice(0, 4096)) || /\.html?$/i.test(fileName)) {
      const html = htmlText(decoded.text, { keepTextLines: isTextWithHtml(decoded.text, fileName) });
      if (!html.text.trim()) return { ok: false, problem: 'the HTML page has no text' };
      return {
        ok: true,
        mediaType: 'text/html',
        text: html.text,
        pageStarts: [],
        title: html.title,
        warnings,
        blocks: html.blocks,
      };
    }
    if (!decoded.text.trim()) return { ok: false, problem: 'the file is empty (only white space)' };
    const text = decoded.text.replace(/\r\n?/g, '\n');
    return { ok: true, mediaType: 'text/plain', text, pageStarts: [], title: null, warnings, blocks: textBlocks(text) };
  } catch (error) {
    return { ok: false, problem: `the document cannot be read: ${(error as Error).message}` };
  }
}

/**
 * The fewest characters the bytes can decode to: UTF-16 (with its byte-order mark) takes two bytes a
 * character; in UTF-8 every byte but a continuation byte starts one, and in Windows-1252 every byte is one.
 */
function leastCharacters(bytes: Uint8Array): number {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return Math.floor((bytes.length - 2) / 2);
  let starts = 0;
  for (const b of bytes) if (b < 0x80 || b > 0xbf) starts++;
  return starts;
}
