import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import pg from 'pg';
import { AppError } from '../domain/errors.js';
import type { Database } from './database.js';
import { CamelCaseAtCompile, SnakeCasePostgresDialect, SnakeCaseSqliteDialect } from './snakeCaseAtCompile.js';
import { createStore, type Store } from './store.js';
import { withStatementCache } from './sqliteStatementCache.js';
import { describeStore, redactUrl, type StoreConfig } from './storeConfig.js';

export type { Store };

/**
 * Opens the database a config names and checks that it answers.
 * Fails with DATA_DIR_NOT_WRITABLE or DATABASE_UNREACHABLE, each naming the place, never with a driver's stack.
 */
export async function openStore(config: StoreConfig): Promise<Store> {
  return config.kind === 'sqlite' ? openSqlite(config) : openPostgres(config.url);
}

function ensureWritableDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.unlinkSync(probe);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new AppError(
      'DATA_DIR_NOT_WRITABLE',
      `data folder ${dir} is not writable (${reason}); set QUORUM_DATA_DIR to a folder Quorum may write`,
      { cause: error },
    );
  }
}

function openSqlite(config: Extract<StoreConfig, { kind: 'sqlite' }>): Store {
  ensureWritableDir(config.dataDir);
  let database: BetterSqlite3.Database;
  try {
    database = new BetterSqlite3(config.file);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    database.pragma('synchronous = NORMAL');
    // The sub-journal (each savepoint's copy of the pages it changes: an import keeps one per document) stays in
    // memory instead of going to a temporary file page by page; writing it was ~8% of an import's storing time.
    database.pragma('temp_store = MEMORY');
  } catch (error) {
    throw new AppError(
      'DATABASE_UNREACHABLE',
      `cannot open SQLite database ${config.file}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  return sqliteStore(database, describeStore(config));
}

/** A store over an open better-sqlite3 handle (an in-memory database in tests). */
export function sqliteStore(database: BetterSqlite3.Database, description: string): Store {
  database.pragma('foreign_keys = ON');
  const camelCase = new CamelCaseAtCompile();
  const db = new Kysely<Database>({
    dialect: new SnakeCaseSqliteDialect({ database: withStatementCache(database) }, camelCase),
    plugins: [camelCase],
  });
  return createStore(db, 'sqlite', description);
}

/** int8 (counts, sums) as numbers: our counts stay far below 2^53. */
const PG_TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
    if (oid === 20 || oid === 1700) return Number;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

async function openPostgres(url: string): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    types: PG_TYPES as pg.CustomTypesConfig,
  });
  // An idle client's network error must not crash the server; the next query reports it.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new AppError(
      'DATABASE_UNREACHABLE',
      `cannot connect to PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  const camelCase = new CamelCaseAtCompile();
  const db = new Kysely<Database>({ dialect: new SnakeCasePostgresDialect({ pool }, camelCase), plugins: [camelCase] });
  return createStore(db, 'postgres', `PostgreSQL ${redactUrl(url)}`);
}
