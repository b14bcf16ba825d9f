import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDatabaseToLatest as migrateToLatest } from '../../../src/store/migrate.js';
import { MIGRATIONS } from '../../../src/store/migrations/index.js';
import { insertInBatches } from '../../../src/store/repositories/insertInBatches.js';
import { searchEntryRows } from '../../../src/store/search/searchEntryRow.js';
import { searchFor } from '../../../src/store/search/searchFor.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { DIALECTS, emptyTestStore, type TestStore } from '../testStores.js';

const THIS = '0032-search-title-marks';

for (const dialect of DIALECTS) {
  describe(`${dialect}: migration 0032, title matches by marked terms`, () => {
    let t: TestStore | undefined;
    afterEach(async () => {
      await t?.drop();
    });

    it('should list entries indexed before it with their title matches first', async () => {
      t = await emptyTestStore(dialect);
      const db = dbOf(t.store);
      const names = Object.keys(MIGRATIONS);
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
        migrationTableName: 'quorum_migrations',
        migrationLockTableName: 'quorum_migrations_lock',
      });
      expect((await migrator.migrateTo(names[names.indexOf(THIS) - 1]!)).error).toBeUndefined();
      const entry = (id: string, date: string, title: string, content: string) => ({
        id,
        kind: 'item' as const,
        subjectId: id,
        meetingId: null,
        bodyId: 'b1',
        date,
        title,
        content,
      });
      const entries = [
        entry('newer', '2024-05-01', 'Budget monitoring', 'The harbour wall was discussed.'),
        entry('older', '2020-05-01', 'Harbour wall repairs', 'Costs agreed.'),
        entry('other', '2022-05-01', 'Library hours', 'Opening hours.'),
      ];
      await insertInBatches(db, 'searchEntries', await searchEntryRows(db, entries));
      await migrateToLatest(db);
      const page = await searchFor(dialect).search(db, { text: 'harbour walls', limit: 10, offset: 0 });
      expect(page.hits.map((h) => h.subjectId)).toEqual(['older', 'newer']);
      expect(page).toMatchObject({ total: 2, moreThanTotal: false });
    });
  });
}
