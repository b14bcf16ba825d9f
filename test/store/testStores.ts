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

async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = adminUrl();
  const name = `quorum_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
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

/** A migrated, empty database of the given engine. */
export async function testStore(dialect: DialectName): Promise<TestStore> {
  const t = await emptyTestStore(dialect);
  await migrateToLatest(t.store);
  return t;
}
