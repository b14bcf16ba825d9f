import { damagedSpellings, type DamagedSpelling } from '../../domain/names/damagedSpelling.js';
import { nameKey } from '../../domain/names/nameKey.js';
import type { ParsedDocument } from '../../ingest/parsedDocument.js';

/** A display name as a pattern that finds it in text however it is spaced or cased. */
function namePattern(display: string): RegExp {
  const words = display.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])${words.join('\\s+')}(?![\\p{L}])`, 'giu');
}

/**
 * The names of one document that read as damaged copies of another name in it (see
 * `damagedSpellings`), by matching key: every name the document gives (attendance, declarations,
 * contacts) compared with the others, and counted in the document's whole text.
 */
export function damagedSpellingsIn(doc: ParsedDocument): ReadonlyMap<string, DamagedSpelling> {
  const names = doc.meetings.flatMap((m) => [
    ...[...m.present, ...m.apologies, ...m.absent, ...m.inAttendance].map((p) => p.name),
    ...m.declarations.map((d) => d.name),
    ...(m.contact?.value ? [m.contact.value] : []),
  ]);
  const found = damagedSpellings(names, (display) => doc.text.match(namePattern(display))?.length ?? 0);
  return new Map(found.map((d) => [nameKey(d.written), d]));
}
