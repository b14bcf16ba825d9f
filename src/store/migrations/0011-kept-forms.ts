import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';
import { trackChanges } from './0013-data-version.js';

/*
 * Work kept across an expired session (issue 17, "nothing typed is lost"): when a clerk's session
 * has ended by the time they press Save, what the form carried is kept here for a short while,
 * bound to their account and keyed by the SHA-256 of a random token that only the sign-in page's
 * hidden field holds; signing in again as the same account gives it back once.
 *
 *
 * And the state of each register of interests entry (issue 17, editable entries): the version its
 * edit forms carry (optimistic locking: a save names the version it saw) and, once the interest
 * has ended, when it ended and when the end was registered (the 28 days run again from the end).
 * A side table rather than columns: this number runs before interest_entries exists on a new
 * database, so it cannot alter it nor name it in a foreign key; the repository removes a state
 * with its entry. No row: version 0, not ended.
 *
 * Numbered 0011 but written after 0023: on a new database it runs before 0013 (which then tracks
 * the table with all the others); on one that already has the data version it tracks it itself.
 */

type Db = Kysely<any>;

async function hasDataVersion(db: Db): Promise<boolean> {
  const rows =
    dialectOf(db) === 'postgres'
      ? await sql`SELECT 1 FROM information_schema.tables WHERE table_name = 'data_version' AND table_schema = current_schema()`.execute(
          db,
        )
      : await sql`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'data_version'`.execute(db);
  return rows.rows.length > 0;
}

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('kept_forms')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('page_path', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('fields_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('kept_forms_account').on('kept_forms').columns(['account_id', 'created_at']).execute();
  await db.schema
    .createTable('interest_entry_states')
    .addColumn('entry_id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('end_registered_on', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  if (await hasDataVersion(db)) {
    await trackChanges(db, 'kept_forms');
    // Published: an ended interest leaves the member's public register.
    await trackChanges(db, 'interest_entry_states');
  }
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('interest_entry_states').ifExists().execute();
  await db.schema.dropTable('kept_forms').ifExists().execute();
}
