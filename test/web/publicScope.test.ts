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
/** Words of a decision notice taken on the exempt item, and of the call-in of it. */
const NOTICE_MARKER = 'DEPOT-DISPOSAL-DECIDED';
const CALL_IN_MARKER = 'DEPOT-CALL-IN-GROUNDS';
const MARKERS = [EXEMPT_MARKER, PAPER_MARKER, DECLARATION_MARKER, NOTICE_MARKER, CALL_IN_MARKER];

/** A published decision notice on an item, as the workspace records it (the item named: migration 0030). */
function notice(id: string, itemId: string, bodyId: string, words: string) {
  return {
    id,
    title: words,
    decision: `${words}: approved`,
    makerKind: 'committee',
    decisionMaker: 'Resources Committee',
    bodyId,
    isKey: 1,
    reasons: `${words} reasons`,
    alternatives: `${words} alternatives`,
    callIn: 'subject_to_call_in',
    urgencyReason: null,
    decidedOn: '2025-03-04',
    publishedOn: '2025-03-05',
    callInDeadline: '2025-03-12',
    implementableOn: '2025-03-13',
    itemId,
    createdAt: '2025-03-05T09:00:00.000Z',
    updatedAt: '2025-03-05T09:00:00.000Z',
  };
}

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
      // Decision notices: one on a public item (so the walk reaches every output of notices) and one
      // on the exempt item, called in; and a forward plan entry, so its outputs are reached too.
      const bodyId = (
        await db
          .selectFrom('meetings')
          .select('bodyId')
          .where('id', '=', fixture.meeting.meetingId)
          .executeTakeFirstOrThrow()
      ).bodyId;
      await db
        .insertInto('decisionNotices')
        .values([
          notice('public-notice', publicItemId, bodyId, 'Flood defences decision'),
          notice('exempt-notice', fixture.exemptItemId, bodyId, NOTICE_MARKER),
        ])
        .execute();
      await db
        .insertInto('callInRequests')
        .values({
          id: 'exempt-call-in',
          decisionNoticeId: 'exempt-notice',
          requestedOn: '2025-03-06',
          members: 'Cllr A\nCllr B',
          grounds: CALL_IN_MARKER,
          outcome: 'pending',
          outcomeOn: null,
          outcomeNotes: null,
          version: 1,
          createdAt: '2025-03-06T09:00:00.000Z',
          updatedAt: '2025-03-06T09:00:00.000Z',
        })
        .execute();
      await db
        .insertInto('forwardPlanEntries')
        .values({
          id: 'plan-entry',
          title: 'Depot future',
          summary: 'Whether to keep the depot',
          decisionMaker: 'Cabinet',
          expectedOn: '2025-05-01',
          isKey: 1,
          noticePublishedOn: '2025-03-01',
          exemptParagraph: 3,
          documents: 'Report of the Director',
          lateNotice: null,
          lateReasons: null,
          scrutinyChairOn: null,
          status: 'planned',
          decisionNoticeId: null,
          version: 1,
          createdAt: '2025-03-01T09:00:00.000Z',
          updatedAt: '2025-03-01T09:00:00.000Z',
        })
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
        '/decisions/public-notice',
        '/api/v1/decision-notices/public-notice',
        '/oparl/v1/papers/public-notice',
        '/exports/decision-notices.csv',
        '/exports/forward-plan.csv',
        '/forward-plan/plan-entry',
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
