import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dbOf } from '../../src/store/storeDb.js';
import { sqliteStore } from '../../src/store/openStore.js';

describe('SnakeCaseSqliteDialect', () => {
  const db = () => dbOf(sqliteStore(new BetterSqlite3(':memory:'), 'test'));

  it('should write a whole-number limit into the SQL, so that SQLite does not prepare the statement again', () => {
    const compiled = db().selectFrom('meetings').select('id').where('bodyId', '=', 'b').limit(1).compile();
    expect(compiled.sql).toBe('select "id" from "meetings" where "body_id" = ? limit 1');
    expect(compiled.parameters).toEqual(['b']);
  });

  it('should still bind a limit that is not a whole number written in the query', () => {
    const compiled = db().selectFrom('meetings').select('id').limit(2.5).offset(10).compile();
    expect(compiled.sql).toBe('select "id" from "meetings" limit ? offset ?');
    expect(compiled.parameters).toEqual([2.5, 10]);
  });
});
