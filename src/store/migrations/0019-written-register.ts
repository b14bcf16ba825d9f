import type { Kysely } from 'kysely';

/*
 * The written register (issue 17 item 1): the clerk records at the meeting how each person
 * attended (in the room or remotely) and when they came and went, against agenda items, in the
 * same `attendance` rows an import writes, so the public sees one register whatever its source.
 * Items are referred to without a foreign key: a departure noted against an item the agenda later
 * drops keeps its time, and the count treats the item as unknown. `meetings.register_version`
 * guards the register against two clerks saving over each other (optimistic: compare and bump).
 * `attendance` is tracked by the data version since 0013; new columns change nothing there.
 */

type Db = Kysely<any>;

const TEXT_COLUMNS = ['arrived_item_id', 'arrived_at', 'left_item_id', 'left_at'];
const FLAG_COLUMNS = ['remote', 'arrived_during', 'left_during'];

export async function up(db: Db): Promise<void> {
  for (const column of FLAG_COLUMNS)
    await db.schema
      .alterTable('attendance')
      .addColumn(column, 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  for (const column of TEXT_COLUMNS) await db.schema.alterTable('attendance').addColumn(column, 'text').execute();
  await db.schema
    .alterTable('meetings')
    .addColumn('register_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable('meetings').dropColumn('register_version').execute();
  for (const column of [...TEXT_COLUMNS, ...FLAG_COLUMNS].reverse())
    await db.schema.alterTable('attendance').dropColumn(column).execute();
}
