import type { Kysely } from 'kysely';
import { trackChanges } from './0013-data-version.js';

/*
 * Declarations written in the workspace (issue 17 item 2) go into the same `declarations` table as
 * imported ones, with what the member did: left the room, took no part, had a dispensation. Null
 * where the record does not say, as for every imported declaration. Members' standing registers of
 * interests are new: `interest_entries` (one row per entry) and `interest_reviews` (when each
 * member last reviewed their register). Both are published on people's pages, so they bump the
 * data version.
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  for (const column of ['left_room', 'took_no_part', 'dispensation'])
    await db.schema.alterTable('declarations').addColumn(column, 'integer').execute();
  await db.schema
    .createTable('interest_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('arose_on', 'text', (c) => c.notNull())
    .addColumn('registered_on', 'text', (c) => c.notNull())
    .addColumn('sensitive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interest_entries_person').on('interest_entries').column('person_id').execute();
  await trackChanges(db, 'interest_entries');
  await db.schema
    .createTable('interest_reviews')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('reviewed_on', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .execute();
  await trackChanges(db, 'interest_reviews');
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('interest_reviews').ifExists().execute();
  await db.schema.dropTable('interest_entries').ifExists().execute();
  for (const column of ['left_room', 'took_no_part', 'dispensation'])
    await db.schema.alterTable('declarations').dropColumn(column).execute();
}
