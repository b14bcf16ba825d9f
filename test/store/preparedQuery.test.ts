import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.js';
import { preparedQuery } from '../../src/store/preparedQuery.js';
import { dbOf } from '../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from './testStores.js';

const documentsByIds = preparedQuery((db: Kysely<Database>, ids: readonly string[], mediaType: string) =>
  db
    .selectFrom('documents')
    .select(['id', 'contentHash', 'mediaType'])
    .where('id', 'in', ids)
    .where('mediaType', '=', mediaType)
    .orderBy('id'),
);

for (const dialect of DIALECTS) {
  describe(`${dialect}: preparedQuery`, () => {
    let t: TestStore;
    const ids: string[] = [];
    beforeAll(async () => {
      t = await testStore(dialect);
      for (let n = 0; n < 6; n++) {
        const text = `Minutes ${n}`;
        const stored = await t.store.repos.documents.store({
          bytes: new TextEncoder().encode(text),
          mediaType: n === 5 ? 'text/html' : 'text/plain',
          origin: `minutes-${n}.txt`,
          title: null,
          text,
          pageStarts: [0],
        });
        ids.push(stored.document.id);
      }
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should answer as the query builder does for lists of every length, padded or not, and bind each call anew', async () => {
      const db = dbOf(t.store);
      for (const take of [1, 2, 3, 5, 6]) {
        const wanted = ids.slice(0, take);
        const built = await db
          .selectFrom('documents')
          .select(['id', 'contentHash', 'mediaType'])
          .where('id', 'in', wanted)
          .where('mediaType', '=', 'text/plain')
          .orderBy('id')
          .execute();
        const prepared = await documentsByIds(db, wanted, 'text/plain');
        expect(prepared).toEqual(built);
        // Rows come back with the record's camelCase names, and the scalar argument is bound per call.
        expect(prepared.every((r) => typeof r.contentHash === 'string' && r.mediaType === 'text/plain')).toBe(true);
      }
      expect(await documentsByIds(db, ids, 'text/html')).toEqual([
        expect.objectContaining({ id: ids[5], mediaType: 'text/html' }),
      ]);
    });
  });
}
