import { damagedSpellings, type DamagedSpelling } from '../../domain/names/damagedSpelling.js';
import { nameKey } from '../../domain/names/nameKey.js';
import type { ParsedDocument } from '../../ingest/parsedDocument.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A display name as a pattern that finds it in text however it is spaced or cased. */
function namePattern(display: string): RegExp {
  return new RegExp(`(?<![\\p{L}])${display.split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}])`, 'giu');
}

/** A capitalised word and the spaces after it, not inside a longer word: where a prose name may start. */
const GIVEN_WORD = /(?<![\p{L}])\p{Lu}\p{Ll}+\s+/gu;
const LETTER = /^\p{L}/u;

/**
 * The names the text writes as a capitalised word then one of `families` (as written, in order), not inside longer
 * words: what the pattern \p{Lu}\p{Ll}+\s+(?:family|...) finds, without compiling a pattern for each document (a
 * pattern of Unicode classes costs more to compile than the whole search).
 */
function proseNames(text: string, families: readonly string[]): string[] {
  const found: string[] = [];
  GIVEN_WORD.lastIndex = 0;
  for (let m = GIVEN_WORD.exec(text); m; m = GIVEN_WORD.exec(text)) {
    const at = GIVEN_WORD.lastIndex;
    const family = families.find(
      (f) => text.startsWith(f, at) && !LETTER.test(text.slice(at + f.length, at + f.length + 2)),
    );
    if (family === undefined) continue;
    found.push(text.slice(m.index, at + family.length));
    GIVEN_WORD.lastIndex = at + family.length;
  }
  return found;
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
  const names = [...given, ...new Set(proseNames(doc.text, [...families.values()]))];
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
