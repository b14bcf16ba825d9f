import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from '../../testStores.js';
import { recordCatalogue, type CatalogueRecord } from './catalogueRecord.js';

async function all<T>(pages: AsyncIterable<readonly T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...page);
  return out;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: CatalogueFiles and CataloguePapers`, () => {
    let t: TestStore;
    let ids: CatalogueRecord;
    beforeAll(async () => {
      t = await testStore(dialect);
      ids = await recordCatalogue(t.store);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should give public documents and whether their bytes are kept, none filed under an exempt item', async () => {
      const files = t.store.public.catalogue.files;
      await dbOf(t.store)
        .deleteFrom('documentBlobs')
        .where('contentHash', '=', (await files.byIds([ids.minutesDocId])).get(ids.minutesDocId)!.contentHash)
        .execute();
      const found = await files.byIds([ids.minutesDocId, ids.reportDocId, ids.secretDocId]);
      expect([...found.keys()].sort()).toEqual([ids.minutesDocId, ids.reportDocId].sort());
      expect(found.get(ids.minutesDocId)!.hasBytes).toBe(false);
      expect(found.get(ids.reportDocId)).toMatchObject({ hasBytes: true, mediaType: 'text/html' });
      expect((await all(files.stream())).map((f) => f.id).sort()).toEqual([ids.minutesDocId, ids.reportDocId].sort());
    });

    it("should give a body's documents as those its meetings were read from and its papers", async () => {
      const files = t.store.public.catalogue.files;
      const harbourside = await all(files.stream({ bodyId: ids.harbourside }));
      expect(harbourside.map((f) => f.id).sort()).toEqual([ids.minutesDocId, ids.reportDocId].sort());
      expect(await all(files.stream({ bodyId: ids.planning }))).toEqual([]);
    });

    it('should give papers of public items with their meeting, one body’s alone when asked', async () => {
      const papers = t.store.public.catalogue.papers;
      expect(await papers.byIds(['paperpublic1', 'paperexempt1'])).toEqual([
        expect.objectContaining({
          id: 'paperpublic1',
          meetingId: ids.march,
          bodyId: ids.harbourside,
          date: '2025-03-12',
        }),
      ]);
      expect((await all(papers.stream({ bodyId: ids.harbourside }))).map((p) => p.id)).toEqual([
        'paperpublic1',
        'paperpublic2',
      ]);
      expect(await all(papers.stream({ bodyId: ids.planning }))).toEqual([]);
      expect(await papers.count({ bodyId: ids.harbourside })).toBe(2);
    });
  });
}
