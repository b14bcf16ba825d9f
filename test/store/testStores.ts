import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openStore, sqliteStore, type Store } from '../../src/store/openStore.js';
import type { DialectName } from '../../src/store/dialect.js';

/**
 * Every store test runs on both engines. QUORUM_TEST_DIALECTS filters them ("sqlite", "postgres").
 * PostgreSQL comes from TEST_DATABASE_URL (an account allowed to CREATE DATABASE); each test file
 * gets a database of its own, dropped afterwards. Under CI a missing server fails the run.
 */
export const DIALECTS: readonly DialectName[] = (process.env.QUORUM_TEST_DIALECTS ?? 'sqlite,postgres')
  .split(',')
  .map((d) => d.trim())
  .filter((d): d is DialectName => d === 'sqlite' || d === 'postgres');

export interface TestStore {
  readonly store: Store;
  /** For PostgreSQL: the URL of the test's own database, to open it again. */
  readonly url: string | null;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'TEST_DATABASE_URL is not set: PostgreSQL tests need a server (scripts/postgres-up.sh prints one); set QUORUM_TEST_DIALECTS=sqlite to run SQLite only',
    );
  }
  return url;
}

/**
 * A new database, from `template` when given (a copy of its tables and rows: quicker than migrating
 * again). Commits on it do not wait for the disk (synchronous_commit off): a test database is thrown
 * away, and waiting for each commit's flush was most of a PostgreSQL test's time.
 */
export async function createPostgresDatabase(template?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = adminUrl();
  const name = `quorum_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await createDatabase(client, name, template);
    await client.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      try {
        // An autovacuum worker on the new database cannot be terminated by a non-superuser: wait and retry.
        for (let attempt = 1; ; attempt++) {
          try {
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            return;
          } catch (error) {
            if (attempt >= 10) throw error;
            await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
          }
        }
      } finally {
        await c.end();
      }
    },
  };
}

/** PostgreSQL refuses to copy a template while a session (the setup's own, just closing) is still on it: retried. */
async function createDatabase(client: pg.Client, name: string, template: string | undefined): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** An empty database of the given engine, not yet migrated. */
export async function emptyTestStore(dialect: DialectName): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const store = sqliteStore(new BetterSqlite3(':memory:'), 'SQLite :memory:');
    return { store, url: null, drop: () => store.close() };
  }
  const { url, drop } = await createPostgresDatabase();
  const store = await openStore({ kind: 'postgres', url });
  return {
    store,
    url,
    drop: async () => {
      await store.close();
      await drop();
    },
  };
}

/**
 * A migrated, empty database of the given engine: a copy of one migrated once (per test file for
 * SQLite, per run for PostgreSQL: test/store/postgresTemplate.ts), since most tests want a fresh one
 * and migrating each took longer than many tests themselves.
 */
export async function testStore(dialect: DialectName): Promise<TestStore> {
  const t = dialect === 'sqlite' ? await sqliteCopy() : await postgresCopy();
  // Nothing to apply on a copy; this keeps a copy of a stale template from passing for the latest schema.
  await migrateToLatest(t.store);
  return t;
}

let sqliteTemplate: Promise<Buffer> | null = null;

async function sqliteCopy(): Promise<TestStore> {
  sqliteTemplate ??= (async () => {
    const database = new BetterSqlite3(':memory:');
    const store = sqliteStore(database, 'SQLite :memory:');
    await migrateToLatest(store);
    const image = database.serialize();
    await store.close();
    return image;
  })();
  const store = sqliteStore(new BetterSqlite3(await sqliteTemplate), 'SQLite :memory:');
  return { store, url: null, drop: () => store.close() };
}

async function postgresCopy(): Promise<TestStore> {
  const template = await postgresTemplate();
  if (!template) return emptyTestStore('postgres');
  const { url, drop } = await createPostgresDatabase(template);
  const store = await openStore({ kind: 'postgres', url });
  return {
    store,
    url,
    drop: async () => {
      await store.close();
      await drop();
    },
  };
}

/** The migrated database the run's global setup made, if it made one (not outside vitest, as in the benches). */
async function postgresTemplate(): Promise<string | null> {
  if (!process.env.VITEST) return null;
  const { inject } = await import('vitest');
  return inject('postgresTemplate') ?? null;
}
