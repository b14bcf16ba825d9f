import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMeeting } from '../../../../src/app/recordMeeting.js';
import type { PublicCatalogue } from '../../../../src/store/public/catalogue/publicCatalogue.js';
import { dbOf } from '../../../../src/store/storeDb.js';
import { buildMeetingRecord } from '../../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../testStores.js';
import { recordCatalogue, type CatalogueRecord } from './catalogueRecord.js';

async function all<T>(pages: AsyncIterable<readonly T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...page);
  return out;
}

/** Everything the catalogue gives, every list and every batch read, as one text. */
async function everything(catalogue: PublicCatalogue, ids: CatalogueRecord): Promise<string> {
  const meetings = await all(catalogue.meetings.stream());
  const scopes = [{}, { bodyId: ids.harbourside }];
  const read: unknown[] = [
    meetings,
    await catalogue.meetings.contents(meetings.map((m) => m.id)),
    await catalogue.meetings.publicItem(ids.exemptItemId),
    await catalogue.papers.byIds(['paperexempt1', 'paperpublic1']),
    await catalogue.papers.ofMeetings([ids.march]),
    await catalogue.files.byIds([ids.secretDocId, ids.reportDocId, ids.minutesDocId]),
    await all(catalogue.bodies.stream()),
    await catalogue.memberships.ofBodies([ids.harbourside, ids.planning]),
  ];
  for (const scope of scopes)
    read.push(
      await all(catalogue.papers.stream(scope)),
      await all(catalogue.files.stream(scope)),
      await all(catalogue.people.stream(scope)),
    );
  return JSON.stringify(read, (_key, value: unknown) => (value instanceof Map ? [...value] : value));
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: the public catalogue`, () => {
    let t: TestStore;
    let ids: CatalogueRecord;
    beforeAll(async () => {
      t = await testStore(dialect);
      ids = await recordCatalogue(t.store);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should never give an exempt item, its minutes, decisions, papers or their documents', async () => {
      const text = await everything(t.store.public.catalogue, ids);
      expect(text).toContain('Coastal Flood Defence Programme');
      expect(text).toContain('paperpublic1');
      expect(text).not.toContain('SECRET');
      expect(text).not.toContain(ids.exemptItemId);
      expect(text).not.toContain('Quayside');
      expect(text).not.toContain('paperexempt1');
      expect(text).not.toContain(ids.secretDocId);
    });

    it('should say how many records each list holds, exempt papers and merged spellings left out', async () => {
      const catalogue = t.store.public.catalogue;
      expect(await catalogue.bodies.count()).toBe(2);
      expect(await catalogue.meetings.count()).toBe(3);
      expect(await catalogue.meetings.count({ bodyId: ids.harbourside })).toBe(2);
      expect(await catalogue.papers.count()).toBe(2);
      const people = await dbOf(t.store).selectFrom('people').select(['id', 'mergedIntoId']).execute();
      expect(await catalogue.people.count()).toBe(people.filter((p) => p.mergedIntoId === null).length);
    });
  });

  describe(`${dialect}: catalogue lists page by key`, () => {
    let t: TestStore;
    let ids: CatalogueRecord;
    beforeAll(async () => {
      t = await testStore(dialect);
      ids = await recordCatalogue(t.store);
    });
    afterAll(async () => {
      await t?.drop();
    });

    /** Each list, and how to write a record that sorts before every record in it. */
    const LISTS: readonly {
      readonly name: string;
      readonly page: (c: PublicCatalogue, after: string | null, limit: number) => Promise<readonly { id: string }[]>;
      readonly writeFirst: (t: TestStore, ids: CatalogueRecord) => Promise<void>;
    }[] = [
      {
        name: 'bodies',
        page: (c, after, limit) => c.bodies.page({ after, limit }),
        writeFirst: async (t) => {
          const db = dbOf(t.store);
          const body = await db.selectFrom('bodies').selectAll().limit(1).executeTakeFirstOrThrow();
          await db
            .insertInto('bodies')
            .values({ ...body, id: '000000000000', slug: 'first-body' })
            .execute();
        },
      },
      {
        name: 'people',
        page: (c, after, limit) => c.people.page({ after, limit }),
        writeFirst: async (t) => {
          const db = dbOf(t.store);
          const person = await db.selectFrom('people').selectAll().limit(1).executeTakeFirstOrThrow();
          const first = { ...person, id: '000000000000', slug: 'first-person', mergedIntoId: null };
          await db.insertInto('people').values(first).execute();
        },
      },
      {
        name: 'meetings',
        page: (c, after, limit) => c.meetings.page({ after, limit }),
        writeFirst: async (t) => {
          await recordMeeting(t.store, buildMeetingRecord({ date: '2001-01-01', declarations: [] }), {
            sourceDocumentId: null,
          });
        },
      },
      {
        name: 'papers',
        page: (c, after, limit) => c.papers.page({ after, limit }),
        writeFirst: async (t, ids) => {
          await dbOf(t.store)
            .insertInto('itemDocuments')
            .values({
              id: '000000000000',
              itemId: ids.publicItemId,
              documentId: null,
              title: 'Appendix',
              pageStart: null,
              pageEnd: null,
              sourceDocumentId: null,
            })
            .execute();
        },
      },
      {
        name: 'files',
        page: (c, after, limit) => c.files.page({ after, limit }),
        writeFirst: async (t) => {
          const db = dbOf(t.store);
          const document = await db.selectFrom('documents').selectAll().limit(1).executeTakeFirstOrThrow();
          await db
            .insertInto('documents')
            .values({ ...document, id: '000000000000', contentHash: '0'.repeat(64) })
            .execute();
        },
      },
    ];

    for (const list of LISTS)
      it(`should give the ${list.name} after a key in order, unmoved by a record written before it`, async () => {
        const catalogue = t.store.public.catalogue;
        const whole = (await list.page(catalogue, null, 1000)).map((r) => r.id);
        expect(whole.length).toBeGreaterThanOrEqual(2);
        for (let k = 0; k < whole.length; k++) {
          const page = await list.page(catalogue, whole[k]!, 2);
          expect(page.map((r) => r.id)).toEqual(whole.slice(k + 1, k + 3));
        }
        const next = await list.page(catalogue, whole[0]!, 2);
        await list.writeFirst(t, ids);
        expect((await list.page(catalogue, null, 1000))[0]!.id).not.toBe(whole[0]);
        expect(await list.page(catalogue, whole[0]!, 2)).toEqual(next);
      });

    it('should refuse to page meetings after a meeting that does not exist', async () => {
      await expect(t.store.public.catalogue.meetings.page({ after: 'nosuchmeeting', limit: 2 })).rejects.toMatchObject({
        code: 'INPUT_INVALID',
      });
    });
  });
}
