import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSON_REFERENCES, SPLIT_REFERENCES } from '../../src/store/personReferences.js';
import { dbOf } from '../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from './testStores.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: what a merge of people does with each reference to a person`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
    });
    afterAll(async () => {
      await t?.drop();
    });

    /** Every `table.column` of the migrated schema with a foreign key to people.id. */
    async function referencesToPeople(): Promise<string[]> {
      const db = dbOf(t.store);
      if (dialect === 'postgres') {
        const rows = await sql<{ reference: string }>`
          SELECT kcu.table_name || '.' || kcu.column_name AS reference
          FROM information_schema.referential_constraints rc
          JOIN information_schema.key_column_usage kcu
            ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
          JOIN information_schema.constraint_column_usage ccu
            ON ccu.constraint_name = rc.unique_constraint_name AND ccu.constraint_schema = rc.unique_constraint_schema
          WHERE ccu.table_name = 'people' AND ccu.column_name = 'id' AND kcu.table_schema = current_schema()`.execute(
          db,
        );
        return rows.rows.map((r) => r.reference).sort();
      }
      const tables = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(db);
      const out: string[] = [];
      for (const { name } of tables.rows) {
        const keys = await sql<{
          table: string;
          from: string;
          to: string | null;
        }>`SELECT * FROM pragma_foreign_key_list(${name})`.execute(db);
        for (const k of keys.rows) if (k.table === 'people' && (k.to ?? 'id') === 'id') out.push(`${name}.${k.from}`);
      }
      return out.sort();
    }

    it('should say, for every foreign key to people, whether a merge moves it or reads through it', async () => {
      const found = await referencesToPeople();
      expect(found).toContain('absence_approvals.person_id');
      expect(found).toContain('interest_entries.person_id');
      expect(found, 'add the new reference to src/store/personReferences.ts and handle it in mergePeople').toEqual(
        Object.keys(PERSON_REFERENCES).sort(),
      );
      expect(found, 'add the new reference to SPLIT_REFERENCES and handle it in splitPerson').toEqual(
        Object.keys(SPLIT_REFERENCES).sort(),
      );
    });
  });
}
