import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDatabaseToLatest as migrateToLatest } from '../../../src/store/migrate.js';
import { MIGRATIONS } from '../../../src/store/migrations/index.js';
import { searchFor } from '../../../src/store/search/searchFor.js';
import { DIALECTS, emptyTestStore, type TestStore } from '../testStores.js';
import { dbOf } from '../../../src/store/storeDb.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: migration 0002, portable search terms`, () => {
    let t: TestStore | undefined;
    afterEach(async () => {
      await t?.drop();
    });

    it('should make rows indexed before it searchable, newest first, with filters', async () => {
      t = await emptyTestStore(dialect);
      const db = dbOf(t.store);
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
        migrationTableName: 'quorum_migrations',
        migrationLockTableName: 'quorum_migrations_lock',
      });
      expect((await migrator.migrateTo('0001-initial')).error).toBeUndefined();
      for (const [id, date, title] of [
        ['e1', '2021-05-01', 'Flood defence programme'],
        ['e2', '2023-05-01', 'Flooding at Northgate'],
        ['e3', '2022-05-01', 'Library opening hours'],
      ] as const) {
        await sql`INSERT INTO search_entries (id, kind, subject_id, meeting_id, body_id, date, title, content)
          VALUES (${id}, 'item', ${id}, NULL, 'b1', ${date}, ${title}, 'Minutes text about the café.')`.execute(db);
      }
      await migrateToLatest(db);
      const search = searchFor(dialect);
      const floods = await search.search(db, { text: 'floods', limit: 10, offset: 0 });
      expect(floods.hits.map((h) => h.subjectId)).toEqual(['e2', 'e1']);
      expect((await search.search(db, { text: 'cafe', limit: 10, offset: 0 })).total).toBe(3);
      expect(
        (await search.search(db, { text: 'cafe', bodyId: 'b1', to: '2021-12-31', limit: 10, offset: 0 })).hits.map(
          (h) => h.subjectId,
        ),
      ).toEqual(['e1']);
    });
  });
}
