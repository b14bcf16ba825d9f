import { Migrator, sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDatabaseToLatest as migrateToLatest } from '../../../src/store/migrate.js';
import { MIGRATIONS } from '../../../src/store/migrations/index.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { DIALECTS, emptyTestStore, type TestStore } from '../testStores.js';

const THIS = '0033-meeting-resolutions';

function migratorOf(db: Kysely<any>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    migrationTableName: 'quorum_migrations',
    migrationLockTableName: 'quorum_migrations_lock',
    allowUnorderedMigrations: true,
  });
}

/** A meeting with one item, its resolution, a vote on it and a recommendation it made: rows of the older schema. */
async function olderRecord(db: Kysely<any>): Promise<void> {
  const at = '2024-05-01T10:00:00Z';
  await sql`INSERT INTO bodies (id, slug, name, kind, created_at) VALUES ('b1', 'parish', 'Parish Council', 'council', ${at})`.execute(
    db,
  );
  await sql`INSERT INTO meetings (id, body_id, date, status, created_at, updated_at)
    VALUES ('m1', 'b1', '2024-05-01', 'held', ${at}, ${at})`.execute(db);
  await sql`INSERT INTO agenda_items (id, meeting_id, position, title) VALUES ('i1', 'm1', 1, 'Accounts')`.execute(db);
  await sql`INSERT INTO resolutions (id, item_id, position, kind, is_formal, text)
    VALUES ('r1', 'i1', 1, 'recommendation', 1, 'that the accounts be approved')`.execute(db);
  await sql`INSERT INTO votes (id, resolution_id, choice, count) VALUES ('v1', 'r1', 'for', 7)`.execute(db);
  await sql`INSERT INTO recommendations (id, resolution_id, meeting_id, item_id, text, status)
    VALUES ('rec1', 'r1', 'm1', 'i1', 'that the accounts be approved', 'made')`.execute(db);
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: migration 0033, a meeting's own resolutions`, () => {
    let t: TestStore | undefined;
    afterEach(async () => {
      await t?.drop();
    });

    it('should give existing resolutions their item meeting and keep their votes and recommendations', async () => {
      t = await emptyTestStore(dialect);
      const db = dbOf(t.store);
      const names = Object.keys(MIGRATIONS);
      expect((await migratorOf(db).migrateTo(names[names.indexOf(THIS) - 1]!)).error).toBeUndefined();
      await olderRecord(db);
      await migrateToLatest(db);
      expect(await db.selectFrom('resolutions').select(['id', 'meetingId', 'itemId']).execute()).toEqual([
        { id: 'r1', meetingId: 'm1', itemId: 'i1' },
      ]);
      expect(await db.selectFrom('votes').select(['id', 'resolutionId']).execute()).toEqual([
        { id: 'v1', resolutionId: 'r1' },
      ]);
      expect(await db.selectFrom('recommendations').select('resolutionId').execute()).toEqual([{ resolutionId: 'r1' }]);
    });

    it('should take a resolution without an item, refuse one without a meeting, and cascade from both', async () => {
      t = await emptyTestStore(dialect);
      const db = dbOf(t.store);
      const names = Object.keys(MIGRATIONS);
      expect((await migratorOf(db).migrateTo(names[names.indexOf(THIS) - 1]!)).error).toBeUndefined();
      await olderRecord(db);
      await migrateToLatest(db);
      const row = { position: 1, kind: 'other', isFormal: 1, text: 'that the clerk writes', sourceDocumentId: null };
      await db
        .insertInto('resolutions')
        .values({ ...row, id: 'r2', meetingId: 'm1', itemId: null })
        .execute();
      await expect(
        db
          .insertInto('resolutions')
          .values({ ...row, id: 'r3', meetingId: null, itemId: null } as never)
          .execute(),
      ).rejects.toThrow();
      await expect(
        db
          .insertInto('resolutions')
          .values({ ...row, id: 'r4', meetingId: 'nowhere', itemId: null })
          .execute(),
      ).rejects.toThrow();
      await db.deleteFrom('agendaItems').where('id', '=', 'i1').execute();
      expect(await db.selectFrom('resolutions').select('id').execute()).toEqual([{ id: 'r2' }]);
      await db.deleteFrom('meetings').where('id', '=', 'm1').execute();
      expect(await db.selectFrom('resolutions').select('id').execute()).toEqual([]);
    });

    it('should go down, dropping a meeting own resolutions, and up again', async () => {
      t = await emptyTestStore(dialect);
      const db = dbOf(t.store);
      const names = Object.keys(MIGRATIONS);
      expect((await migratorOf(db).migrateTo(names[names.indexOf(THIS) - 1]!)).error).toBeUndefined();
      await olderRecord(db);
      await migrateToLatest(db);
      await db
        .insertInto('resolutions')
        .values({ id: 'r2', meetingId: 'm1', itemId: null, position: 1, kind: 'other', isFormal: 1, text: 'x' })
        .execute();
      expect((await migratorOf(db).migrateTo(names[names.indexOf(THIS) - 1]!)).error).toBeUndefined();
      expect(await db.selectFrom('votes').select('id').execute()).toEqual([{ id: 'v1' }]);
      await migrateToLatest(db);
      expect(await db.selectFrom('resolutions').select(['id', 'meetingId']).execute()).toEqual([
        { id: 'r1', meetingId: 'm1' },
      ]);
    });
  });
}
