import type { Kysely } from 'kysely';
import { trackChanges } from './0013-data-version.js';

/*
 * The tracker finds recommendations in imported history (issue 18 item 7), including those in a
 * document whose meeting could not be placed (a minutes fragment with no committee or date). They
 * cannot be tracked records yet (no committee, no date to count the response from), so they wait
 * here beside the document, with their place in its text, until a clerk files the document at its
 * meeting; then they become tracked recommendations and these rows go with the review entry.
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('unplaced_recommendations')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('item_title', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('start_offset', 'integer')
    .addColumn('end_offset', 'integer')
    .addPrimaryKeyConstraint('unplaced_recommendations_pk', ['document_id', 'position'])
    .execute();
  await trackChanges(db, 'unplaced_recommendations');
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('unplaced_recommendations').ifExists().execute();
}
