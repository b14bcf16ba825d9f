import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../src/store/storeDb.js';
import { createApp } from '../../src/web/app.js';
import { walkPublicOutputs } from './publicWalk.js';
import { addExportFixture, EXEMPT_MARKER, type ExportFixture } from '../publish/exportFixtures.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';

const BASE = 'https://council.example';
/** Words of an exempt report (a paper filed under the exempt item) and of a declaration on it. */
const PAPER_MARKER = 'VALUATION-OF-DEPOT-SITE';
const DECLARATION_MARKER = 'BUYER-OF-THE-DEPOT';
const MARKERS = [EXEMPT_MARKER, PAPER_MARKER, DECLARATION_MARKER];

for (const dialect of DIALECTS) {
  describe(`${dialect}: the public scope`, () => {
    let t: TestStore;
    let fixture: ExportFixture;
    beforeAll(async () => {
      t = await testStore(dialect);
      fixture = await addExportFixture(t.store);
      const paper = await t.store.repos.documents.store({
        bytes: new TextEncoder().encode(`Report: ${PAPER_MARKER}`),
        mediaType: 'text/plain',
        origin: 'https://council.example/papers/depot.txt',
        title: 'Depot valuation',
        text: `Report: ${PAPER_MARKER}`,
        pageStarts: [],
      });
      const db = dbOf(t.store);
      // A public paper too, so the walk reaches document pages and can prove the exempt one is not among them.
      const publicPaper = await t.store.repos.documents.store({
        bytes: new TextEncoder().encode('Report: flood defences'),
        mediaType: 'text/plain',
        origin: 'https://council.example/papers/flood.txt',
        title: 'Flood defences',
        text: 'Report: flood defences',
        pageStarts: [],
      });
      const publicItemId = fixture.meeting.itemIds.find((id) => id !== fixture.exemptItemId)!;
      await db
        .insertInto('itemDocuments')
        .values({
          id: 'public-paper',
          itemId: publicItemId,
          documentId: publicPaper.document.id,
          title: 'Flood defences',
          pageStart: null,
          pageEnd: null,
          sourceDocumentId: null,
        })
        .execute();
      await db
        .insertInto('itemDocuments')
        .values({
          id: 'exempt-paper',
          itemId: fixture.exemptItemId,
          documentId: paper.document.id,
          title: 'Depot valuation',
          pageStart: null,
          pageEnd: null,
          sourceDocumentId: null,
        })
        .execute();
      await db
        .updateTable('declarations')
        .set({ text: `is the ${DECLARATION_MARKER}` })
        .where('itemId', '=', fixture.exemptItemId)
        .execute();
      const exemptResolution = await db
        .selectFrom('resolutions')
        .select('id')
        .where('itemId', '=', fixture.exemptItemId)
        .executeTakeFirstOrThrow();
      await db
        .insertInto('votes')
        .values({ id: 'exempt-vote', resolutionId: exemptResolution.id, personId: null, choice: 'for', count: 9 })
        .execute();
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should serve no word of an exempt item from any page, API answer, OParl object, feed or download', async () => {
      const app = createApp(t.store, { baseUrl: BASE, today: () => '2025-03-20' });
      const { leaks, seen, fetched } = await walkPublicOutputs(app, MARKERS);
      expect(leaks).toEqual([]);
      // The walk reached every kind of output, so an empty list means something.
      const reached = `${[...seen].join('\n')}\n`;
      for (const kind of [
        '/meetings/',
        '/items/',
        '/documents/',
        '/documents\n',
        '/calendar?year=',
        '/people/',
        '/api/v1/items/',
        '/oparl/v1/',
        '/exports/',
      ])
        expect(reached).toContain(kind);
      expect(fetched).toBeGreaterThan(60);
    });

    it('should still show the exempt item by its title on the meeting page, with the notice', async () => {
      const app = createApp(t.store, { baseUrl: BASE });
      const page = await (await app.request(`/meetings/${fixture.meeting.meetingId}`)).text();
      expect(page).toContain('Exclusion of the press and public: depot');
      expect(page).toContain('considered in private under paragraph 3 of Schedule 12A');
      const paper = await app.request(`/items/${fixture.exemptItemId}`);
      expect(await paper.text()).not.toContain(EXEMPT_MARKER);
    });
  });
}
