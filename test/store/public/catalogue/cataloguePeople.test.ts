import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, testStore, type TestStore } from '../../testStores.js';
import { recordCatalogue, type CatalogueRecord } from './catalogueRecord.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: CataloguePeople and CatalogueMemberships`, () => {
    let t: TestStore;
    let ids: CatalogueRecord;
    beforeAll(async () => {
      t = await testStore(dialect);
      ids = await recordCatalogue(t.store);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should leave out a spelling merged into another person', async () => {
      const people = t.store.public.catalogue.people;
      const all = await people.page({ after: null, limit: 100 });
      expect(all.map((p) => p.id)).toContain(ids.tomId);
      expect(all.map((p) => p.id)).not.toContain(ids.spellingId);
      expect(await people.byIds([ids.spellingId])).toEqual([]);
      expect((await people.byIds([ids.tomId]))[0]).toMatchObject({ displayName: 'Tom Brown' });
    });

    it("should give a body's people as those who took part in its meetings", async () => {
      const names = async (bodyId: string): Promise<string[]> => {
        const people = [];
        for await (const page of t.store.public.catalogue.people.stream({ bodyId })) people.push(...page);
        return people.map((p) => p.displayName).sort();
      };
      // Rhian Evans sent apologies; Maya Chen, an officer, was in attendance and so took part.
      expect(await names(ids.harbourside)).toEqual(['Ada Lovelace', 'Gus Patel', 'Maya Chen', 'Tom Brown']);
      expect(await names(ids.planning)).toEqual(['Ada Lovelace', 'Tom Brown']);
    });

    it('should give a membership recorded under a merged spelling to the person it joined', async () => {
      const memberships = t.store.public.catalogue.memberships;
      const [chair] = await memberships.byIds(['membership01']);
      expect(chair).toMatchObject({ personId: ids.tomId, bodyId: ids.harbourside, role: 'chair' });
      // Memberships inferred from attendance sit beside the stated one; the stated one is the chair's.
      const stated = <T extends { basis: string }>(rows: readonly T[]): T[] => rows.filter((m) => m.basis === 'stated');
      expect(stated(await memberships.ofPeople([ids.tomId])).map((m) => m.id)).toEqual(['membership01']);
      expect(stated(await memberships.ofBodies([ids.harbourside])).map((m) => m.personId)).toEqual([ids.tomId]);
      expect(stated(await memberships.ofBodies([ids.planning]))).toEqual([]);
    });
  });
}
