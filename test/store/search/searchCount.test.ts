import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertInBatches } from '../../../src/store/repositories/insertInBatches.js';
import { searchEntryRows } from '../../../src/store/search/searchEntryRow.js';
import { COUNT_LIMIT, type SearchEntry, type SearchHit } from '../../../src/store/search/searchIndex.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from '../testStores.js';

/*
 * Past COUNT_LIMIT matches, counting stops and the total is a lower bound; the pages themselves
 * stay exact: every match is reached by paging, title matches first, then the others, newest first.
 */
const ENTRIES = COUNT_LIMIT + 30;
/** Every 41st entry has the word in its title as well (26 of them), spread through the dates. */
const inTitle = (n: number): boolean => n % 41 === 0;

function entries(): SearchEntry[] {
  return Array.from({ length: ENTRIES }, (_, n) => ({
    id: `e${n}`,
    kind: 'item',
    subjectId: `s${n}`,
    meetingId: `m${n}`,
    bodyId: n % 2 ? 'body-a' : 'body-b',
    // A date of its own for each entry (one a day from 2000), so that newest first is a strict order.
    date: new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10),
    title: inTitle(n) ? `Harbour wall ${n}` : `Item ${n}`,
    content: `Minutes about the harbour, entry ${n}.`,
  }));
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: counting search matches`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
      const db = dbOf(t.store);
      await insertInBatches(db, 'searchEntries', await searchEntryRows(db, entries()));
    });
    afterAll(async () => {
      await t?.drop();
    });
    const search = (extra: object) => t.store.public.search.search({ text: 'harbour', limit: 20, offset: 0, ...extra });

    it('should stop counting past the limit and say that the total is a lower bound', async () => {
      expect(await search({})).toMatchObject({ total: COUNT_LIMIT, moreThanTotal: true });
      // Fewer matches than the limit are counted exactly.
      expect(await search({ bodyId: 'body-a' })).toMatchObject({ total: ENTRIES / 2, moreThanTotal: false });
      expect(await search({ to: '2000-01-10' })).toMatchObject({ total: 10, moreThanTotal: false });
    });

    it('should count to the end of a page past the limit, and exactly on the last page', async () => {
      expect(await search({ offset: COUNT_LIMIT })).toMatchObject({
        total: COUNT_LIMIT + 20,
        moreThanTotal: true,
      });
      const last = await search({ offset: ENTRIES - 10 });
      expect(last).toMatchObject({ total: ENTRIES, moreThanTotal: false });
      expect(last.hits).toHaveLength(10);
    });

    it('should reach every match by paging, title matches first, each part newest first', async () => {
      const hits: SearchHit[] = [];
      for (let offset = 0; offset < ENTRIES + 20; offset += 20) hits.push(...(await search({ offset })).hits);
      const numbers = hits.map((h) => Number(h.subjectId.slice(1)));
      const all = Array.from({ length: ENTRIES }, (_, n) => ENTRIES - 1 - n);
      expect(numbers).toEqual([...all.filter(inTitle), ...all.filter((n) => !inTitle(n))]);
    });
  });
}
