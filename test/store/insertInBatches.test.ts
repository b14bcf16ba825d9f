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
