import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const CAPACITY = 256;

/**
 * better-sqlite3 under Kysely prepares every query afresh, which costs as much as running a small
 * one. This keeps the most recently used statements by SQL text. A statement still being iterated
 * (a streamed query) is busy and never handed out twice; such a caller gets a fresh one.
 */
export function withStatementCache(database: BetterSqlite3.Database, capacity = CAPACITY): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached as unknown as SqliteStatement;
      }
      const statement = database.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        if (cache.size > capacity) cache.delete(cache.keys().next().value!);
      }
      return statement as unknown as SqliteStatement;
    },
  };
}
