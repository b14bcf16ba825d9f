import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';
import type { DialectName } from './dialect.js';
import { publicReadsOver, type PublicReads } from './public/publicReads.js';
import { finishDeferred, forgetCached, repositoriesOver, type Repositories } from './repositories/repositories.js';
import { bindDb } from './storeDb.js';

/**
 * The record, on SQLite or PostgreSQL through the same code. Other layers reach it only through
 * these: `public` for everything the public may see, `repos` and `transaction` for use cases.
 */
export interface Store {
  readonly dialect: DialectName;
  /** "SQLite /path" or "PostgreSQL postgres://user:***@host/db", for messages. */
  readonly description: string;
  /** Reads of what the public may see: every page, feed, API answer and export goes through these. */
  readonly public: PublicReads;
  /** The whole record, each statement on its own; use `transaction` for anything that writes more than once. */
  readonly repos: Repositories;
  /** Runs `work` in one transaction: all of it is stored, or nothing. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  /**
   * Runs many units of work in one transaction, each in a savepoint: a unit that fails is undone
   * alone and the others stay. Committing once for many small units is what makes bulk imports fast.
   */
  batch<T>(work: (batch: Batch) => Promise<T>): Promise<T>;
  /**
   * The store-wide data version, which every committed change to the record raises (triggers,
   * migration 0013), and when it last did: what the portal's render cache is keyed by.
   */
  dataVersion(): Promise<DataVersion>;
  /** Whether the database answers now (for /healthz). */
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DataVersion {
  readonly version: number;
  /** ISO 8601 time of the latest change, UTC. */
  readonly changedAt: string;
}

export type UnitResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** One transaction of `Store.batch`, taking units of work one after another. */
export interface Batch {
  /** Runs one unit in a savepoint; a unit that throws is rolled back to it, and its error returned. */
  attempt<T>(unit: (repos: Repositories) => Promise<T>): Promise<UnitResult<T>>;
}

async function runBatch<T>(db: Kysely<Database>, dialect: DialectName, work: (batch: Batch) => Promise<T>): Promise<T> {
  const trx = await db.startTransaction().execute();
  // The search index and inferred memberships are derived from what the units store: rebuilt once for all of them.
  // Bodies and municipal years, asked for by every unit, are read once (and again after a unit is rolled back).
  const repos = repositoriesOver(trx, dialect, { deferDerived: true, cacheLookups: true });
  const batch: Batch = {
    attempt: async (unit) => {
      // One name for every unit (each is released or rolled back to before the next): the statements are then the
      // same each time, prepared once, where a name per unit made SQLite prepare two new ones for every document.
      const name = 'unit';
      const savepoint = await trx.savepoint(name).execute();
      try {
        const value = await unit(repos);
        await savepoint.releaseSavepoint(name).execute();
        return { ok: true, value };
      } catch (error) {
        await savepoint.rollbackToSavepoint(name).execute();
        forgetCached(repos);
        return { ok: false, error };
      }
    },
  };
  try {
    const result = await work(batch);
    await finishDeferred(repos);
    await trx.commit().execute();
    return result;
  } catch (error) {
    await trx.rollback().execute();
    throw error;
  }
}

/** A store over an open query builder; `openStore` and `sqliteStore` make one from a configuration. */
export function createStore(db: Kysely<Database>, dialect: DialectName, description: string): Store {
  const store: Store = {
    dialect,
    description,
    public: publicReadsOver(db, dialect),
    repos: repositoriesOver(db, dialect),
    transaction: (work) => db.transaction().execute((trx) => work(repositoriesOver(trx, dialect))),
    batch: (work) => runBatch(db, dialect, work),
    dataVersion: async () => {
      const row = await db
        .selectFrom('dataVersion')
        .select(['version', 'changedAt'])
        .where('id', '=', 1)
        .executeTakeFirstOrThrow();
      return { version: Number(row.version), changedAt: row.changedAt };
    },
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
