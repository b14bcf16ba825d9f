import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../database.js';
import { searchHits } from './searchHits.js';
import type { SearchIndex, SearchPage, SearchQuery } from './searchIndex.js';
import { orderKeyRange } from './searchOrderKey.js';
import { queryTerms } from './searchTerms.js';

/*
 * A GIN-indexed text[] of terms. Same order as SQLite's: entries whose title holds every term,
 * then the others, each newest first by the order key.
 */

function where(terms: readonly string[], query: SearchQuery): RawBuilder<unknown> {
  const range = orderKeyRange(query.from, query.to);
  return sql.join(
    [
      sql`e.terms @> ${terms}::text[]`,
      sql`e.order_key BETWEEN ${range.min} AND ${range.max}`,
      ...(query.kind ? [sql`e.kind = ${query.kind}`] : []),
      ...(query.bodyId ? [sql`e.body_id = ${query.bodyId}`] : []),
    ],
    sql` AND `,
  );
}

export const postgresSearch: SearchIndex = {
  async search(db: Kysely<Database>, query: SearchQuery): Promise<SearchPage> {
    const terms = queryTerms(query.text);
    if (terms.length === 0) return { total: 0, hits: [] };
    const filter = where(terms, query);
    const total = await sql<{ n: string }>`SELECT count(*) AS n FROM search_entries e WHERE ${filter}`.execute(db);
    const keys = await sql<{ orderKey: string }>`
      SELECT e.order_key FROM search_entries e WHERE ${filter}
      ORDER BY string_to_array(e.title_terms, ' ') @> ${terms}::text[] DESC, e.order_key DESC
      LIMIT ${query.limit} OFFSET ${query.offset}`.execute(db);
    return {
      total: Number(total.rows[0]?.n ?? 0),
      hits: await searchHits(
        db,
        keys.rows.map((r) => Number(r.orderKey)),
        terms,
      ),
    };
  },
};
