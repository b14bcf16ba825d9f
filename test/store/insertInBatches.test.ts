import type { Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.js';
import { insertInBatches, insertSql } from '../../src/store/repositories/insertInBatches.js';
import { dbOf } from '../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from './testStores.js';

let documentId = '';
const provenance = (n: number): Insertable<Database['provenance']> => ({
  subjectKind: 'meeting',
  subjectId: `meeting-${n}`,
  field: n % 2 ? 'date' : null,
  documentId,
  startOffset: n,
  endOffset: n + 5,
  page: n % 3 ? n : null,
  inferred: n % 2,
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: insertInBatches`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
      const text = 'Minutes';
      const stored = await t.store.repos.documents.store({
        bytes: new TextEncoder().encode(text),
        mediaType: 'text/plain',
        origin: 'minutes.txt',
        title: null,
        text,
        pageStarts: [0],
      });
      documentId = stored.document.id;
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should write the same SQL as the query builder for rows of one shape', () => {
      const db = dbOf(t.store);
      const rows = [provenance(1), provenance(2), provenance(3)];
      const columns = Object.keys(rows[0]!);
      expect(insertSql(dialect, 'provenance', columns, 3)).toBe(db.insertInto('provenance').values(rows).compile().sql);
      const terms = [{ itemId: 'i', term: 'budget' }];
      expect(insertSql(dialect, 'itemTerms', ['itemId', 'term'], 1)).toBe(
        db.insertInto('itemTerms').values(terms).compile().sql,
      );
    });

    it('should write the same conflict clauses as the query builder', () => {
      const db = dbOf(t.store);
      const alias = { id: 'a', personId: 'p', alias: 'Cllr A', key: 'a', sourceDocumentId: null };
      expect(insertSql(dialect, 'personAliases', Object.keys(alias), 1, { on: ['personId', 'alias'] })).toBe(
        db
          .insertInto('personAliases')
          .values(alias)
          .onConflict((oc) => oc.columns(['personId', 'alias']).doNothing())
          .compile().sql,
      );
      const seen = { id: 'm', firstSeenOn: '2024-01-01', meetings: 2 };
      expect(insertSql(dialect, 'memberships', Object.keys(seen), 1, { on: ['id'], update: 'all' })).toBe(
        db
          .insertInto('memberships')
          .values(seen as never)
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              firstSeenOn: eb.ref('excluded.firstSeenOn'),
              meetings: eb.ref('excluded.meetings'),
            })),
          )
          .compile().sql,
      );
    });

    it('should insert or update by key, rows of one shape and of mixed shapes alike', async () => {
      const db = dbOf(t.store);
      const row = (n: number, field: string | null) => ({ ...provenance(2000 + n), id: 900000 + n, field });
      await insertInBatches(db, 'provenance', [row(1, 'a'), row(2, 'a')]);
      await insertInBatches(db, 'provenance', [row(1, 'b'), row(3, 'b')], { on: ['id'] });
      await insertInBatches(db, 'provenance', [row(2, 'c'), { ...row(4, 'c'), page: undefined }], {
        on: ['id'],
        update: ['field'],
      });
      const fields = await db
        .selectFrom('provenance')
        .select(['id', 'field'])
        .where('id', '>', 900000)
        .orderBy('id')
        .execute();
      expect(fields).toEqual([
        { id: 900001, field: 'a' },
        { id: 900002, field: 'c' },
        { id: 900003, field: 'b' },
        { id: 900004, field: 'c' },
      ]);
      await db.deleteFrom('provenance').where('id', '>', 900000).execute();
    });

    it('should store every row, in chunks, and rows of mixed shapes with the columns they leave out at their defaults', async () => {
      const db = dbOf(t.store);
      const rows = Array.from({ length: 203 }, (_, n) => provenance(n));
      await insertInBatches(db, 'provenance', rows);
      const stored = await db.selectFrom('provenance').selectAll().orderBy('startOffset').execute();
      expect(stored).toHaveLength(203);
      expect(stored.map(({ id: _id, ...row }) => row)).toEqual(rows);
      // `field` left out of one row, undefined in another: both give its default (null).
      const mixed = [
        { ...provenance(1000), field: undefined },
        (({ field: _field, ...row }) => row)(provenance(1001)),
        provenance(1002),
      ];
      await insertInBatches(db, 'provenance', mixed);
      const fields = await db
        .selectFrom('provenance')
        .select(['startOffset', 'field'])
        .where('startOffset', '>=', 1000)
        .orderBy('startOffset')
        .execute();
      expect(fields).toEqual([
        { startOffset: 1000, field: null },
        { startOffset: 1001, field: null },
        { startOffset: 1002, field: null },
      ]);
    });
  });
}
