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

/** The terms of a query, at most 32: users' text never reaches the engine as query syntax. */
export function queryTerms(text: string): string[] {
  return termsOf(text).slice(0, 32);
}

export interface WordSpan {
  readonly start: number;
  readonly end: number;
  readonly terms: readonly string[];
}

/** Each word of a text with its offsets and terms, for marking matches in snippets. */
export function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    terms: termsOfWord(m[0]),
  }));
}
