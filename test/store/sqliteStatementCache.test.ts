import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from '../../src/store/sqliteStatementCache.js';

describe('withStatementCache', () => {
  const open = () => {
    const raw = new BetterSqlite3(':memory:');
    raw.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3);');
    return withStatementCache(raw, 2);
  };

  it('should hand out the same statement for the same SQL', () => {
    const db = open();
    expect(db.prepare('SELECT n FROM t')).toBe(db.prepare('SELECT n FROM t'));
  });

  it('should give a fresh statement while the cached one is still being iterated', () => {
    const db = open();
    const sqlText = 'SELECT n FROM t ORDER BY n';
    const outer = db.prepare(sqlText);
    const seen: number[][] = [];
    for (const row of outer.iterate([]) as Iterable<{ n: number }>) {
      const inner = db.prepare(sqlText);
      expect(inner).not.toBe(outer);
      seen.push([row.n, (inner.all([]) as { n: number }[]).length]);
    }
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('should forget the least recently used statement beyond its capacity', () => {
    const db = open();
    const one = db.prepare('SELECT 1');
    const two = db.prepare('SELECT 2');
    db.prepare('SELECT 1');
    db.prepare('SELECT 3');
    expect(db.prepare('SELECT 1')).toBe(one);
    expect(db.prepare('SELECT 2')).not.toBe(two);
  });
});
