import type { Kysely } from 'kysely';
import { trackChanges } from './0013-data-version.js';

/*
 * Minutes written in the workspace (issue 17 items 3 and 5), into the same tables imported minutes
 * fill, so the public reads both alike:
 * - agenda_items: a version per item's minutes (two clerks cannot overwrite each other) and the
 *   item's place in the minutes, which may differ from the agenda's;
 * - resolutions: a motion or amendment with its mover, seconder, the rule that decides it, the
 *   chair's casting vote and the result stated (votes stay in `votes`, a tally or one row a member);
 * - meeting_minutes: draft or confirmed, and which meeting confirmed them. A meeting without a row
 *   has imported minutes, which count as confirmed;
 * - minute_amendments: a correction after confirmation, with its reason and the meeting that agreed it.
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable('agenda_items')
    .addColumn('minutes_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('agenda_items').addColumn('minute_position', 'integer').execute();
  for (const column of [
    'motion_kind',
    'mover_id',
    'seconder_id',
    'vote_rule',
    'casting_vote',
    'outcome',
    'outcome_reason',
  ])
    await db.schema.alterTable('resolutions').addColumn(column, 'text').execute();
  await db.schema.alterTable('resolutions').addColumn('vote_membership', 'integer').execute();
  await db.schema
    .createTable('meeting_minutes')
    .addColumn('meeting_id', 'text', (c) => c.primaryKey().references('meetings.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('confirmed_by_meeting_id', 'text', (c) => c.references('meetings.id').onDelete('set null'))
    .addColumn('confirmed_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('minute_amendments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.references('agenda_items.id').onDelete('set null'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('agreed_at_meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('minute_amendments_meeting').on('minute_amendments').column('meeting_id').execute();
  await trackChanges(db, 'meeting_minutes');
  await trackChanges(db, 'minute_amendments');
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('minute_amendments').ifExists().execute();
  await db.schema.dropTable('meeting_minutes').ifExists().execute();
  for (const column of [
    'vote_membership',
    'outcome_reason',
    'outcome',
    'casting_vote',
    'vote_rule',
    'seconder_id',
    'mover_id',
    'motion_kind',
  ])
    await db.schema.alterTable('resolutions').dropColumn(column).execute();
  await db.schema.alterTable('agenda_items').dropColumn('minute_position').execute();
  await db.schema.alterTable('agenda_items').dropColumn('minutes_version').execute();
}
