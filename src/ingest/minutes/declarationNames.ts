import type { ParsedDeclaration, ParsedName } from '../parsedDocument.js';
import { HONORIFIC } from './names.js';

const TITLES = new RegExp(`^(?:(?:the|Lord|Deputy)\\s+)?(?:${HONORIFIC}\\.?\\s+)+`, 'i');

/** A name's words without its titles or marks: "Councillor Simon Hou" gives ["simon", "hou"]. */
function wordsOf(name: string): string[] {
  return name
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(TITLES, '')
    .toLowerCase()
    .split(/[\s.]+/)
    .filter((w) => /\p{L}{2,}/u.test(w));
}

/**
 * Settles the names of a meeting's declarations against each other and against its members present:
 * - "Councillors Boag Crown, Price and Taylor declared ...", a comma lost between two surnames, gives one declaration
 *   for each when every word is the surname of a member present and the whole is not one member's name;
 * - "Councillor Simon Hou - Material - Councillor Hou declared ..." is one person: a surname alone is dropped when a
 *   fuller name with that surname declared in the same item.
 */
export function settleDeclarationNames(
  declarations: readonly ParsedDeclaration[],
  present: readonly ParsedName[],
): ParsedDeclaration[] {
  const surnames = new Set(present.map((p) => wordsOf(p.name).at(-1)).filter((w): w is string => Boolean(w)));
  const whole = new Set(present.map((p) => wordsOf(p.name).join(' ')));
  const split = declarations.flatMap((d) => splitSurnames(d, surnames, whole));
  return split.filter(
    (d) =>
      !split.some((other) => other !== d && other.item === d.item && isSurnameOf(wordsOf(d.name), wordsOf(other.name))),
  );
}

function splitSurnames(
  d: ParsedDeclaration,
  surnames: ReadonlySet<string>,
  whole: ReadonlySet<string>,
): ParsedDeclaration[] {
  const words = wordsOf(d.name);
  if (words.length < 2 || whole.has(words.join(' ')) || !words.every((w) => surnames.has(w))) return [d];
  const title = TITLES.exec(d.name)?.[0] ?? '';
  const written = d.name.slice(title.length).split(/\s+/);
  if (written.length !== words.length) return [d];
  return written.map((w) => ({ ...d, name: `${title}${w}` }));
}

/** True when `short` is one word that ends `long`, a fuller name: "hou" of "simon hou". */
function isSurnameOf(short: readonly string[], long: readonly string[]): boolean {
  return short.length === 1 && long.length > 1 && long.at(-1) === short[0];
}
