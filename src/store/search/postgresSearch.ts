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

async function pageOfKeys(
  db: Kysely<Database>,
  filter: RawBuilder<unknown>,
  limit: number,
  offset: number,
): Promise<number[]> {
  if (limit <= 0) return [];
  const r = await sql<{ orderKey: string }>`
    SELECT e.order_key FROM search_entries e WHERE ${filter}
    ORDER BY e.order_key DESC LIMIT ${limit} OFFSET ${offset}`.execute(db);
  return r.rows.map((row) => Number(row.orderKey));
}

export const postgresSearch: SearchIndex = {
  async search(db: Kysely<Database>, query: SearchQuery): Promise<SearchPage> {
    const terms = queryTerms(query.text);
    if (terms.length === 0) return { total: 0, moreThanTotal: false, hits: [] };
    const anywhere = where(terms, query, 'terms');
    const inTitle = where(terms, query, 'title_array');
    const elsewhere = sql`${anywhere} AND NOT (e.title_array @> ${terms}::text[])`;
    const titled = await countMatches(db, inTitle, query.offset + query.limit + 1);
    const first = query.offset < titled ? await pageOfKeys(db, inTitle, query.limit, query.offset) : [];
    const rest = await pageOfKeys(db, elsewhere, query.limit - first.length, Math.max(0, query.offset - titled));
    const cap = countCap(query);
    const counted = await countMatches(db, anywhere, cap + 1);
    return {
      ...cappedTotal(counted, cap),
      hits: await searchHits(db, [...first, ...rest], terms),
    };
  },
};
