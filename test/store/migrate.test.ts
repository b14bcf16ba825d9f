import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.js';
import { assertSchemaCurrent, migrateToLatest, schemaStatus } from '../../src/store/migrate.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { DIALECTS, emptyTestStore, type TestStore } from './testStores.js';
import { dbOf } from './../../src/store/storeDb.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: migrations`, () => {
    let t: TestStore | undefined;
    afterEach(async () => {
      await t?.drop();
      t = undefined;
    });

    it('should apply every migration to an empty database, then have nothing pending', async () => {
      t = await emptyTestStore(dialect);
      const before = await schemaStatus(t.store);
      expect(before.pending).toEqual(Object.keys(MIGRATIONS));
      const report = await migrateToLatest(t.store);
      expect(report.applied).toEqual(Object.keys(MIGRATIONS));
      expect(report.status.pending).toEqual([]);
      await expect(assertSchemaCurrent(t.store)).resolves.toBeUndefined();
    });

    it('should apply a migration numbered before ones already applied (parts built side by side)', async () => {
      t = await emptyTestStore(dialect);
      await migrateToLatest(t.store);
      const db = dbOf(t.store);
      // As if 0015 had arrived after 0016 and 0017 were applied.
      await sql`DROP TABLE absence_approvals`.execute(db);
      await sql`DELETE FROM quorum_migrations WHERE name = '0015-absence-approvals'`.execute(db);
      expect((await schemaStatus(t.store)).pending).toEqual(['0015-absence-approvals']);
      const report = await migrateToLatest(t.store);
      expect(report.applied).toEqual(['0015-absence-approvals']);
      await expect(assertSchemaCurrent(t.store)).resolves.toBeUndefined();
    });

    it('should be a no-op when run twice', async () => {
      t = await emptyTestStore(dialect);
      await migrateToLatest(t.store);
      const again = await migrateToLatest(t.store);
      expect(again.applied).toEqual([]);
    });

    it('should refuse a database from a newer schema version with a clear error', async () => {
      t = await emptyTestStore(dialect);
      await migrateToLatest(t.store);
      await sql`INSERT INTO quorum_migrations (name, timestamp) VALUES ('9999-from-the-future', '2099-01-01T00:00:00.000Z')`.execute(
        dbOf(t.store),
      );
      const error = await migrateToLatest(t.store).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('SCHEMA_TOO_NEW');
      expect((error as AppError).message).toContain('9999-from-the-future');
      await expect(assertSchemaCurrent(t.store)).rejects.toMatchObject({ code: 'SCHEMA_TOO_NEW' });
    });

    it('should say a behind database needs migrating', async () => {
      t = await emptyTestStore(dialect);
      await expect(assertSchemaCurrent(t.store)).rejects.toMatchObject({ code: 'SCHEMA_OUT_OF_DATE' });
    });
  });
}
