import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';
import type { DialectName } from './dialect.js';
import { publicReadsOver, type PublicReads } from './public/publicReads.js';
import { repositoriesOver, type Repositories } from './repositories/repositories.js';
import { bindDb } from './storeDb.js';

/**
 * The record, on SQLite or PostgreSQL through the same code. Other layers reach it only through
 * these: `public` for everything the public may see, `repos` and `transaction` for use cases.
 */
export interface Store {
  readonly dialect: DialectName;
  /** "SQLite /path" or "PostgreSQL postgres://user:***@host/db", for messages. */
  readonly description: string;
  /** @deprecated while the architecture moves every query into repositories; removed when that is done. */
  readonly db: Kysely<Database>;
  /** Reads of what the public may see: every page, feed, API answer and export goes through these. */
  readonly public: PublicReads;
  /** The whole record, each statement on its own; use `transaction` for anything that writes more than once. */
  readonly repos: Repositories;
  /** Runs `work` in one transaction: all of it is stored, or nothing. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  /** Whether the database answers now (for /healthz). */
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
}

/** A store over an open query builder; `openStore` and `sqliteStore` make one from a configuration. */
export function createStore(db: Kysely<Database>, dialect: DialectName, description: string): Store {
  const store: Store = {
    dialect,
    description,
    db,
    public: publicReadsOver(db, dialect),
    repos: repositoriesOver(db, dialect),
    transaction: (work) => db.transaction().execute((trx) => work(repositoriesOver(trx, dialect))),
    isReachable: async () => {
      try {
        await sql`SELECT 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    close: () => db.destroy(),
  };
  bindDb(store, db);
  return store;
}
