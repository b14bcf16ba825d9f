import type { MediaType } from '../domain/sourceDocument.js';
import { agendaFromFrontSheet, splitPack } from './pack/splitPack.js';
import type { ParsedDocument } from './parsedDocument.js';
import { readDocument } from './readers/readDocument.js';
import { parseText } from './text/parseText.js';

export type ParsedBytes =
  | { readonly ok: true; readonly mediaType: MediaType; readonly title: string | null; readonly document: ParsedDocument }
  | { readonly ok: false; readonly problem: string };

/**
 * Reads a document's bytes (PDF, HTML or text) and parses what it says, storing nothing.
 * Never throws: a document that cannot be read gives one line naming the problem.
 */
export async function parseDocumentBytes(bytes: Uint8Array, fileName: string): Promise<ParsedBytes> {
  const read = await readDocument(bytes, fileName);
  if (!read.ok) return { ok: false, problem: read.problem };
  const parsed = parseText(read.text, { pageStarts: read.pageStarts });
  const document: ParsedDocument = {
    ...parsed,
    parts: parsed.parts.length > 0 ? parsed.parts : packParts(read.text, read.pageStarts, parsed),
    warnings: [...read.warnings.map((message) => ({ message, span: null })), ...parsed.warnings],
  };
  return { ok: true, mediaType: read.mediaType, title: read.title, document };
}

/** A document pack has an agenda with page ranges; only then is it split into parts. */
function packParts(text: string, pageStarts: readonly number[], parsed: ParsedDocument): ParsedDocument['parts'] {
  const agenda = parsed.meetings.find((m) => m.kind === 'agenda' && m.items.some((i) => i.pages))?.items ?? agendaFromFrontSheet(text);
  if (!agenda.some((i) => i.pages)) return [];
  return splitPack(text, pageStarts, agenda);
}
