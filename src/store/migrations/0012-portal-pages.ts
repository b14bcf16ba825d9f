import { sql, type Kysely } from 'kysely';
import { indexedTitleTerms } from '../search/searchTerms.js';

/*
 * The portal's pages that answer questions (issue 15):
 * - search finds abbreviations: a title's terms now hold the acronyms of its capitalised names
 *   ("Special Educational Need and/or Disability" is also `send`). Titles stored before are given
 *   theirs, in keyset-paged batches; only rows that change are written. The engines' own indexes
 *   follow: SQLite's FTS5 through the update trigger, PostgreSQL's generated `terms` column;
 * - the documents index pages by key, newest import first: an index on (imported_at, id) walks it;
 * - whether a document is filed under an exempt item is asked per document: an index on
 *   item_documents(document_id) answers it without reading every paper.
 */

type Db = Kysely<any>;
const BATCH = 500;

export async function up(db: Db): Promise<void> {
  await db.schema.createIndex('documents_imported').on('documents').columns(['imported_at', 'id']).execute();
  await db.schema.createIndex('item_documents_document').on('item_documents').column('document_id').execute();
  await addTitleAcronyms(db);
}

/** The title acronyms stay: they find nothing they should not, and a re-index writes them anyway. */
export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex('item_documents_document').execute();
  await db.schema.dropIndex('documents_imported').execute();
}

async function addTitleAcronyms(db: Db): Promise<void> {
  let after = -1;
  for (;;) {
    const rows = await sql<{ orderKey: number | string; title: string; titleTerms: string }>`
      SELECT order_key, title, title_terms FROM search_entries WHERE order_key > ${after}
      ORDER BY order_key LIMIT ${BATCH}`.execute(db);
    for (const row of rows.rows) {
      const terms = indexedTitleTerms(row.title);
      if (terms !== row.titleTerms)
        await sql`UPDATE search_entries SET title_terms = ${terms} WHERE order_key = ${row.orderKey}`.execute(db);
    }
    if (rows.rows.length < BATCH) return;
    after = Number(rows.rows[rows.rows.length - 1]!.orderKey);
  }
}
