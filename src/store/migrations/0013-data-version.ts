import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/*
 * One store-wide data version, bumped by the database itself whenever a row of the record
 * changes, by whatever process writes it (the server's workspace, `quorum import` in another
 * process, a restore). The portal's render cache keys its pages by it (issue 15 item 4), so
 * no page outlives a change. Triggers rather than code in the store's transaction helper, so that
 * a write by any path bumps it; a table added later needs `trackChanges` in its own migration
 * (test/store/dataVersion.test.ts fails until it has it).
 */

type Db = Kysely<any>;

/**
 * Tables whose writes change nothing anyone reads without signing in, and which are written on
 * every signed-in request (sessions): tracking them would empty the cache for nothing.
 */
export const UNTRACKED_TABLES: ReadonlySet<string> = new Set([
  'data_version',
  'sessions',
  'sign_in_links',
  // Which clerk was mailed the weekly digest: never shown to the public.
  'digest_deliveries',
  'quorum_migrations',
  'quorum_migrations_lock',
  'sqlite_sequence',
]);

export async function recordTables(db: Db): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.map((t) => t.name).filter((name) => !UNTRACKED_TABLES.has(name) && !name.startsWith('search_fts'));
}

/** Makes every insert, update and delete of `table` bump the data version. */
export async function trackChanges(db: Db, table: string): Promise<void> {
  const t = sql.table(table);
  if (dialectOf(db) === 'postgres') {
    // One trigger per statement, not per row: an import's bulk inserts bump once each.
    await sql`CREATE TRIGGER ${sql.raw(`${table}_data_version`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${t}
      FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()`.execute(db);
    return;
  }
  // SQLite has row triggers only; an update of a one-row table costs well under a microsecond.
  for (const [event, suffix] of [
    ['INSERT', 'ai'],
    ['UPDATE', 'au'],
    ['DELETE', 'ad'],
  ] as const) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_dv_${suffix}`)} AFTER ${sql.raw(event)} ON ${t} BEGIN
      UPDATE data_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END`.execute(
      db,
    );
  }
}

export async function up(db: Db): Promise<void> {
  const tables = await recordTables(db);
  await db.schema
    .createTable('data_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  // Starts at the clock's milliseconds, not 1: a database recreated (a restore, a migration down
  // and up) never repeats a version a running server may have kept pages under.
  await sql`INSERT INTO data_version (id, version, changed_at) VALUES (1, ${Date.now()}, ${new Date().toISOString()})`.execute(
    db,
  );
  if (dialectOf(db) === 'postgres') {
    // Bumped once per transaction: the row is locked from the first write to the commit, so
    // writers queue behind each other (they are few: one import, a clerk's edit), readers never.
    await sql`CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('quorum.data_version_txid', true) IS DISTINCT FROM txid_current()::text THEN
          UPDATE data_version SET version = version + 1,
            changed_at = to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
          PERFORM set_config('quorum.data_version_txid', txid_current()::text, true);
        END IF;
        RETURN NULL;
      END $$`.execute(db);
  }
  for (const table of tables) await trackChanges(db, table);
}

export async function down(db: Db): Promise<void> {
  const postgres = dialectOf(db) === 'postgres';
  for (const table of await recordTables(db)) {
    if (postgres)
      await sql`DROP TRIGGER IF EXISTS ${sql.raw(`${table}_data_version`)} ON ${sql.table(table)}`.execute(db);
    else
      for (const s of ['ai', 'au', 'ad']) await sql`DROP TRIGGER IF EXISTS ${sql.raw(`${table}_dv_${s}`)}`.execute(db);
  }
  if (postgres) await sql`DROP FUNCTION IF EXISTS bump_data_version()`.execute(db);
  await db.schema.dropTable('data_version').ifExists().execute();
}
