import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../../../src/store/storeDb.js';
import { createApp } from '../../../../src/web/app.js';
import { wordCounts, wordDifference } from '../../../publish/documentPack/pdfTools.js';
import { htmlReportText, pdfText, pdfTextWithoutRepeatedHeads } from '../../../publish/reportPdf/reportText.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { BODY_SLUG, HOSTILE_TITLE, respond, SECRET, seedReportWorld } from './reportWorld.js';

const TRACKER_HEAD = ['Made on', 'Recommendation', 'To', 'Response due', 'Status', 'Response'];

/** The figures of a table row on a report page, by its first cell. */
function row(html: string, first: string): string[] {
  const at = html.indexOf(`>${first}</th>`);
  if (at < 0) return [];
  const tr = html.slice(at, html.indexOf('</tr>', at));
  return [...tr.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]!);
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: the scrutiny reports`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let ids: Awaited<ReturnType<typeof seedReportWorld>>;
    let today = '2025-04-01';
    const get = async (path: string) => app.request(path);
    const page = async (path: string) => {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      return res.text();
    };
    beforeAll(async () => {
      t = await testStore(dialect);
      ids = await seedReportWorld(t.store);
      await respond(t.store, 'flood risk map', {
        respondedOn: '2024-09-02',
        acceptance: 'accepted',
        text: 'The map will be published in the spring.',
      });
      app = createApp(t.store, { today: () => today, renderCache: false });
    });
    afterAll(async () => t?.drop());

    describe('the tracker report', () => {
      it('should group earlier recommendations by topic and status, and never show an exempt item’s', async () => {
        const html = await page(`/meetings/${ids.march}/tracker-report`);
        const text = htmlReportText(html);
        // One topic for both flood recommendations, though the titles' case differs.
        expect(html.match(/<h2 class="govuk-heading-l">Coastal Flood Defence Programme<\/h2>/g)).toHaveLength(1);
        expect(html).not.toContain('<h2 class="govuk-heading-l">Coastal flood defence programme</h2>');
        expect(text).toContain('to recommend that the Executive publishes a flood risk map');
        expect(text).toContain('Accepted on 2 September 2024: The map will be published in the spring.');
        expect(text).toContain('to recommend that the sea wall at Eastgate is surveyed');
        // Overdue first within the topic: Eastgate (due 25 January 2025, unanswered) before the accepted map.
        expect(text.indexOf('Eastgate')).toBeLessThan(text.indexOf('flood risk map'));
        expect(row(html, 'Response overdue')).toEqual(['2']);
        expect(row(html, 'Accepted')).toEqual(['1']);
        expect(row(html, 'Total')).toEqual(['3']);
        expect(html).not.toContain(SECRET);
        expect(html).not.toContain('Sale of the depot');
        // Untrusted text is escaped, never markup.
        expect(html).not.toContain('<script>alert');
        expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Library opening hours');
      });

      it('should read the record as it stood on the day of the meeting', async () => {
        // At the November meeting, the June recommendations were out, the map accepted, the library one overdue.
        const html = await page(`/meetings/${ids.november}/tracker-report`);
        expect(html).not.toContain('Eastgate');
        expect(row(html, 'Total')).toEqual(['2']);
        expect(row(html, 'Response overdue')).toEqual(['1']);
        // The first meeting has nothing earlier to track.
        const first = await page(`/meetings/${ids.june}/tracker-report`);
        expect(first).toContain('No recommendations of the committee from earlier meetings are recorded.');
      });

      it('should serve a PDF saying what the page says', async () => {
        const html = await page(`/meetings/${ids.march}/tracker-report`);
        const res = await get(`/meetings/${ids.march}/tracker-report.pdf`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/pdf');
        const text = pdfTextWithoutRepeatedHeads(pdfText(new Uint8Array(await res.arrayBuffer())), [TRACKER_HEAD]);
        expect(text).toContain(HOSTILE_TITLE);
        expect(wordDifference(wordCounts(htmlReportText(html)), wordCounts(text))).toEqual({});
      });

      it('should be linked from the meeting page, and be missing for an unknown meeting', async () => {
        expect(await page(`/meetings/${ids.march}`)).toContain(`href="/meetings/${ids.march}/tracker-report"`);
        expect((await get('/meetings/nope/tracker-report')).status).toBe(404);
        expect((await get('/meetings/nope/tracker-report.pdf')).status).toBe(404);
      });
    });

    describe('the annual scrutiny report', () => {
      const path = `/bodies/${BODY_SLUG}/annual-report/2024-25`;

      it('should count the year from the records', async () => {
        const html = await page(path);
        expect(html).toContain('Annual scrutiny report 2024/25');
        expect(html).toContain('3 meetings held.');
        // Tom sent apologies in June, Rhian was absent in November; the officer is not a member.
        expect(row(html, 'Tom Brown')).toEqual(['3', '2', '67%']);
        expect(row(html, 'Rhian Evans')).toEqual(['3', '2', '67%']);
        expect(row(html, 'Ada Lovelace')).toEqual(['3', '3', '100%']);
        expect(html).not.toContain('Maya Chen');
        expect(html).toContain('3 recommendations made.');
        expect(row(html, 'Accepted')).toEqual(['1']);
        expect(row(html, 'No response recorded')).toEqual(['2']);
        expect(html).toContain('and 1 item in private (exempt information).');
        expect(html).not.toContain(SECRET);
        expect(html).not.toContain('<script>alert');
      });

      it('should change its figures when the records change', async () => {
        const db = dbOf(t.store);
        const tom = await db
          .selectFrom('people')
          .select('id')
          .where('displayName', 'like', '%Tom Brown')
          .executeTakeFirstOrThrow();
        await db
          .updateTable('attendance')
          .set({ kind: 'present', reason: null })
          .where('meetingId', '=', ids.june)
          .where('personId', '=', tom.id)
          .execute();
        await respond(t.store, 'sea wall at Eastgate', {
          respondedOn: '2025-02-01',
          acceptance: 'rejected',
          text: 'No budget this year.',
        });
        await db.updateTable('meetings').set({ status: 'cancelled' }).where('id', '=', ids.march).execute();
        const html = await page(path);
        expect(row(html, 'Tom Brown')).toEqual(['2', '2', '100%']);
        expect(row(html, 'Rejected')).toEqual(['1']);
        expect(row(html, 'No response recorded')).toEqual(['1']);
        expect(html).toContain('2 meetings held. 1 meeting cancelled.');
        await db.updateTable('meetings').set({ status: 'minutes_confirmed' }).where('id', '=', ids.march).execute();
        // A report read before the March meeting counts it as still to come.
        today = '2025-03-01';
        try {
          expect(await page(path)).toContain('2 meetings held. 1 meeting still to come.');
        } finally {
          today = '2025-04-01';
        }
      });

      it('should serve a PDF saying what the page says, linked from the body page', async () => {
        const html = await page(path);
        const res = await get(`${path}.pdf`);
        expect(res.headers.get('content-type')).toBe('application/pdf');
        const text = pdfText(new Uint8Array(await res.arrayBuffer()));
        expect(wordDifference(wordCounts(htmlReportText(html)), wordCounts(text))).toEqual({});
        expect(await page(`/bodies/${BODY_SLUG}`)).toContain(`href="${path}"`);
      });

      it('should be missing for a year with no meetings, a year that is not one, or an unknown body', async () => {
        for (const bad of [
          `/bodies/${BODY_SLUG}/annual-report/2019-20`,
          `/bodies/${BODY_SLUG}/annual-report/2024-26`,
          `/bodies/${BODY_SLUG}/annual-report/2024`,
          '/bodies/nobody/annual-report/2024-25',
          '/bodies/nobody/annual-report/2024-25.pdf',
        ])
          expect((await get(bad)).status, bad).toBe(404);
      });
    });
  });
}
