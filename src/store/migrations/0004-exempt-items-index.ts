import { sql, type Kysely } from 'kysely';

/*
 * Every public read excludes exempt items (public/publicScope.ts) with `NOT IN (exempt item ids)`.
 * Exempt items are few: a partial index holds only them, so that list costs a few rows however
 * large the archive.
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await sql`CREATE INDEX agenda_items_exempt ON agenda_items (id) WHERE is_exempt <> 0`.execute(db);
}

export async function down(db: Db): Promise<void> {
  await sql`DROP INDEX IF EXISTS agenda_items_exempt`.execute(db);
}
