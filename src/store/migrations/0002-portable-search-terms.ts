import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';
import { indexedTerms } from '../search/searchTerms.js';

/*
 * Search terms made in TypeScript for both engines (issue 5: the same query gives the same results
 * in the same order on SQLite and PostgreSQL). Replaces FTS5's porter tokenizer and PostgreSQL's
 * english tsvector, which split and stem words differently.
 */

type Db = Kysely<any>;
const BATCH = 500;

async function dropEngineIndexes(db: Db): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`DROP INDEX IF EXISTS search_entries_tsv`.execute(db);
    await sql`ALTER TABLE search_entries DROP COLUMN IF EXISTS tsv`.execute(db);
    return;
  }
  for (const trigger of ['search_entries_ai', 'search_entries_ad', 'search_entries_au']) await sql`DROP TRIGGER IF EXISTS ${sql.raw(trigger)}`.execute(db);
  await sql`DROP TABLE IF EXISTS search_fts`.execute(db);
}

/** Fills the term columns of rows stored before this migration, in keyset-paged batches. */
async function backfillTerms(db: Db): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await sql<{ id: string; title: string; content: string }>`
      SELECT id, title, content FROM search_entries WHERE id > ${after} ORDER BY id LIMIT ${BATCH}`.execute(db);
    for (const r of rows.rows) {
      await sql`UPDATE search_entries SET title_terms = ${indexedTerms(r.title)}, content_terms = ${indexedTerms(r.content)} WHERE id = ${r.id}`.execute(db);
    }
    if (rows.rows.length < BATCH) return;
    after = rows.rows[rows.rows.length - 1]!.id;
  }
}

async function createTermIndexes(db: Db): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`ALTER TABLE search_entries ADD COLUMN terms text[] GENERATED ALWAYS AS (
      string_to_array(btrim(title_terms || ' ' || content_terms), ' ')) STORED`.execute(db);
    await sql`CREATE INDEX search_entries_terms ON search_entries USING gin (terms)`.execute(db);
    return;
  }
  // The ascii tokenizer splits only on ASCII separators, so each stored term stays one token.
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(title_terms, content_terms, content='search_entries', content_rowid='rowid', tokenize='ascii')`.execute(db);
  await sql`CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
    INSERT INTO search_fts(rowid, title_terms, content_terms) VALUES (new.rowid, new.title_terms, new.content_terms); END`.execute(db);
  await sql`CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
    INSERT INTO search_fts(search_fts, rowid, title_terms, content_terms) VALUES ('delete', old.rowid, old.title_terms, old.content_terms); END`.execute(db);
  await sql`CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN
    INSERT INTO search_fts(search_fts, rowid, title_terms, content_terms) VALUES ('delete', old.rowid, old.title_terms, old.content_terms);
    INSERT INTO search_fts(rowid, title_terms, content_terms) VALUES (new.rowid, new.title_terms, new.content_terms); END`.execute(db);
  await sql`INSERT INTO search_fts(search_fts) VALUES ('rebuild')`.execute(db);
}

export async function up(db: Db): Promise<void> {
  await dropEngineIndexes(db);
  await db.schema.alterTable('search_entries').addColumn('title_terms', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('search_entries').addColumn('content_terms', 'text', (c) => c.notNull().defaultTo('')).execute();
  await backfillTerms(db);
  await createTermIndexes(db);
}

export async function down(db: Db): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`DROP INDEX IF EXISTS search_entries_terms`.execute(db);
    await sql`ALTER TABLE search_entries DROP COLUMN IF EXISTS terms`.execute(db);
    await sql`ALTER TABLE search_entries ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', content), 'B')) STORED`.execute(db);
    await sql`CREATE INDEX search_entries_tsv ON search_entries USING gin (tsv)`.execute(db);
  } else {
    for (const trigger of ['search_entries_ai', 'search_entries_ad', 'search_entries_au']) await sql`DROP TRIGGER IF EXISTS ${sql.raw(trigger)}`.execute(db);
    await sql`DROP TABLE IF EXISTS search_fts`.execute(db);
  }
  await db.schema.alterTable('search_entries').dropColumn('title_terms').execute();
  await db.schema.alterTable('search_entries').dropColumn('content_terms').execute();
}
