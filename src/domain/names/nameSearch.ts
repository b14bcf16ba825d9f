import { editDistance, isAdjacentTransposition } from './editDistance.js';
import { tokenKey } from './honorifics.js';
import { compareNameSides, nameSide, type NameSide } from './nameMatch.js';

/** How a searched name found a person: the person's name as written, how close, and how it was read. */
export interface NameSearchMatch {
  /** 1 for the name as written; less for a slip of spelling or a short form. */
  readonly score: number;
  /** Whether the words were spelt differently from the person's name (a "did you mean"). */
  readonly respelt: boolean;
}

/**
 * The words of a search that may be part of a name: three letters or more, at most four of them.
 * A store looks up people whose names begin like one of these before `matchNameQuery` decides.
 */
export function nameQueryWords(query: string): string[] {
  const words = query
    .split(/\s+/)
    .map(tokenKey)
    .filter((w) => [...w].length >= 3 && !/\d/.test(w));
  return [...new Set(words)].slice(0, 4);
}

/**
 * Whether a search finds a person by name, forgiving what the importer forgives when it matches
 * names in minutes (`compareNames`: short forms, initials, a transposed or mistyped letter in a
 * longer surname). A query of two or more words is compared as a name ("Cheryl Barnrd"); any
 * single word also finds a person whose given or family name it is or nearly is ("Barnrd",
 * "Cheryl"). Null when it does not. Never throws.
 */
export function matchNameQuery(query: string, person: string | NameSide): NameSearchMatch | null {
  const side = typeof person === 'string' ? nameSide(person) : person;
  if (!side.familyKey) return null;
  const words = nameQueryWords(query);
  if (words.length === 0) return null;
  const nameWords = [
    ...side.analysis.family.map((t) => t.key.replace(/-/g, '')),
    ...side.analysis.family.flatMap((t) => (t.key.includes('-') ? t.key.split('-') : [])),
    ...side.analysis.forenames.filter((t) => [...t.key].length > 1).map((t) => t.key),
  ];
  if (query.trim().split(/\s+/).length >= 2) {
    const asked = nameSide(query);
    const family = asked.familyKey;
    if (family && asked.analysis.forenames.length > 0 && nameWords.some((n) => wordMatch(family, n))) {
      // Read as a name with this person's surname: the importer's comparison decides ("John
      // Smith" is not Jane Smith), as for a name met in the same body, where a slip is forgiven.
      const comparison = compareNameSides(asked, side, { sameBody: true });
      return comparison.verdict === 'different'
        ? null
        : { score: comparison.score, respelt: family !== side.familyKey };
    }
  }
  let best: NameSearchMatch | null = null;
  for (const word of words)
    for (const name of nameWords) {
      const match = wordMatch(word, name);
      if (match && (!best || match.score > best.score)) best = match;
    }
  return best;
}

/** One searched word against one word of a name: the same, or one slip apart in a longer word. */
function wordMatch(word: string, name: string): NameSearchMatch | null {
  if (word === name) return { score: 0.9, respelt: false };
  const shorter = Math.min([...word].length, [...name].length);
  if (isAdjacentTransposition(word, name) && shorter >= 4) return { score: 0.7, respelt: true };
  if (shorter >= 5 && editDistance(word, name) === 1) return { score: 0.6, respelt: true };
  return null;
}
