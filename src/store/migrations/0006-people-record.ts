import type { Kysely } from 'kysely';

/*
 * The people record a clerk can trust and correct:
 * - memberships say on what they rest: 'stated' (a membership list, terms of reference, "appointed
 *   to") or 'inferred' from attendance as a member, with the dates of the first and last evidence
 *   and how many meetings gave it;
 * - officer posts read from "in attendance" lines keep the dates they were first and last seen;
 * - review_flags hold what an import could not settle (a declaration by someone not recorded at the
 *   meeting), kept until a clerk dismisses them;
 * - person_changes is the audit of a clerk's corrections (rename, merge, split) with what each
 *   changed, so that each can be undone.
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable('memberships')
    .addColumn('basis', 'text', (c) => c.notNull().defaultTo('stated'))
    .execute();
  for (const column of ['first_seen_on', 'last_seen_on', 'statement'])
    await db.schema.alterTable('memberships').addColumn(column, 'text').execute();
  await db.schema.alterTable('memberships').addColumn('meetings', 'integer').execute();
  for (const column of ['first_seen_on', 'last_seen_on'])
    await db.schema.alterTable('officer_posts').addColumn(column, 'text').execute();
  await db.schema.alterTable('officer_posts').addColumn('meetings', 'integer').execute();

  await db.schema
    .createTable('review_flags')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('subject_id', 'text')
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('source_document_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('dismissed_at', 'text')
    .addColumn('dismissed_by', 'text')
    .execute();
  await db.schema.createIndex('review_flags_meeting').on('review_flags').column('meeting_id').execute();

  await db.schema
    .createTable('person_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('other_person_id', 'text')
    .addColumn('made_by', 'text', (c) => c.notNull())
    .addColumn('made_at', 'text', (c) => c.notNull())
    .addColumn('before', 'text', (c) => c.notNull())
    .addColumn('after', 'text', (c) => c.notNull())
    .addColumn('undoes_id', 'text')
    .addColumn('undone_by_id', 'text')
    .execute();
  await db.schema.createIndex('person_changes_person').on('person_changes').column('person_id').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('person_changes').ifExists().execute();
  await db.schema.dropTable('review_flags').ifExists().execute();
  for (const column of ['meetings', 'last_seen_on', 'first_seen_on'])
    await db.schema.alterTable('officer_posts').dropColumn(column).execute();
  for (const column of ['meetings', 'statement', 'last_seen_on', 'first_seen_on', 'basis'])
    await db.schema.alterTable('memberships').dropColumn(column).execute();
}
