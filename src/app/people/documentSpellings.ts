import { damagedSpellings, type DamagedSpelling } from '../../domain/names/damagedSpelling.js';
import { nameKey } from '../../domain/names/nameKey.js';
import type { ParsedDocument } from '../../ingest/parsedDocument.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A display name as a pattern that finds it in text however it is spaced or cased. */
function namePattern(display: string): RegExp {
  return new RegExp(`(?<![\\p{L}])${display.split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}])`, 'giu');
}

/** The last two words of a name, lower case: "councillor jane garrard" and "Jane Garrard" are one form. */
function form(name: string): { family: string; form: string } | null {
  const words = name
    .toLowerCase()
    .replace(/[^\p{L}\s'’-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length < 2) return null;
  return { family: words[words.length - 1]!, form: words.slice(-2).join(' ') };
}

/**
 * The names of one document that read as damaged copies of another name in it (see
 * `damagedSpellings`), by matching key. The names compared are those the document gives
 * (attendance, declarations, contacts) and those its prose writes with the same family names
 * ("Jane Garrard introduced the report"), found in one pass over the text; only families written
 * with two or more given names are compared, so most documents cost that one pass.
 */
export function damagedSpellingsIn(doc: ParsedDocument): ReadonlyMap<string, DamagedSpelling> {
  const given = doc.meetings.flatMap((m) => [
    ...[...m.present, ...m.apologies, ...m.absent, ...m.inAttendance].map((p) => p.name),
    ...m.declarations.map((d) => d.name),
    ...(m.contact?.value ? [m.contact.value] : []),
  ]);
  const families = new Map<string, string>();
  for (const name of given) {
    const family = name.trim().split(/\s+/).pop()!;
    if (/^\p{Lu}\p{Ll}/u.test(family)) families.set(family.toLowerCase(), family);
  }
  if (families.size === 0) return new Map();
  const prose = new RegExp(
    `(?<![\\p{L}])\\p{Lu}\\p{Ll}+\\s+(?:${[...families.values()].map(escape).join('|')})(?![\\p{L}])`,
    'gu',
  );
  const names = [...given, ...new Set(doc.text.match(prose) ?? [])];
  const forms = new Map<string, Set<string>>();
  for (const name of names) {
    const f = form(name);
    if (f) forms.set(f.family, (forms.get(f.family) ?? new Set()).add(f.form));
  }
  const compared = names.filter((name) => (forms.get(form(name)?.family ?? '')?.size ?? 0) > 1);
  if (compared.length === 0) return new Map();
  const timesWritten = (display: string): number => doc.text.match(namePattern(display))?.length ?? 0;
  return new Map(damagedSpellings(compared, timesWritten).map((d) => [nameKey(d.written), d]));
}
