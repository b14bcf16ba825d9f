import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, testStore, type TestStore } from '../testStores.js';
import { dbOf } from '../../../src/store/storeDb.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: migration 0003, meeting change indexes`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should index meetings by last change, overall and per body', async () => {
      const names =
        dialect === 'postgres'
          ? (
              await sql<{
                name: string;
              }>`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'meetings'`.execute(dbOf(t.store))
            ).rows
          : (
              await sql<{
                name: string;
              }>`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'meetings'`.execute(dbOf(t.store))
            ).rows;
      expect(names.map((r) => r.name)).toEqual(
        expect.arrayContaining(['meetings_updated_at', 'meetings_body_updated_at']),
      );
    });

    it.runIf(dialect === 'sqlite')(
      'should read the newest-changed meetings through the index, not a scan',
      async () => {
        const plan = async (where: string) =>
          (
            await sql<{
              detail: string;
            }>`EXPLAIN QUERY PLAN SELECT id, updated_at FROM meetings ${sql.raw(where)} ORDER BY updated_at DESC, date DESC, id LIMIT 50 OFFSET 50`.execute(
              dbOf(t.store),
            )
          ).rows
            .map((r) => r.detail)
            .join(' ');
        const overall = await plan('');
        expect(overall).toContain('meetings_updated_at');
        expect(overall).not.toContain('TEMP B-TREE');
        const perBody = await plan("WHERE body_id = 'b1'");
        expect(perBody).toContain('meetings_body_updated_at');
        expect(perBody).not.toContain('TEMP B-TREE');
      },
    );
  });
}
