import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/*
 * Scheduling (issue 16): a meeting's calendar revision, iCal's SEQUENCE, stored and grown by one
 * with each change a calendar shows; and the public changes to a meeting (moved, cancelled,
 * reinstated), which its page and the feeds announce.
 *
 * SEQUENCE was the whole seconds between created_at and updated_at. Calendar apps ignore an update
 * whose SEQUENCE is lower than one they hold, so the stored revision starts from that number, never
 * below it: the first change after this migration still reaches every subscriber.
 */

type Db = Kysely<any>;

async function backfillRevision(db: Db): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`UPDATE meetings SET revision = LEAST(2147483647, GREATEST(0,
      floor(extract(epoch FROM (updated_at::timestamptz - created_at::timestamptz)))::bigint))
      WHERE updated_at ~ '^\\d{4}-\\d{2}-\\d{2}T' AND created_at ~ '^\\d{4}-\\d{2}-\\d{2}T'`.execute(db);
    return;
  }
  // julianday is exact to well under a millisecond here: rounded to whole milliseconds, then divided down.
  await sql`UPDATE meetings SET revision = min(2147483647, max(0,
      CAST(round((julianday(updated_at) - julianday(created_at)) * 86400000) AS INTEGER) / 1000))
      WHERE julianday(updated_at) IS NOT NULL AND julianday(created_at) IS NOT NULL`.execute(db);
}

export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable('meetings')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await backfillRevision(db);
  await db.schema
    .createTable('meeting_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('from_time', 'text')
    .addColumn('to_date', 'text', (c) => c.notNull())
    .addColumn('to_time', 'text')
    .addColumn('reason', 'text')
    .execute();
  await db.schema.createIndex('meeting_changes_meeting').on('meeting_changes').columns(['meeting_id', 'at']).execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('meeting_changes').ifExists().execute();
  await db.schema.alterTable('meetings').dropColumn('revision').execute();
}
