import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/** `document`: the text of a document whose meeting could not be placed, so that nothing imported is unfindable. */
export const SEARCH_KINDS = ['meeting', 'item', 'resolution', 'document'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchEntry {
  readonly id: string;
  readonly kind: SearchKind;
  readonly subjectId: string;
  readonly meetingId: string | null;
  readonly bodyId: string | null;
  readonly date: string | null;
  readonly title: string;
  readonly content: string;
}

export interface SearchQuery {
  readonly text: string;
  readonly bodyId?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly kind?: SearchKind | null;
  readonly limit: number;
  readonly offset: number;
}

/**
 * Matched words in `snippet` are wrapped in these characters, which imported text cannot contain (they are stripped on
 * import); the web layer escapes the rest and marks them.
 */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export interface SearchHit {
  readonly kind: SearchKind;
  readonly subjectId: string;
  readonly meetingId: string | null;
  readonly bodyId: string | null;
  readonly date: string | null;
  readonly title: string;
  readonly snippet: string;
}

/**
 * Matches are counted one by one up to this many (or to the end of the page asked for, if further);
 * past it, counting stops and the total is a lower bound. Counting every match of two common words
 * was most of the time of the slowest searches.
 */
export const COUNT_LIMIT = 1000;

export interface SearchPage {
  /** How many entries match; when `moreThanTotal`, more than this many do (counting stopped). */
  readonly total: number;
  readonly moreThanTotal: boolean;
  readonly hits: readonly SearchHit[];
}

/** How far to count matches for a page: to COUNT_LIMIT, or to the end of the page if further. */
export function countCap(query: Pick<SearchQuery, 'limit' | 'offset'>): number {
  return Math.max(COUNT_LIMIT, query.offset + query.limit);
}

/** The page's total from a count that stopped at `cap + 1` rows (or sooner, at the last match). */
export function cappedTotal(counted: number, cap: number): { total: number; moreThanTotal: boolean } {
  return counted > cap ? { total: cap, moreThanTotal: true } : { total: counted, moreThanTotal: false };
}

/**
 * Full-text search over meetings, items, resolutions and unplaced documents: one interface, one
 * implementation per engine.
 */
export interface SearchIndex {
  search(db: Kysely<Database>, query: SearchQuery): Promise<SearchPage>;
}

/** Removes the mark characters from text before it is indexed. */
export function stripMarks(text: string): string {
  return text.replace(MARKS, ' ');
}

const MARKS = new RegExp(`[${MARK_START}${MARK_END}]`, 'g');
