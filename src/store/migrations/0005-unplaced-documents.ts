import type { Kysely } from 'kysely';

/*
 * Nothing an import reads vanishes (issue 14): a document whose meeting cannot be placed (no date,
 * no body, nothing recognised) is still stored and searchable, and waits here for a clerk with the
 * reason. Its exempt passages cannot be found through filed items (there are none), so the
 * passages the reader found exempt are kept beside it and withheld like those of filed items.
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('unplaced_documents')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('withheld_passages')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('withheld_passages_pk', ['document_id', 'start_offset'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('withheld_passages').ifExists().execute();
  await db.schema.dropTable('unplaced_documents').ifExists().execute();
}
