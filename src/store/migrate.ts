import { Migrator, sql, type Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import type { Database } from './database.js';
import type { Store } from './store.js';
import { dbOf } from './storeDb.js';
import { MIGRATIONS } from './migrations/index.js';

const MIGRATION_TABLE = 'quorum_migrations';
const MIGRATION_LOCK_TABLE = 'quorum_migrations_lock';

export interface SchemaStatus {
  readonly applied: readonly string[];
  readonly pending: readonly string[];
  /** Applied by a newer Quorum than this one. */
  readonly unknown: readonly string[];
}

export interface MigrationReport {
  readonly applied: readonly string[];
  readonly status: SchemaStatus;
}

async function appliedNames(db: Kysely<Database>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  if (!tables.some((t) => t.name === MIGRATION_TABLE)) return [];
  const rows = await sql<{ name: string }>`SELECT name FROM ${sql.table(MIGRATION_TABLE)} ORDER BY name`.execute(db);
  return rows.rows.map((r) => r.name);
}

export async function schemaStatus(store: Store): Promise<SchemaStatus> {
  return schemaStatusOf(dbOf(store));
}

async function schemaStatusOf(db: Kysely<Database>): Promise<SchemaStatus> {
  const applied = await appliedNames(db);
  const known = Object.keys(MIGRATIONS);
  return {
    applied,
    pending: known.filter((name) => !applied.includes(name)),
    unknown: applied.filter((name) => !known.includes(name)),
  };
}

function tooNew(status: SchemaStatus, where: string): AppError {
  return new AppError(
    'SCHEMA_TOO_NEW',
    `${where} has schema version ${status.unknown.at(-1)}, newer than this Quorum knows (${Object.keys(MIGRATIONS).at(-1)}); upgrade Quorum`,
  );
}

/** Brings the schema up to date. Fails with SCHEMA_TOO_NEW rather than touching a database from a newer Quorum. */
export async function migrateToLatest(store: Store): Promise<MigrationReport> {
  return migrateDatabaseToLatest(dbOf(store), store.description);
}

/** `migrateToLatest` on a bare query builder: for tests of the migrations themselves. */
export async function migrateDatabaseToLatest(db: Kysely<Database>, where = 'the database'): Promise<MigrationReport> {
  const before = await schemaStatusOf(db);
  if (before.unknown.length > 0) throw tooNew(before, where);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
    // Numbers are handed out to work done side by side (0007-0009 after 0010 was merged): a database
    // that already ran a later number must still take an earlier one that arrives after it.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration';
    throw new AppError('MIGRATION_FAILED', `migration ${failed} failed on ${where}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
    status: await schemaStatusOf(db),
  };
}

/** Every schema version this Quorum knows, oldest first. */
export function knownSchemaVersions(): readonly string[] {
  return Object.keys(MIGRATIONS);
}

/**
 * Brings the schema to exactly `name` (up or down): a restore loads a backup into the schema it
 * was made with, then migrates to the latest. Fails with SCHEMA_TOO_NEW for a name this Quorum
 * does not know.
 */
export async function migrateTo(store: Store, name: string): Promise<void> {
  const db = dbOf(store);
  if (!(name in MIGRATIONS)) {
    throw new AppError(
      'SCHEMA_TOO_NEW',
      `schema version ${name} is newer than this Quorum knows (${Object.keys(MIGRATIONS).at(-1)}); upgrade Quorum`,
    );
  }
  const before = await schemaStatusOf(db);
  if (before.unknown.length > 0) throw tooNew(before, store.description);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: MIGRATION_LOCK_TABLE,
  });
  const { error, results } = await migrator.migrateTo(name);
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'a migration';
    throw new AppError(
      'MIGRATION_FAILED',
      `migration ${failed} failed on ${store.description}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}

/** For commands that read and write but do not migrate: the schema must be exactly the one this code knows. */
export async function assertSchemaCurrent(store: Store): Promise<void> {
  const where = store.description;
  const status = await schemaStatusOf(dbOf(store));
  if (status.unknown.length > 0) throw tooNew(status, where);
  if (status.pending.length > 0) {
    throw new AppError(
      'SCHEMA_OUT_OF_DATE',
      `${where} needs ${status.pending.length} migration(s); run \`npx quorum migrate\``,
    );
  }
}
