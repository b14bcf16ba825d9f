import type { ParsedDocument } from '../ingest/parsedDocument.js';

/**
 * A document's meetings with the body the clerk named at import (`quorum import --body`) for those
 * whose text names none: a parish or community council's own minutes often never say whose they
 * are. A body the document names always wins. The given body has no span: no place in the document
 * is claimed for it.
 */
export function withGivenBody(doc: ParsedDocument, bodyName: string | undefined): ParsedDocument {
  const name = bodyName?.trim();
  if (!name || doc.meetings.every((m) => m.body?.value)) return doc;
  return {
    ...doc,
    meetings: doc.meetings.map((m) => (m.body?.value ? m : { ...m, body: { value: name, span: null } })),
  };
}
