import type { Honorific, Suffix } from './honorifics.js';
import { honorificsAt, isTitleOrSuffixWord, roleMarkOf, suffixOf, SURNAME_PARTICLES, tokenKey } from './honorifics.js';

/** A written name taken apart. */
export interface PersonName {
  /** Canonical titles in the order written: `['Councillor', 'Dr']`. */
  readonly honorifics: readonly string[];
  /** The first name, or its initial (`A` for `AJ Matsiko`); null in a surname-only mention. */
  readonly given: string | null;
  /** Further names or initials (`['J']` for `AJ Matsiko`). */
  readonly middle: readonly string[];
  /** The surname with its particles (`de Souza`); null when nothing is left of the name. */
  readonly family: string | null;
  /** Post-nominals as Quorum writes them: `['MBE']`, `['Jr']`. */
  readonly suffixes: readonly string[];
  /** Role marks beside the name: `['Chair']` from `(Chair)`, `['Vice Chair']` from `(Vice-Chair)`. */
  readonly roleMarks: readonly string[];
  /** Other bracketed or trailing text that is not the name: a party, a job title, a second name in a list. */
  readonly notes: readonly string[];
  /**
   * The name as a list shows it: given, middle, family and generational suffixes, no titles,
   * honours or role marks; initials run together without dots (`AJ Matsiko`); capitals or lower
   * case throughout become title case (`JOHN SMITH` → `John Smith`). Empty when there is no name.
   */
  readonly display: string;
}

/** One word of a name, as written (punctuation trimmed) and in matching form. */
export interface NameToken {
  readonly written: string;
  readonly key: string;
}

/** How the name's own words were written: `upper` for `JOHN SMITH`, `none` for scripts without case. */
export type LetterCase = 'mixed' | 'upper' | 'lower' | 'none';

/**
 * The structure under {@link PersonName}, shared with the matching key so that both always
 * agree on which words are the name.
 */
export interface NameAnalysis {
  readonly honorifics: readonly Honorific[];
  /** Given and middle names; single letters are initials. */
  readonly forenames: readonly NameToken[];
  /** The surname's words, particles included. */
  readonly family: readonly NameToken[];
  readonly suffixes: readonly Suffix[];
  readonly roleMarks: readonly string[];
  readonly notes: readonly string[];
  readonly letterCase: LetterCase;
}

/** Two-letter given names that, in capitals, are names rather than initials (`JO SMITH`). */
const TWO_LETTER_NAMES: ReadonlySet<string> = new Set([
  'al',
  'ed',
  'jo',
  'di',
  'bo',
  'cy',
  'ty',
  'vi',
  'mo',
  'em',
  'lu',
  'su',
  'oz',
]);

/**
 * Takes a written name apart: `Councillor Cheryl Barnard (Chair)`, `Cllr. J. Smith`,
 * `Dr Jane O'Neill-Brown MBE`, `Smith, John`, `JOHN SMITH`, `AJ Matsiko`, with any spacing,
 * non-breaking spaces, and curly apostrophes. Leading titles are taken while a name is left,
 * except titles that are never surnames (`Councillor` alone is no name; `Councillor Lord` is
 * Mr or Ms Lord). Never throws: any string gives a result, possibly with no name.
 */
export function parsePersonName(raw: string): PersonName {
  const analysis = analysePersonName(raw);
  const { forenames, family } = analysis;
  const forenameWords = forenames.map((t, i) => displayWord(t, i, analysis.letterCase));
  const familyWords = family.map((t, i) => displayWord(t, forenames.length + i, analysis.letterCase));
  // Run-together initials are read back as initials only beside a mixed-case surname ("AJ Matsiko").
  const canRunTogether = familyWords.some((w) => /\p{Ll}/u.test(w));
  const display = [
    ...(canRunTogether ? runInitialsTogether(forenameWords) : forenameWords),
    ...familyWords,
    ...analysis.suffixes.filter((s) => s.kind === 'generational').map((s) => s.canonical),
  ].join(' ');
  return {
    honorifics: unique(analysis.honorifics.map((h) => h.canonical)),
    given: forenameWords[0] ?? null,
    middle: forenameWords.slice(1),
    family: familyWords.length > 0 ? familyWords.join(' ') : null,
    suffixes: unique(analysis.suffixes.map((s) => s.canonical)),
    roleMarks: analysis.roleMarks,
    notes: analysis.notes,
    display,
  };
}

