import { damagedSpellings, type DamagedSpelling } from '../../domain/names/damagedSpelling.js';
import { nameKey } from '../../domain/names/nameKey.js';
import { parsePersonName } from '../../domain/names/personName.js';
import type { ParsedDocument } from '../../ingest/parsedDocument.js';

/** A display name as a pattern that finds it in text however it is spaced or cased. */
function namePattern(display: string): RegExp {
  const words = display.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])${words.join('\\s+')}(?![\\p{L}])`, 'giu');
}

/**
 * Names the text writes with one of these family names ("Jane Garrard introduced the report"):
 * a name written only in the minutes' prose is a name of the document too. One scan per family.
 */
function namesInText(text: string, families: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const family of families) {
    const escaped = family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+${escaped}(?![\\p{L}])`, 'gu')))
      out.add(`${m[1]} ${family}`);
  }
  return [...out];
}

/**
 * The names of one document that read as damaged copies of another name in it (see
 * `damagedSpellings`), by matching key: every name the document gives (attendance, declarations,
 * contacts, and names its prose writes with the same family names) compared with the others, and
 * counted in the document's whole text.
 */
export function damagedSpellingsIn(doc: ParsedDocument): ReadonlyMap<string, DamagedSpelling> {
  const names = doc.meetings.flatMap((m) => [
    ...[...m.present, ...m.apologies, ...m.absent, ...m.inAttendance].map((p) => p.name),
    ...m.declarations.map((d) => d.name),
    ...(m.contact?.value ? [m.contact.value] : []),
  ]);
  const families = new Set(names.flatMap((n) => parsePersonName(n).family ?? []));
  const timesWritten = (display: string): number => doc.text.match(namePattern(display))?.length ?? 0;
  const found = damagedSpellings([...names, ...namesInText(doc.text, families)], timesWritten);
  return new Map(found.map((d) => [nameKey(d.written), d]));
}
