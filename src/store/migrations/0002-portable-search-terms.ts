import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';
import { searchEntryRow } from '../search/searchEntryRow.js';
import type { SearchKind } from '../search/searchIndex.js';
import { assignOrderKeys } from '../search/searchOrderKey.js';

/*
 * Search terms made in TypeScript for both engines, and a portable order key (issue 5: the same
 * query gives the same results in the same order on SQLite and PostgreSQL). Replaces FTS5's porter
 * tokenizer and PostgreSQL's english tsvector, which split and stem words differently, and their
 * relevance scores, which order differently.
 */

type Db = Kysely<any>;
const BATCH = 500;

async function dropEngineIndexes(db: Db): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`DROP INDEX IF EXISTS search_entries_tsv`.execute(db);
    await sql`ALTER TABLE search_entries DROP COLUMN IF EXISTS tsv`.execute(db);
    return;
  }
  for (const trigger of ['search_entries_ai', 'search_entries_ad', 'search_entries_au'])
    await sql`DROP TRIGGER IF EXISTS ${sql.raw(trigger)}`.execute(db);
  await sql`DROP TABLE IF EXISTS search_fts`.execute(db);
}

/** Fills the new columns of rows stored before this migration, oldest first, in keyset-paged batches. */
async function backfill(db: Db): Promise<void> {
  const next = new Map<number, number>();
  let after = { date: '', id: '' };
  for (;;) {
    const rows = await sql<{
      id: string;
      kind: string;
      bodyId: string | null;
      date: string | null;
      title: string;
      content: string;
    }>`
      SELECT id, kind, body_id, date, title, content FROM search_entries
      WHERE coalesce(date, '') > ${after.date} OR (coalesce(date, '') = ${after.date} AND id > ${after.id})
      ORDER BY coalesce(date, ''), id LIMIT ${BATCH}`.execute(db);
    const keys = assignOrderKeys(
      rows.rows.map((r) => r.date),
      next,
    );
    for (const [i, r] of rows.rows.entries()) {
      const row = searchEntryRow({ ...r, kind: r.kind as SearchKind, subjectId: '', meetingId: null }, keys[i]!);
      await sql`UPDATE search_entries SET order_key = ${row.orderKey}, title_terms = ${row.titleTerms}, content_terms = ${row.contentTerms}, facets = ${row.facets} WHERE id = ${r.id}`.execute(
        db,
      );
    }
    if (rows.rows.length < BATCH) return;
    const last = rows.rows[rows.rows.length - 1]!;
    after = { date: last.date ?? '', id: last.id };
  }
}

async function createTermIndexes(db: Db): Promise<void> {
  await sql`CREATE UNIQUE INDEX search_entries_order_key ON search_entries (order_key)`.execute(db);
  if (dialectOf(db) === 'postgres') {
    await sql`ALTER TABLE search_entries ADD COLUMN terms text[] GENERATED ALWAYS AS (
      string_to_array(btrim(title_terms || ' ' || content_terms), ' ')) STORED`.execute(db);
    await sql`CREATE INDEX search_entries_terms ON search_entries USING gin (terms)`.execute(db);
    return;
  }
  // Contentless: the index only, keyed by order key; the text stays in search_entries. The ascii
  // tokenizer splits only on ASCII separators, so each stored term stays one token. Terms are
  // single tokens, so positions are never needed: detail=column keeps doclists small and counts fast.
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(title_terms, content_terms, facets, content='', contentless_delete=1, detail=column, tokenize='ascii')`.execute(
    db,
  );
  await sql`CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
    INSERT INTO search_fts(rowid, title_terms, content_terms, facets) VALUES (new.order_key, new.title_terms, new.content_terms, new.facets); END`.execute(
    db,
  );
  await sql`CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
    DELETE FROM search_fts WHERE rowid = old.order_key; END`.execute(db);
  await sql`CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN
    DELETE FROM search_fts WHERE rowid = old.order_key;
    INSERT INTO search_fts(rowid, title_terms, content_terms, facets) VALUES (new.order_key, new.title_terms, new.content_terms, new.facets); END`.execute(
    db,
  );
  await sql`INSERT INTO search_fts(rowid, title_terms, content_terms, facets) SELECT order_key, title_terms, content_terms, facets FROM search_entries`.execute(
    db,
  );
}

export async function up(db: Db): Promise<void> {
  await dropEngineIndexes(db);
  await db.schema
    .alterTable('search_entries')
    .addColumn('order_key', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  for (const column of ['title_terms', 'content_terms', 'facets']) {
    await db.schema
      .alterTable('search_entries')
      .addColumn(column, 'text', (c) => c.notNull().defaultTo(''))
      .execute();
  }
  await backfill(db);
  await createTermIndexes(db);
}

export async function down(db: Db): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`DROP INDEX IF EXISTS search_entries_terms`.execute(db);
    await sql`ALTER TABLE search_entries DROP COLUMN IF EXISTS terms`.execute(db);
    await sql`ALTER TABLE search_entries ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', content), 'B')) STORED`.execute(
      db,
    );
    await sql`CREATE INDEX search_entries_tsv ON search_entries USING gin (tsv)`.execute(db);
  } else {
    for (const trigger of ['search_entries_ai', 'search_entries_ad', 'search_entries_au'])
      await sql`DROP TRIGGER IF EXISTS ${sql.raw(trigger)}`.execute(db);
    await sql`DROP TABLE IF EXISTS search_fts`.execute(db);
  }
  await sql`DROP INDEX IF EXISTS search_entries_order_key`.execute(db);
  for (const column of ['order_key', 'title_terms', 'content_terms', 'facets'])
    await db.schema.alterTable('search_entries').dropColumn(column).execute();
}