/**
 * Readings already made: the same names come back in every document of a council (and a reading
 * is a tenth of storing a meeting's attendance). Emptied when full, so memory stays bounded.
 */
const analysed = new Map<string, NameAnalysis>();
const ANALYSED_NAMES = 20_000;

/**
 * The structural reading behind {@link parsePersonName}; see there for what it accepts. Never throws.
 */
export function analysePersonName(raw: string): NameAnalysis {
  let analysis = analysed.get(raw);
  if (analysis) return analysis;
  analysis = analyse(raw);
  if (analysed.size >= ANALYSED_NAMES) analysed.clear();
  analysed.set(raw, analysis);
  return analysis;
}

function analyse(raw: string): NameAnalysis {
  const honorifics: Honorific[] = [];
  const suffixes: Suffix[] = [];
  const roleMarks: string[] = [];
  const notes: string[] = [];

  const aside = (text: string): void => {
    const trimmed = text.trim();
    if (!trimmed) return;
    const role = roleMarkOf(trimmed);
    if (role) {
      if (!roleMarks.includes(role.canonical)) roleMarks.push(role.canonical);
      return;
    }
    const words = tokenise(trimmed);
    const asSuffixes = words.map((w) => suffixOf(w.written, true));
    if (words.length > 0 && asSuffixes.every((s) => s !== null)) suffixes.push(...(asSuffixes as Suffix[]));
    else notes.push(trimmed);
  };

  // Brackets hold role marks, parties and job titles, never the name itself.
  let text = normaliseText(raw).replace(/[([{]([^()[\]{}]*)[)\]}]/g, (_match, inner: string) => {
    aside(inner);
    return ' ';
  });
  text = text.replace(/[()[\]{}]/g, ' ');
  // "Cheryl Barnard - Chair": a spaced dash sets off a role or job title.
  const [beforeDash = '', ...afterDash] = text.split(/\s+-\s+/);
  for (const part of afterDash) aside(part);

  const [first = '', ...others] = beforeDash
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  // Post-nominals first, so that "Dr OBE" is all titles and no name.
  let tokens = takeHonorifics(takeSuffixes(tokenise(first), suffixes), honorifics);
  let inverted: NameToken[] | null = null;
  for (const segment of others) {
    const words = tokenise(segment);
    if (words.length === 0) continue;
    if (roleMarkOf(segment) || words.every((w) => suffixOf(w.written, true))) {
      aside(segment);
    } else if (tokens.length === 0 && inverted === null) {
      // "The Mayor, Councillor Smith": the first part was all titles, so this is the name.
      tokens = takeHonorifics(takeSuffixes(words, suffixes), honorifics);
    } else if (inverted === null && isSurnameOnly(tokens) && stripped(words).length <= 4) {
      // "Smith, John" or "O'Neill-Brown, Dr Jane": surname first.
      inverted = takeHonorifics(takeSuffixes(words, suffixes), honorifics);
    } else {
      notes.push(segment);
    }
  }
  if (inverted) tokens = takeHonorifics(takeSuffixes([...inverted, ...tokens], suffixes), honorifics);

  const letterCase = letterCaseOf(tokens);
  // Clusters are split before surname-first initials are moved, so that the result is final:
  // reading the key again must not move anything.
  tokens = surnameFirstInitials(splitInitialClusters(tokens, letterCase));

  const familyStart = surnameStart(tokens, letterCase);
  return {
    honorifics,
    forenames: tokens.slice(0, familyStart),
    family: tokens.slice(familyStart),
    suffixes,
    roleMarks,
    notes,
    letterCase,
  };
}

