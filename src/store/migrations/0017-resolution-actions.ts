import type { Kysely } from 'kysely';

/*
 * Actions a resolution promises (issue 17): owner, due date, status. The resolution is referred to
 * without a foreign key, so that a re-import that rebuilds an item's resolutions never takes a
 * clerk's actions with it; ids of resolutions are stable across re-imports.
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('resolution_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resolution_id', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('resolution_actions_resolution')
    .on('resolution_actions')
    .column('resolution_id')
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('resolution_actions').ifExists().execute();
}
