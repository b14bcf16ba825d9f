import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../database.js';
import type { DialectName } from '../dialect.js';
import { searchFilters } from './searchFilters.js';
import type { SearchHit, SearchIndex, SearchKind, SearchPage, SearchQuery } from './searchIndex.js';
import { searchSnippet } from './searchSnippet.js';
import { queryTerms } from './searchTerms.js';

/*
 * One search for both engines. Rows match when they hold every query term (terms are made in
 * TypeScript, see searchTerms.ts); each engine only looks the terms up in its own index (FTS5 on
 * SQLite, a GIN-indexed text[] on PostgreSQL). Order is portable and total: rows with more query
 * terms in their title first, then newest, then by id in byte order. Relevance scores such as
 * bm25 and ts_rank differ between engines, which would put the same results in different orders.
 */

interface Engine {
  readonly from: RawBuilder<unknown>;
  match(terms: readonly string[]): RawBuilder<unknown>;
  readonly idOrder: RawBuilder<unknown>;
}

const ENGINES: Record<DialectName, Engine> = {
  sqlite: {
    from: sql`search_fts JOIN search_entries e ON e.rowid = search_fts.rowid`,
    // Terms hold only letters and digits, so quoting each makes any of them a plain FTS5 token.
    match: (terms) => sql`search_fts MATCH ${terms.map((t) => `"${t}"`).join(' ')}`,
    idOrder: sql`e.id`,
  },
  postgres: {
    from: sql`search_entries e`,
    match: (terms) => sql`e.terms @> ${terms}::text[]`,
    idOrder: sql`e.id COLLATE "C"`,
  },
};

function titleScore(terms: readonly string[]): RawBuilder<unknown> {
  const parts = terms.map((t) => sql`CASE WHEN (' ' || e.title_terms || ' ') LIKE ${`% ${t} %`} THEN 1 ELSE 0 END`);
  return sql.join(parts, sql` + `);
}

interface HitRow {
  kind: SearchKind;
  subjectId: string;
  meetingId: string | null;
  bodyId: string | null;
  date: string | null;
  title: string;
  content: string;
}

function toHit(row: HitRow, terms: readonly string[]): SearchHit {
  const { content, ...rest } = row;
  return { ...rest, snippet: searchSnippet(content, terms) };
}

export function termSearch(dialect: DialectName): SearchIndex {
  const engine = ENGINES[dialect];
  return {
    async search(db: Kysely<Database>, query: SearchQuery): Promise<SearchPage> {
      const terms = queryTerms(query.text);
      if (terms.length === 0) return { total: 0, hits: [] };
      const where = sql`${engine.match(terms)} ${searchFilters(query)}`;
      const total = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${engine.from} WHERE ${where}`.execute(db);
      const rows = await sql<HitRow>`
        SELECT e.kind, e.subject_id, e.meeting_id, e.body_id, e.date, e.title, e.content
        FROM ${engine.from}
        WHERE ${where}
        ORDER BY ${titleScore(terms)} DESC, e.date DESC NULLS LAST, ${engine.idOrder}
        LIMIT ${query.limit} OFFSET ${query.offset}`.execute(db);
      return { total: Number(total.rows[0]?.n ?? 0), hits: rows.rows.map((r) => toHit(r, terms)) };
    },
  };
}
