import { MARK_END, MARK_START } from './searchIndex.js';
import { termsOfWord, wordSpans } from './searchTerms.js';

const WORDS_BEFORE = 8;
const WORDS_IN_SNIPPET = 30;

/**
 * A short extract of `text` around the first matched word, matched words wrapped in the mark
 * characters. Built in TypeScript, not by the engine, so both engines give the same snippet.
 */
export function searchSnippet(text: string, terms: readonly string[]): string {
  const words = wordSpans(text);
  if (words.length === 0) return '';
  const wanted = new Set(terms);
  // Terms are made only for the words up to the first match and those shown: a search's page is 20 snippets.
  const isMatch = (i: number): boolean => termsOfWord(words[i]!.word).some((t) => wanted.has(t));
  const first = words.findIndex((_, i) => isMatch(i));
  const from = Math.max(0, first - WORDS_BEFORE);
  const to = Math.min(words.length, from + WORDS_IN_SNIPPET);
  let out = from > 0 ? '…' : '';
  let cursor = words[from]!.start;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    out += text.slice(cursor, w.start);
    out += isMatch(i) ? `${MARK_START}${text.slice(w.start, w.end)}${MARK_END}` : text.slice(w.start, w.end);
    cursor = w.end;
  }
  return to < words.length ? `${out}…` : out + text.slice(cursor).replace(/\s+$/, '');
}
