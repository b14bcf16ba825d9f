import type { Kysely } from 'kysely';

/*
 * Decision notices (issue 17): the published record of each executive, committee, council or
 * officer decision, with its reasons, alternatives and call-in dates.
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('decision_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('maker_kind', 'text', (c) => c.notNull())
    .addColumn('decision_maker', 'text', (c) => c.notNull())
    .addColumn('body_id', 'text', (c) => c.references('bodies.id').onDelete('set null'))
    .addColumn('is_key', 'integer', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('alternatives', 'text')
    .addColumn('call_in', 'text', (c) => c.notNull())
    .addColumn('urgency_reason', 'text')
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addColumn('call_in_deadline', 'text')
    .addColumn('implementable_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decision_notices_published')
    .on('decision_notices')
    .columns(['published_on', 'id'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('decision_notices').ifExists().execute();
}
