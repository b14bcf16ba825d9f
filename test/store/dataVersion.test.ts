import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNTRACKED_TABLES } from '../../src/store/migrations/0013-data-version.js';
import { dbOf } from '../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from './testStores.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: data version`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should track every table of the record, so that no write can leave a page stale', async () => {
      const db = dbOf(t.store);
      const tables = (await db.introspection.getTables())
        .map((x) => x.name)
        .filter((name) => !UNTRACKED_TABLES.has(name) && !name.startsWith('search_fts'));
      expect(tables).toContain('meetings');
      const triggered =
        dialect === 'postgres'
          ? await sql<{ name: string }>`SELECT c.relname AS name FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
              WHERE g.tgname = c.relname || '_data_version'`.execute(db)
          : await sql<{ name: string }>`SELECT tbl_name AS name FROM sqlite_master
              WHERE type = 'trigger' AND name = tbl_name || '_dv_ai'`.execute(db);
      const tracked = new Set(triggered.rows.map((r) => r.name));
      // A table added by a later migration needs trackChanges (migration 0013) in that migration.
      expect(tables.filter((name) => !tracked.has(name))).toEqual([]);
    });

    it('should rise once a write commits, and not for reads or sessions', async () => {
      const v0 = await t.store.dataVersion();
      await t.store.public.meetings.list({ limit: 5 });
      expect(await t.store.dataVersion()).toEqual(v0);
      await t.store.transaction((repos) => repos.settings.set('council_name', 'Some Council'));
      const v1 = await t.store.dataVersion();
      expect(v1.version).toBeGreaterThan(v0.version);
      expect(Date.parse(v1.changedAt)).toBeGreaterThanOrEqual(Date.parse(v0.changedAt));
      await sql`DELETE FROM sessions`.execute(dbOf(t.store));
      expect(await t.store.dataVersion()).toEqual(v1);
    });
  });
}
