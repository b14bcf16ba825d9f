import type { Kysely } from 'kysely';

/*
 * The record made editable by clerks (issue 16, item 2):
 * - body_seats: a body's political balance where the council sets one, seats per political group;
 * - corrections: what an imported document said of a fact a clerk has since corrected (a
 *   membership's role or dates, a person's name), with who corrected it and when, so that pages
 *   can say both. The audit log keeps every change; this keeps what readers are shown;
 * - memberships.entered_by and officer_posts.entered_by: the account that entered or corrected the
 *   row. A re-import replaces what documents stated, but never a row a clerk has entered or mended.
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('body_seats')
    .addColumn('body_id', 'text', (c) => c.notNull().references('bodies.id').onDelete('cascade'))
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('seats', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('body_seats_pk', ['body_id', 'party'])
    .execute();
  await db.schema
    .createTable('corrections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('document_value', 'text')
    .addColumn('corrected_value', 'text')
    .addColumn('source_document_id', 'text')
    .addColumn('corrected_by', 'text', (c) => c.notNull())
    .addColumn('corrected_at', 'text', (c) => c.notNull())
    .addColumn('change_id', 'text')
    .execute();
  await db.schema
    .createIndex('corrections_subject')
    .on('corrections')
    .columns(['subject_kind', 'subject_id'])
    .execute();
  await db.schema.alterTable('memberships').addColumn('entered_by', 'text').execute();
  await db.schema.alterTable('officer_posts').addColumn('entered_by', 'text').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.alterTable('officer_posts').dropColumn('entered_by').execute();
  await db.schema.alterTable('memberships').dropColumn('entered_by').execute();
  await db.schema.dropTable('corrections').ifExists().execute();
  await db.schema.dropTable('body_seats').ifExists().execute();
}
