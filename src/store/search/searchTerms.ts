import { stemmer } from 'stemmer';

/*
 * Search words are made here, in one place, for both engines: SQLite and PostgreSQL then only
 * compare ready-made terms, so the same query matches the same rows on either (issue 5).
 */

const WORD = /[\p{L}\p{N}]+/gu;
const ENGLISH_WORD = /^[a-z]+$/;

/**
 * Terms of words already met: an import meets the same few thousand words in every document, and
 * stemming them again was a tenth of its time. Emptied when full, so memory stays bounded.
 */
const known = new Map<string, readonly string[]>();
const KNOWN_WORDS = 50_000;

/** The terms of one word as written: accents dropped, lower case, English words stemmed (Porter). */
export function termsOfWord(word: string): readonly string[] {
  let terms = known.get(word);
  if (terms) return terms;
  terms = stemmed(word);
  if (known.size >= KNOWN_WORDS) known.clear();
  known.set(word, terms);
  return terms;
}

function stemmed(word: string): string[] {
  const lower = word.toLowerCase();
  // Most words are plain English letters: no accents to drop, one part, stemmed.
  if (ENGLISH_WORD.test(lower)) return [stemmer(lower)];
  const folded = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return (folded.match(WORD) ?? []).map((part) => (ENGLISH_WORD.test(part) ? stemmer(part) : part));
}

/** Distinct terms of a text, in order of first use. */
export function termsOf(text: string): string[] {
  const seen = new Set<string>();
  // Words repeat (the, council, report): each distinct one is folded and stemmed once.
  for (const word of new Set(text.match(WORD))) for (const term of termsOfWord(word)) seen.add(term);
  return [...seen];
}

/** What the index stores: the distinct terms joined by single spaces (no term contains a space). */
export function indexedTerms(text: string): string {
  return termsOf(text).join(' ');
}

/**
 * What the index stores of a title: its terms and the acronyms its capitalised names make
 * ("Special Educational Need and/or Disability" is also `send`, `sen`), so that a search for the
 * abbreviation finds the item whose title spells it out.
 */
export function indexedTitleTerms(title: string): string {
  const terms = new Set(termsOf(title));
  for (const acronym of acronymsOf(title)) for (const term of termsOfWord(acronym)) terms.add(term);
  return [...terms].join(' ');
}

/*
 * Words too common to tell entries apart: a query's "the" must not leave out an entry that
 * lacks it. Written in capitals ("IT", "OR") a word is an abbreviation, and counts.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be been but by for from had has have he her his if in into is it its of on or our she so than that the their them then there these they this those to was we were which who will with would you your'.split(
    ' ',
  ),
);

function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || (STOP_WORDS.has(word.toLowerCase()) && !isAllCaps(word));
}

function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Initials written with full stops ("S.E.N.D.") are the abbreviation written without them. */
const DOTTED_INITIALS = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}(?:\p{L}(?![\p{L}\p{N}]))?/gu;

/**
 * The terms of a query, at most 32: users' text never reaches the engine as query syntax. Common
 * words are left out unless the query holds nothing else.
 */
export function queryTerms(text: string): string[] {
  const words = text.replace(DOTTED_INITIALS, (m) => m.replace(/\./g, '')).match(WORD) ?? [];
  const telling = words.filter((w) => !isStopWord(w));
  return termsOf((telling.length > 0 ? telling : words).join(' ')).slice(0, 32);
}

/** Words that may stand between the capitalised words of a name without a letter of its own. */
const CONNECTORS: ReadonlySet<string> = new Set(['and', 'or', 'of', 'for', 'the', 'in', 'on', 'to']);
/** Punctuation that ends a name: a run of capitalised words does not cross it. */
const BREAK = /[.,;:!?()[\]{}"“”]|\s[-–—]\s/;
const MAX_ACRONYM = 8;

/**
 * The acronyms a text's names make: within each run of capitalised words (linked only by small
 * words such as "and" and "of"), the initials of every stretch of three to eight of them.
 * "Children and Young People" gives `CYP`; a text in capitals throughout counts every word as
 * capitalised. Words already in capitals (abbreviations) and digits end a run.
 */
export function acronymsOf(text: string): string[] {
  const shouting = !/\p{Ll}/u.test(text);
  const out = new Set<string>();
  let run: string[] = [];
  const flush = (): void => {
    for (let from = 0; from < run.length; from++)
      for (let to = from + 3; to <= Math.min(run.length, from + MAX_ACRONYM); to++)
        out.add(run.slice(from, to).join(''));
    run = [];
  };
  let cursor = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (BREAK.test(text.slice(cursor, match.index))) flush();
    cursor = match.index + word.length;
    const lower = word.toLowerCase();
    if (CONNECTORS.has(lower) && (shouting || word === lower)) {
      // A connector joins two capitalised words ("and/or" too), adding no letter.
      continue;
    }
    const capitalised = /^\p{Lu}/u.test(word) && (shouting || !isAllCaps(word)) && !/\p{N}/u.test(word);
    if (!capitalised) {
      flush();
      continue;
    }
    run.push(word.charAt(0));
  }
  flush();
  return [...out];
}

export interface WordSpan {
  readonly start: number;
  readonly end: number;
  /** The word as written; its terms are `termsOfWord(word)`, made only for the words a snippet looks at. */
  readonly word: string;
}

/** Each word of a text with its offsets, for marking matches in snippets. */
export function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
}
