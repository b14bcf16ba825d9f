import type { Kysely } from 'kysely';
import { trackChanges } from './0013-data-version.js';

/*
 * The work programme (issue 18 item 4). The entries table of 0001 gains where a topic came from
 * (and the record it came from: a follow-up's resolution, a forward plan entry), the executive member
 * and lead officer (a name, and the person when known), whether it is substantive (the
 * two-per-meeting load) or exempt (never public), and a version for optimistic locking. Scores are
 * kept per entry and criterion with who scored and when; the criteria themselves are the council's
 * (a settings row, the protocol's when unset). `source_ref` is referred to without a foreign key: a
 * re-import that rebuilds resolutions keeps their ids and must never take an entry with it.
 */

type Db = Kysely<any>;

const NEW_COLUMNS = [
  'source',
  'source_ref',
  'executive_member',
  'executive_member_id',
  'lead_officer',
  'lead_officer_id',
  'substantive',
  'exempt',
  'version',
  'created_at',
  'updated_at',
] as const;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('work_programme_entries').addColumn('source', 'text').execute();
  for (const column of ['source_ref', 'executive_member', 'executive_member_id', 'lead_officer', 'lead_officer_id'])
    await db.schema.alterTable('work_programme_entries').addColumn(column, 'text').execute();
  await db.schema
    .alterTable('work_programme_entries')
    .addColumn('substantive', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('work_programme_entries')
    .addColumn('exempt', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('work_programme_entries')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  for (const column of ['created_at', 'updated_at'])
    await db.schema.alterTable('work_programme_entries').addColumn(column, 'text').execute();
  await db.schema
    .createIndex('work_programme_entries_body_year')
    .on('work_programme_entries')
    .columns(['body_id', 'municipal_year'])
    .execute();
  await db.schema
    .createIndex('work_programme_entries_source_ref')
    .on('work_programme_entries')
    .column('source_ref')
    .execute();
  await db.schema
    .createIndex('work_programme_entries_meeting')
    .on('work_programme_entries')
    .column('meeting_id')
    .execute();

  await db.schema
    .createTable('work_programme_scores')
    .addColumn('entry_id', 'text', (c) => c.notNull().references('work_programme_entries.id').onDelete('cascade'))
    .addColumn('criterion', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('scored_by', 'text', (c) => c.notNull())
    .addColumn('scored_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('work_programme_scores_pk', ['entry_id', 'criterion'])
    .execute();
  await trackChanges(db, 'work_programme_scores');
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('work_programme_scores').ifExists().execute();
  for (const index of [
    'work_programme_entries_body_year',
    'work_programme_entries_source_ref',
    'work_programme_entries_meeting',
  ])
    await db.schema.dropIndex(index).ifExists().execute();
  for (const column of [...NEW_COLUMNS].reverse())
    await db.schema.alterTable('work_programme_entries').dropColumn(column).execute();
}
