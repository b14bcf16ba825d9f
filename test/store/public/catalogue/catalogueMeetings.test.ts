import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, testStore, type TestStore } from '../../testStores.js';
import { recordCatalogue, type CatalogueRecord } from './catalogueRecord.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: CatalogueMeetings`, () => {
    let t: TestStore;
    let ids: CatalogueRecord;
    beforeAll(async () => {
      t = await testStore(dialect);
      ids = await recordCatalogue(t.store);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should list meetings by date with their body, one body’s alone when asked', async () => {
      const meetings = t.store.public.catalogue.meetings;
      const all = await meetings.page({ after: null, limit: 10 });
      expect(all.map((m) => m.id)).toEqual([ids.january, ids.march, ids.june]);
      expect(all[0]!.body).toMatchObject({ id: ids.planning, name: 'Planning Committee' });
      const harbourside = await meetings.page({ after: ids.march, limit: 10 }, { bodyId: ids.harbourside });
      expect(harbourside.map((m) => m.id)).toEqual([ids.june]);
      const streamed = [];
      for await (const page of meetings.stream({ bodyId: ids.harbourside }, 1)) streamed.push(...page.map((m) => m.id));
      expect(streamed).toEqual([ids.march, ids.june]);
    });

    it('should read what meetings embed: public items, resolutions, papers, participants and sources', async () => {
      const contents = await t.store.public.catalogue.meetings.contents([ids.march, ids.january]);
      expect(contents.items.get(ids.march)!.map((i) => i.title)).toEqual([
        'Apologies for absence',
        'Declarations of interest',
        'Coastal Flood Defence Programme',
      ]);
      expect(contents.resolutions.get(ids.publicItemId)!.map((r) => r.label)).toEqual(['1', '2']);
      expect(contents.papers.get(ids.publicItemId)!.map((p) => p.id)).toEqual(['paperpublic1']);
      expect(contents.files.get(ids.reportDocId)).toMatchObject({ title: 'Flood defence report', hasBytes: true });
      expect(contents.documents.get(ids.march)!.map((d) => d.id)).toEqual([ids.minutesDocId]);
      expect(contents.documents.has(ids.january)).toBe(false);
      // Members present, substitutes and the officer in attendance took part; who sent apologies did not.
      expect(contents.participants.get(ids.march)).toHaveLength(4);
      expect(contents.participants.get(ids.march)).toContain(ids.tomId);
      // A spelling merged into Tom Brown took part as Tom Brown.
      expect(contents.participants.get(ids.january)).toContain(ids.tomId);
      expect(contents.participants.get(ids.january)).not.toContain(ids.spellingId);
    });

    it('should find a public agenda item, and no exempt one', async () => {
      const meetings = t.store.public.catalogue.meetings;
      expect(await meetings.publicItem(ids.publicItemId)).toMatchObject({ isExempt: false, meetingId: ids.march });
      expect(await meetings.publicItem(ids.exemptItemId)).toBeUndefined();
    });
  });
}
