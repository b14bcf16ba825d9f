import { sql, type Kysely } from 'kysely';

/*
 * News feeds read meetings newest-changed first (feedEntries.ts: updated_at DESC, date DESC, id).
 * The indexes carry that exact order, so both engines read a page of it without sorting the archive.
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await sql`CREATE INDEX meetings_updated_at ON meetings (updated_at DESC, date DESC, id)`.execute(db);
  await sql`CREATE INDEX meetings_body_updated_at ON meetings (body_id, updated_at DESC, date DESC, id)`.execute(db);
}

export async function down(db: Db): Promise<void> {
  await sql`DROP INDEX IF EXISTS meetings_body_updated_at`.execute(db);
  await sql`DROP INDEX IF EXISTS meetings_updated_at`.execute(db);
}
