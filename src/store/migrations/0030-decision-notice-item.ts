import type { Kysely } from 'kysely';

/*
 * A decision notice may name the agenda item it was taken on (issue 17's open-data gaps): OParl
 * links the notice to that item and its meeting, and a notice of an exempt item is as private as
 * the item (issue 19), so the public reads leave it out of every output. Null for an officer's
 * decision or one taken outside a meeting. No foreign key: an item's id is stable across
 * re-imports, which delete and write the meeting's items again.
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('decision_notices').addColumn('item_id', 'text').execute();
  await db.schema.createIndex('decision_notices_item').on('decision_notices').column('item_id').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex('decision_notices_item').ifExists().execute();
  await db.schema.alterTable('decision_notices').dropColumn('item_id').execute();
}
