import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';
import { recordTables, trackChanges } from './0013-data-version.js';

/*
 * Tables made after the data version (absence approvals, decision notices, resolution actions)
 * bump it too, so the render cache never keeps a page they changed. Tables already tracked (made
 * before 0013 ran, whatever their number) are left alone.
 */

type Db = Kysely<any>;

async function isTracked(db: Db, table: string): Promise<boolean> {
  const rows =
    dialectOf(db) === 'postgres'
      ? await sql`SELECT 1 FROM pg_trigger WHERE tgname = ${`${table}_data_version`}`.execute(db)
      : await sql`SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ${`${table}_dv_ai`}`.execute(db);
  return rows.rows.length > 0;
}

export async function up(db: Db): Promise<void> {
  for (const table of await recordTables(db)) if (!(await isTracked(db, table))) await trackChanges(db, table);
}

export async function down(): Promise<void> {
  // The triggers go with their tables, or with 0013's down.
}
