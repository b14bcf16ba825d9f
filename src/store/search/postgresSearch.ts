import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import { MARK_END, MARK_START, queryTerms, type SearchIndex, type SearchPage, type SearchQuery } from './searchIndex.js';
import { searchFilters } from './searchFilters.js';
import { toHit } from './sqliteSearch.js';

/** tsvector with the English stemmer; titles weighted A, text B; rank by ts_rank. */
export const postgresSearch: SearchIndex = {
  async search(db: Kysely<Database>, query: SearchQuery): Promise<SearchPage> {
    const terms = queryTerms(query.text);
    if (terms.length === 0) return { total: 0, hits: [] };
    const q = sql`plainto_tsquery('english', ${terms.join(' ')})`;
    const where = searchFilters(query);
    const total = await sql<{ n: number }>`SELECT count(*) AS n FROM search_entries e WHERE e.tsv @@ ${q} ${where}`.execute(db);
    const options = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, ShortWord=2, FragmentDelimiter=…`;
    const rows = await sql<Record<string, string | null>>`
      SELECT e.kind, e.subject_id, e.meeting_id, e.body_id, e.date, e.title,
        ts_headline('english', e.content, ${q}, ${options}) AS snippet
      FROM search_entries e
      WHERE e.tsv @@ ${q} ${where}
      ORDER BY ts_rank(e.tsv, ${q}) DESC, e.date DESC, e.id
      LIMIT ${query.limit} OFFSET ${query.offset}`.execute(db);
    return { total: Number(total.rows[0]?.n ?? 0), hits: rows.rows.map(toHit) };
  },
};
