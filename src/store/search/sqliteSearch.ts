import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import { MARK_END, MARK_START, queryTerms, type SearchIndex, type SearchPage, type SearchQuery } from './searchIndex.js';
import { searchFilters } from './searchFilters.js';

/** FTS5 with the porter stemmer; rank by bm25 with titles weighted ten times the text. */
export const sqliteSearch: SearchIndex = {
  async search(db: Kysely<Database>, query: SearchQuery): Promise<SearchPage> {
    const terms = queryTerms(query.text);
    if (terms.length === 0) return { total: 0, hits: [] };
    const match = terms.map((t) => `"${t}"`).join(' ');
    const where = searchFilters(query);
    const total = await sql<{ n: number }>`
      SELECT count(*) AS n FROM search_fts JOIN search_entries e ON e.rowid = search_fts.rowid
      WHERE search_fts MATCH ${match} ${where}`.execute(db);
    const rows = await sql<Record<string, string | null>>`
      SELECT e.kind, e.subject_id, e.meeting_id, e.body_id, e.date, e.title,
        snippet(search_fts, 1, ${MARK_START}, ${MARK_END}, '…', 24) AS snippet
      FROM search_fts JOIN search_entries e ON e.rowid = search_fts.rowid
      WHERE search_fts MATCH ${match} ${where}
      ORDER BY bm25(search_fts, 10.0, 1.0), e.date DESC, e.id
      LIMIT ${query.limit} OFFSET ${query.offset}`.execute(db);
    return { total: Number(total.rows[0]?.n ?? 0), hits: rows.rows.map(toHit) };
  },
};

/** Rows come back through Kysely's CamelCasePlugin, so columns arrive as subjectId, meetingId, bodyId. */
export function toHit(r: Record<string, unknown>): SearchPage['hits'][number] {
  return {
    kind: r.kind as SearchPage['hits'][number]['kind'],
    subjectId: String(r.subjectId),
    meetingId: (r.meetingId as string | null) ?? null,
    bodyId: (r.bodyId as string | null) ?? null,
    date: (r.date as string | null) ?? null,
    title: String(r.title),
    snippet: String(r.snippet ?? ''),
  };
}
