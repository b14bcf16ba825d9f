import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/*
 * Title matches found without walking every entry of a common word (issue 15 item 4). Search lists
 * entries whose title holds every word first; found through a column filter, a word common in
 * minutes but rare in titles made the engine walk all its entries to find the few in titles.
 *
 * SQLite: the full-text index gets a fourth column, `title_marks`, holding each title term again
 * with a mark (`§`, which no term contains, as terms are letters and digits only): `§housing` has a
 * list of its own, as short as the titles holding "housing". The column is made by the triggers from
 * `title_terms`, so search_entries does not change.
 *
 * PostgreSQL: the title terms as an array with a GIN index of their own, beside `terms`.
 */

type Db = Kysely<any>;

/** The title terms, each marked: '' stays '', 'a b' becomes '§a §b'. */
const MARKED = `CASE WHEN new.title_terms = '' THEN '' ELSE '§' || replace(new.title_terms, ' ', ' §') END`;

async function dropTriggers(db: Db): Promise<void> {
  for (const trigger of ['search_entries_ai', 'search_entries_ad', 'search_entries_au'])
    await sql`DROP TRIGGER IF EXISTS ${sql.raw(trigger)}`.execute(db);
  await sql`DROP TABLE IF EXISTS search_fts`.execute(db);
}

export async function up(db: Db): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`ALTER TABLE search_entries ADD COLUMN title_array text[] GENERATED ALWAYS AS (
      string_to_array(title_terms, ' ')) STORED`.execute(db);
    await sql`CREATE INDEX search_entries_title_array ON search_entries USING gin (title_array)`.execute(db);
    return;
  }
  await dropTriggers(db);
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(title_terms, content_terms, facets, title_marks, content='', contentless_delete=1, detail=column, tokenize='ascii')`.execute(
    db,
  );
  const insert = `INSERT INTO search_fts(rowid, title_terms, content_terms, facets, title_marks)
    VALUES (new.order_key, new.title_terms, new.content_terms, new.facets, ${MARKED});`;
  await sql`CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN ${sql.raw(insert)} END`.execute(db);
  await sql`CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
    DELETE FROM search_fts WHERE rowid = old.order_key; END`.execute(db);
  await sql`CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN
    DELETE FROM search_fts WHERE rowid = old.order_key; ${sql.raw(insert)} END`.execute(db);
  await sql`INSERT INTO search_fts(rowid, title_terms, content_terms, facets, title_marks)
    SELECT order_key, title_terms, content_terms, facets, ${sql.raw(MARKED.replace(/new\./g, ''))} FROM search_entries`.execute(
    db,
  );
}

export async function down(db: Db): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`DROP INDEX IF EXISTS search_entries_title_array`.execute(db);
    await sql`ALTER TABLE search_entries DROP COLUMN IF EXISTS title_array`.execute(db);
    return;
  }
  await dropTriggers(db);
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(title_terms, content_terms, facets, content='', contentless_delete=1, detail=column, tokenize='ascii')`.execute(
    db,
  );
  const insert = `INSERT INTO search_fts(rowid, title_terms, content_terms, facets)
    VALUES (new.order_key, new.title_terms, new.content_terms, new.facets);`;
  await sql`CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN ${sql.raw(insert)} END`.execute(db);
  await sql`CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
    DELETE FROM search_fts WHERE rowid = old.order_key; END`.execute(db);
  await sql`CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN
    DELETE FROM search_fts WHERE rowid = old.order_key; ${sql.raw(insert)} END`.execute(db);
  await sql`INSERT INTO search_fts(rowid, title_terms, content_terms, facets)
    SELECT order_key, title_terms, content_terms, facets FROM search_entries`.execute(db);
}