/** One spelling of spacing, apostrophes and dashes, whatever the source (PDF text, Word, web pages). */
function normaliseText(raw: string): string {
  return (
    String(raw)
      .normalize('NFKC')
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      .replace(/[\u2018\u2019\u201B\u02BC\u0060\u00B4\u2032]/g, "'")
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      // Dotted letter groups: "O.B.E." is one post-nominal, "A.J." two initials.
      .replace(/(?<!\p{L})(?:\p{L}\.){2,}/gu, (m) => {
        const letters = m.replace(/\./g, '');
        return suffixOf(letters, true) ? `${letters} ` : `${[...letters].join(' ')} `;
      })
      .replace(/\bPh\.\s?D\b\.?/gi, 'PhD')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Words split on spaces and dots, with stray punctuation trimmed; words with no letters or digits dropped. */
function tokenise(text: string): NameToken[] {
  const out: NameToken[] = [];
  for (const piece of text.split(/[\s.]+/)) {
    const written = piece.replace(/[^\p{L}\p{M}\p{N}'-]/gu, '').replace(/^['-]+|['-]+$/g, '');
    const key = tokenKey(written);
    if (key) out.push({ written, key });
  }
  return out;
}

/**
 * Leading titles, longest phrase first. A title is taken only if a word is left after it, unless
 * it is never a surname, so `Councillor Lord` keeps `Lord` as the name.
 */
function takeHonorifics(tokens: readonly NameToken[], into: Honorific[]): NameToken[] {
  let rest = [...tokens];
  for (;;) {
    const keys = rest.map((t) => t.key);
    const match = honorificsAt(keys, 0).find(({ honorific, length }) => length < rest.length || honorific.titleOnly);
    if (!match) return rest;
    into.push(match.honorific);
    rest = rest.slice(match.length);
  }
}

/**
 * Trailing post-nominals, keeping at least one word. `MA` and the like count only in capitals
 * after at least two name words in mixed case (titles aside, so `Councillor CHERYL MA` is Cheryl Ma).
 */
function takeSuffixes(tokens: readonly NameToken[], into: Suffix[]): NameToken[] {
  const rest = [...tokens];
  const found: Suffix[] = [];
  for (;;) {
    const last = rest[rest.length - 1];
    if (!last || rest.length < 2) break;
    const nameWords = rest.slice(0, -1).filter((t) => !isTitleOrSuffixWord(t.key));
    const suffix = suffixOf(last.written, letterCaseOf(nameWords) === 'mixed');
    if (!suffix || (suffix.capitalsOnly && nameWords.length < 2)) break;
    found.unshift(suffix);
    rest.pop();
  }
  into.push(...found);
  return rest;
}

/**
 * "Barnard C", "Smith J A": a surname then only initials, as attendance lists often write it.
 * A title or post-nominal word is never moved to the end, where it would be read as one.
 */
function surnameFirstInitials(tokens: readonly NameToken[]): NameToken[] {
  const [head, ...tail] = tokens;
  if (!head || tail.length === 0 || isInitial(head) || isTitleOrSuffixWord(head.key) || !tail.every(isInitial))
    return [...tokens];
  return [...tail, head];
}

/** "AJ" before a surname is two initials; in capitals only when it is not a short name like "JO". */
function splitInitialClusters(tokens: readonly NameToken[], letterCase: LetterCase): NameToken[] {
  return tokens.flatMap((t, i) => {
    const isLast = i === tokens.length - 1;
    if (isLast || !/^\p{Lu}{2,3}$/u.test(t.written)) return [t];
    const isCluster =
      letterCase === 'mixed' ||
      (letterCase === 'upper' &&
        (!/[AEIOUY]/.test(t.written) || (t.written.length === 2 && !TWO_LETTER_NAMES.has(t.key))));
    return isCluster
      ? [...t.written].map((c) => ({ written: c, key: tokenKey(c) })).filter((c) => c.key.length > 0)
      : [t];
  });
}

/** Where the surname starts: the last word, with any particles (`van der`, `de`) before it. */
function surnameStart(tokens: readonly NameToken[], letterCase: LetterCase): number {
  let start = tokens.length - 1;
  for (;;) {
    const before = tokens[start - 1];
    if (!before || !SURNAME_PARTICLES.has(before.key)) break;
    // A capitalised first word is a given name ("Di Smith"); a lower-case one a particle ("de Souza").
    const isFirst = start - 1 === 0;
    if (isFirst && !(letterCase === 'mixed' && before.written === before.written.toLowerCase())) break;
    start--;
  }
  return Math.max(start, 0);
}

/** The words without titles and post-nominals, for judging a segment's length. */
function stripped(words: readonly NameToken[]): NameToken[] {
  return takeHonorifics(takeSuffixes(words, []), []);
}

/** Whether a comma after these words can mean "surname, given name". */
function isSurnameOnly(tokens: readonly NameToken[]): boolean {
  const [first] = tokens;
  if (tokens.length === 1) return true;
  return tokens.length === 2 && first !== undefined && SURNAME_PARTICLES.has(first.key);
}

function isInitial(token: NameToken): boolean {
  return [...token.key].length === 1;
}

function letterCaseOf(tokens: readonly NameToken[]): LetterCase {
  const letters = tokens.map((t) => t.written).join('');
  const hasUpper = /\p{Lu}/u.test(letters);
  const hasLower = /\p{Ll}/u.test(letters);
  if (hasUpper && hasLower) return 'mixed';
  if (hasUpper) return 'upper';
  return hasLower ? 'lower' : 'none';
}

/** A word as a list shows it: initials in capitals, all-capital or all-lower words in title case. */
function displayWord(token: NameToken, index: number, letterCase: LetterCase): string {
  // Composed again, since case mapping can decompose (`İ` lower-cases to `i` plus a dot).
  return displayWordCased(token, index, letterCase).normalize('NFC');
}

function displayWordCased(token: NameToken, index: number, letterCase: LetterCase): string {
  const { written } = token;
  if (isInitial(token)) return upperFirst(written);
  if (letterCase === 'upper' || letterCase === 'lower') {
    return index > 0 && SURNAME_PARTICLES.has(token.key) ? written.toLowerCase() : titleCase(written);
  }
  return /\p{Ll}/u.test(written) ? written : titleCase(written);
}

/** `O'NEILL-BROWN` → `O'Neill-Brown`, `MCDONALD` → `McDonald`. */
function titleCase(word: string): string {
  return word
    .toLowerCase()
    .split(/(?<=['-])/)
    .map((part) => upperFirst(part).replace(/^Mc(\p{Ll})/u, (_m, c: string) => `Mc${upperFirst(c)}`))
    .join('');
}

/** Upper-cases the first letter unless that would change the word's length (`ß` → `SS`). */
function upperFirst(word: string): string {
  const chars = [...word];
  const at = chars.findIndex((c) => /\p{L}/u.test(c));
  const first = chars[at];
  if (first === undefined) return word;
  const upper = first.toUpperCase();
  if ([...upper].length === 1) chars[at] = upper;
  return chars.join('');
}

/**
 * Consecutive initials as one word (`A`, `J` → `AJ`), unless that would spell a title (`M R`,
 * not `MR`) or run past three letters, which would read back as a name.
 */
function runInitialsTogether(words: readonly string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    const joined = run.join('');
    if (run.length > 3 || (run.length > 1 && (isTitleOrSuffixWord(tokenKey(joined)) || !/^\p{Lu}+$/u.test(joined))))
      out.push(...run);
    else if (run.length > 0) out.push(joined);
    run = [];
  };
  for (const word of words) {
    if ([...tokenKey(word)].length === 1) {
      run.push(word);
      continue;
    }
    flush();
    out.push(word);
  }
  flush();
  return out;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
