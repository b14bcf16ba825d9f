import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../src/app/accounts/addUser.js';
import { importPaths } from '../../src/app/importDocuments.js';
import { saveItemMinutes } from '../../src/app/minutes/saveItemMinutes.js';
import type { Account } from '../../src/domain/account.js';
import { stableId } from '../../src/domain/ids.js';
import { dbOf } from '../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';

/** Minutes of the Environment Committee of 10 February 2025; item 4 resolves "that the review be noted". */
const MINUTES = path.resolve(import.meta.dirname, '../fixtures/people/fernleigh-2025-02-10.txt');
const DATE = '2025-02-10';
const WRITTEN = 'Members discussed the allotments review at length.\n\nRESOLVED that the review be deferred to March.';
const NOW = '2025-02-11T09:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`${dialect}: importing a meeting's minutes over minutes written in the workspace`, () => {
    let t: TestStore;
    let meetingId: string;
    let itemId: string;
    let clerk: Account;
    beforeEach(async () => {
      t = await testStore(dialect);
      // The meeting as the clerk's schedule and agenda made it: its items, no minutes yet.
      const body = await t.store.transaction(async (repos) => {
        const b = await repos.bodies.ensure('Environment Committee', undefined, NOW);
        meetingId = stableId('meeting', b.slug, DATE);
        await repos.meetings.save({
          id: meetingId,
          bodyId: b.id,
          date: DATE,
          startTime: '19:00',
          startedAt: null,
          endedAt: null,
          venue: 'Council Chamber',
          isRemote: false,
          streamUrl: null,
          status: 'scheduled',
          contactName: null,
          contactEmail: null,
          contactPhone: null,
          municipalYear: '2024/25',
          createdAt: NOW,
          updatedAt: NOW,
          revision: 0,
        });
        for (const [n, title] of [
          'Apologies for absence',
          'Declarations of interest',
          'Membership',
          'Allotments review',
        ].entries())
          await repos.items.save({
            id: stableId('item', meetingId, String(n + 1)),
            meetingId,
            position: n + 1,
            agendaNumber: String(n + 1),
            minuteNumber: null,
            title,
            description: null,
            minutesText: null,
            standardKind: null,
            isExempt: false,
            exemptParagraph: null,
            pageStart: null,
            pageEnd: null,
            sourceDocumentId: null,
          });
        return b;
      });
      itemId = stableId('item', meetingId, '4');
      const added = await addUser(
        t.store,
        { email: 'clerk@council.example', role: 'clerk', bodySlugs: [body.slug], password: 'correct horse' },
        'cli:test',
        { cost: { log2N: 10, r: 8, p: 1 } },
      );
      clerk = added.account;
    });
    afterEach(async () => {
      await t?.drop();
    });

    const resolutionsOfItem = async () =>
      dbOf(t.store)
        .selectFrom('resolutions')
        .select(['text', 'sourceDocumentId'])
        .where('itemId', '=', itemId)
        .orderBy('position')
        .execute();

    it('should file the document as ever when nothing was written in the workspace', async () => {
      const report = await importPaths(t.store, [MINUTES]);
      expect(report.results[0]).toMatchObject({ status: 'Imported', meetings: 1, unplaced: null });
      expect((await resolutionsOfItem()).map((r) => r.text)).toEqual(['that the review be noted.']);
    });

    for (const stage of ['draft', 'confirmed'] as const)
      it(`should keep ${stage} written minutes, neither overwritten nor doubled, and keep the document for review naming the meeting`, async () => {
        await saveItemMinutes(t.store, clerk, { meetingId, itemId, version: 0, text: WRITTEN }, NOW);
        if (stage === 'confirmed')
          await t.store.transaction((repos) =>
            repos.minutes.setState(
              meetingId,
              { status: 'confirmed', confirmedByMeetingId: null, confirmedAt: NOW },
              NOW,
            ),
          );
        const before = await resolutionsOfItem();
        expect(before).toEqual([{ text: 'the review be deferred to March.', sourceDocumentId: null }]);

        const report = await importPaths(t.store, [MINUTES]);
        const result = report.results[0]!;
        expect(result.status).toBe('Imported');
        expect(result.meetings).toBe(0);
        expect(result.unplaced).toContain(
          `the Environment Committee meeting of ${DATE} has ${stage === 'draft' ? 'draft minutes' : 'minutes, confirmed,'} written in the workspace`,
        );
        expect(result.unplaced).toContain('not filed over them');
        expect(await resolutionsOfItem()).toEqual(before);
        const item = await t.store.repos.items.find(itemId);
        expect(item?.minutesText).toContain('Members discussed the allotments review at length.');
        const attendance = await dbOf(t.store)
          .selectFrom('attendance')
          .selectAll()
          .where('meetingId', '=', meetingId)
          .execute();
        expect(attendance).toEqual([]);
        // Kept all the same, in the list a clerk reviews, with the reason.
        const review = await t.store.repos.unplaced.list();
        expect(review.map((r) => [r.documentId, r.reason])).toEqual([[result.documentId, result.unplaced]]);
      });
  });
}
