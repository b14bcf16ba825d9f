import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../database.js';
import { searchHits } from './searchHits.js';
import { cappedTotal, countCap, type SearchIndex, type SearchPage, type SearchQuery } from './searchIndex.js';
import { orderKeyRange } from './searchOrderKey.js';
import { queryTerms } from './searchTerms.js';

/*
 * GIN-indexed text[] of terms, and of title terms (migration 0032). Same order as SQLite's: entries
 * whose title holds every term, then the others, each newest first by the order key; each part is
 * read on its own, so that either can stop after a page, and matches are counted only up to
 * `countCap`.
 */

function where(terms: readonly string[], query: SearchQuery, column: 'terms' | 'title_array'): RawBuilder<unknown> {
  const range = orderKeyRange(query.from, query.to);
  return sql.join(
    [
      sql`e.${sql.raw(column)} @> ${terms}::text[]`,
      sql`e.order_key BETWEEN ${range.min} AND ${range.max}`,
      ...(query.kind ? [sql`e.kind = ${query.kind}`] : []),
      ...(query.bodyId ? [sql`e.body_id = ${query.bodyId}`] : []),
    ],
    sql` AND `,
  );
}

async function countMatches(db: Kysely<Database>, filter: RawBuilder<unknown>, upTo: number): Promise<number> {
  const r = await sql<{ n: string }>`
    SELECT count(*) AS n FROM (SELECT 1 FROM search_entries e WHERE ${filter} LIMIT ${upTo}) matches`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/**
 * A page of order keys, newest first. `few`: the matches are known to be few (counted), so they are
 * read through the GIN index and sorted (`order_key + 0` keeps the planner off the order key's
 * index); otherwise the planner may walk the order key's index backwards until the page is full,
 * which is quick when matches are many and, when its estimate is wrong, slow when they are few.
 */
async function pageOfKeys(
  db: Kysely<Database>,
  filter: RawBuilder<unknown>,
  limit: number,
  offset: number,
  few: boolean,
): Promise<number[]> {
  if (limit <= 0) return [];
  const order = few ? sql`e.order_key + 0` : sql`e.order_key`;
  const r = await sql<{ orderKey: string }>`
    SELECT e.order_key FROM search_entries e WHERE ${filter}
    ORDER BY ${order} DESC LIMIT ${limit} OFFSET ${offset}`.execute(db);
  return r.rows.map((row) => Number(row.orderKey));
}

/**
 * A page of title matches. Titles are short, so their matches are usually few: up to `cap` of them
 * are read through the GIN index and sorted. A word missing from the planner's statistics of
 * titles (a word common in minutes, never in titles) is otherwise guessed at some hundreds of
 * matches, and the planner walks the order key's whole index looking for them. When more than
 * `cap` titles match, they are dense enough for that walk to be quick.
 */
async function pageOfTitleKeys(
  db: Kysely<Database>,
  filter: RawBuilder<unknown>,
  limit: number,
  offset: number,
  cap: number,
): Promise<number[]> {
  const r = await sql<{ orderKey: string; n: string }>`
    SELECT order_key, count(*) OVER () AS n FROM (SELECT e.order_key FROM search_entries e WHERE ${filter} LIMIT ${cap + 1}) t
    ORDER BY order_key DESC LIMIT ${limit} OFFSET ${offset}`.execute(db);
  if (Number(r.rows[0]?.n ?? 0) > cap) return pageOfKeys(db, filter, limit, offset, false);
  return r.rows.map((row) => Number(row.orderKey));
}

export const postgresSearch: SearchIndex = {
  async search(db: Kysely<Database>, query: SearchQuery): Promise<SearchPage> {
    const terms = queryTerms(query.text);
    if (terms.length === 0) return { total: 0, moreThanTotal: false, hits: [] };
    const anywhere = where(terms, query, 'terms');
    const inTitle = where(terms, query, 'title_array');
    const elsewhere = sql`${anywhere} AND NOT (e.title_array @> ${terms}::text[])`;
    // Counted first: how many there are decides how a page is best read.
    const cap = countCap(query);
    const counted = await countMatches(db, anywhere, cap + 1);
    const few = counted <= cap;
    const first = await pageOfTitleKeys(db, inTitle, query.limit, query.offset, cap);
    // How many title matches come before the others' first: told by the page, unless it starts past them all.
    const titled =
      first.length > 0 || query.offset === 0
        ? query.offset + first.length
        : await countMatches(db, inTitle, query.offset);
    const rest = await pageOfKeys(db, elsewhere, query.limit - first.length, Math.max(0, query.offset - titled), few);
    return {
      ...cappedTotal(counted, cap),
      hits: await searchHits(db, [...first, ...rest], terms),
    };
  },
};
