import type { MediaType } from '../domain/sourceDocument.js';
import { parseText } from './minutes/parseText.js';
import { packParts } from './packParts.js';
import type { ParsedDocument } from './parsedDocument.js';
import { readDocument } from './read/readDocument.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './readLimits.js';

export type ParsedBytes =
  | {
      readonly ok: true;
      readonly mediaType: MediaType;
      readonly title: string | null;
      readonly document: ParsedDocument;
    }
  | { readonly ok: false; readonly problem: string };

/**
 * Reads a document's bytes (PDF, HTML or text) and parses what it says, storing nothing.
 * Never throws: a document that cannot be read, or is over a limit, gives one line naming the problem.
 */
export async function parseDocumentBytes(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<ParsedBytes> {
  const read = await readDocument(bytes, fileName, limits);
  if (!read.ok) return { ok: false, problem: read.problem };
  const parsed = parseText(read.text, { pageStarts: read.pageStarts, blocks: read.blocks });
  const document: ParsedDocument = {
    ...parsed,
    blocks: read.blocks,
    parts: partsOf(read.text, read.pageStarts, parsed),
    warnings: [...read.warnings.map((message) => ({ message, span: null })), ...parsed.warnings],
  };
  return { ok: true, mediaType: read.mediaType, title: read.title, document };
}

/** A document pack has an agenda with page ranges; only then is it split into parts. */
function partsOf(text: string, pageStarts: readonly number[], parsed: ParsedDocument): ParsedDocument['parts'] {
  const sheet = parsed.meetings.find((m) => m.items.some((i) => i.pages));
  if (!sheet) return [];
  // The papers follow the front sheet: they start where the next meeting's minutes do, or after the sheet's last item.
  const next = parsed.meetings.find((m) => m !== sheet && (m.span?.start ?? 0) > (sheet.span?.start ?? 0));
  const lastItem = sheet.items[sheet.items.length - 1]?.span?.end ?? 0;
  return packParts(text, pageStarts, sheet.items, next?.span?.start ?? lastItem, sheet.date?.value ?? null);
}
