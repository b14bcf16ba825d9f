import type { Kysely } from 'kysely';
import type { Database } from './database.js';

const handles = new WeakMap<object, Kysely<Database>>();

/** Ties a store to its query builder, which only the store's own modules (and store tests) may reach. */
export function bindDb(store: object, db: Kysely<Database>): void {
  handles.set(store, db);
}

/**
 * The query builder behind a store: for migrations, repositories and tests of the store. Other
 * layers never build SQL (dependency-cruiser keeps this module inside `src/store`).
 */
export function dbOf(store: object): Kysely<Database> {
  const db = handles.get(store);
  if (!db) throw new Error('not a store opened by openStore');
  return db;
}
