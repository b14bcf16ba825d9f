import { sql, type Kysely } from 'kysely';

/*
 * Two lookups every import makes that read a whole table, growing with the archive (issue 14
 * item 7): the recommendations still waiting for a tracker reference (asked after each meeting's
 * items are saved; nearly all have one), and a document's own search entry (forgotten when a
 * newer version arrives or a document is kept for review). Partial indexes hold only those rows,
 * so each costs a few rows however large the record, and writing the others costs nothing more.
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await sql`CREATE INDEX recommendations_unreferenced ON recommendations (meeting_id) WHERE reference_number IS NULL`.execute(
    db,
  );
  await sql`CREATE INDEX search_entries_document ON search_entries (subject_id) WHERE kind = 'document'`.execute(db);
}

export async function down(db: Db): Promise<void> {
  await sql`DROP INDEX IF EXISTS search_entries_document`.execute(db);
  await sql`DROP INDEX IF EXISTS recommendations_unreferenced`.execute(db);
}
