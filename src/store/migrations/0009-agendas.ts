import type { Kysely } from 'kysely';

/*
 * The clerk's agenda (issue 16 item 4), kept apart from the published record: `agendas` holds each
 * meeting's version (optimistic locking) and publication count; `agenda_entries` the working copy of
 * its items, projected onto `agenda_items` when published (same ids), so a draft never reaches a
 * public read; `agenda_papers` the uploaded PDFs, named by their SHA-256 (the bytes live once under
 * the data folder); `agenda_publications` each publication with its deadline, lateness, reason and
 * the change notice the public meeting page shows.
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('agendas')
    .addColumn('meeting_id', 'text', (c) => c.primaryKey().references('meetings.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('publications', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('started_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('agenda_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('agendas.meeting_id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('standard_kind', 'text')
    .addColumn('is_exempt', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('exempt_paragraph', 'integer')
    .addColumn('published_in', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('agenda_entries_meeting')
    .on('agenda_entries')
    .columns(['meeting_id', 'position'])
    .execute();
  await db.schema
    .createTable('agenda_papers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('agenda_entries.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('page_count', 'integer', (c) => c.notNull())
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('agenda_papers_entry').on('agenda_papers').columns(['entry_id', 'position']).execute();
  await db.schema
    .createTable('agenda_publications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('is_late', 'integer', (c) => c.notNull())
    .addColumn('late_reason', 'text')
    .addColumn('notice', 'text')
    .addUniqueConstraint('agenda_publications_sequence', ['meeting_id', 'sequence'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  for (const table of ['agenda_publications', 'agenda_papers', 'agenda_entries', 'agendas'])
    await db.schema.dropTable(table).ifExists().execute();
}
