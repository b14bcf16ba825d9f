import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { createApp } from '../../../src/web/app.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const SCRUTINY = 'harbourside-overview-and-scrutiny-committee';
const PURPOSE =
  'To scrutinise the decisions of the Executive and the performance of services for residents. It meets in public.';

for (const dialect of DIALECTS) {
  describe(`${dialect}: bodies and calendar pages`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    const meetings: Record<string, string> = {};
    beforeAll(async () => {
      t = await testStore(dialect);
      for (const date of ['2024-06-12', '2024-11-20', '2025-03-12']) {
        const recorded = await recordMeeting(
          t.store,
          buildMeetingRecord({
            date,
            memberships:
              date === '2024-06-12'
                ? [{ name: 'Councillor Ada Lovelace', statement: 'Councillor Ada Lovelace was appointed Chair.' }]
                : [],
          }),
          { sourceDocumentId: null },
        );
        meetings[date] = recorded.meetingId;
      }
      await recordMeeting(
        t.store,
        buildMeetingRecord({ body: { name: 'Harbourside Licensing Committee' }, date: '2025-05-28', attendance: [] }),
        { sourceDocumentId: null },
      );
      const body = await dbOf(t.store)
        .selectFrom('bodies')
        .select('id')
        .where('slug', '=', SCRUTINY)
        .executeTakeFirstOrThrow();
      await dbOf(t.store)
        .insertInto('termsOfReference')
        .values({
          id: 'tor-1',
          bodyId: body.id,
          adoptedOn: '2024-05-20',
          description: null,
          purpose: PURPOSE,
          objectives: null,
          powers: 'May call in decisions of the Executive.',
          membershipRules: null,
          quorumText: null,
          frequencyText: null,
          documentId: null,
        })
        .execute();
      app = createApp(t.store, { today: () => '2025-01-15' });
    });
    afterAll(async () => {
      await t?.drop();
    });

    const get = async (path: string) => {
      const res = await app.request(path);
      return { status: res.status, html: await res.text() };
    };
    const text = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

    it('should describe each body in the list with how many meetings it has had', async () => {
      const { html } = await get('/bodies');
      const words = text(html);
      expect(words).toContain(`Harbourside Overview and Scrutiny Committee ${PURPOSE}`);
      expect(words).toContain('3 meetings recorded, the latest on Wednesday 12 March 2025');
      // No terms of reference: the kind of body stands in for a description.
      expect(words).toContain('Harbourside Licensing Committee Committee 1 meeting recorded');
    });

    it('should show terms of reference, official members apart from those seen at meetings, and meetings by year', async () => {
      const { html } = await get(`/bodies/${SCRUTINY}`);
      const words = text(html);
      expect(words).toContain('Terms of reference');
      expect(words).toContain('May call in decisions of the Executive.');
      const official = words.indexOf('Official members Name');
      const seen = words.indexOf('Members seen at meetings Name');
      expect(official).toBeGreaterThan(0);
      expect(seen).toBeGreaterThan(official);
      // Ada's membership is stated; Tom Brown's is only inferred from attendance.
      expect(words.slice(official, seen)).toContain('Ada Lovelace');
      expect(words.slice(official, seen)).not.toContain('Tom Brown');
      expect(words.slice(seen)).toContain('Tom Brown');
      expect(words.slice(seen)).not.toContain('Ada Lovelace');
      expect(words).toContain('Municipal year 2024/25');
      expect(html).toContain(`href="/calendar?year=2024-25&amp;body=${SCRUTINY}"`);
      const licensing = text((await get('/bodies/harbourside-licensing-committee')).html);
      expect(licensing).toContain('No terms of reference are recorded.');
    });

    it('should list every meeting of a municipal year, for one body or all, with a way to each year', async () => {
      const all = await get('/calendar?year=2024-25');
      expect(all.status).toBe(200);
      expect(all.html).toMatch(/<title>Meetings in municipal year 2024\/25 - /);
      const words = text(all.html);
      expect(words).toContain('3 meetings recorded in the municipal year 2024/25');
      expect(all.html).toContain(`href="/meetings/${meetings['2024-06-12']}"`);
      expect(all.html).toContain(`href="/meetings/${meetings['2025-03-12']}"`);
      expect(all.html).toContain('href="/calendar?month=2024-11"');
      expect(all.html).toContain('href="/calendar?year=2025-26"');
      const licensing = text((await get('/calendar?year=2025-26&body=harbourside-licensing-committee')).html);
      expect(licensing).toContain('1 meeting recorded in the municipal year 2025/26');
      const scrutiny = text((await get(`/calendar?year=2025-26&body=${SCRUTINY}`)).html);
      expect(scrutiny).toContain('0 meetings recorded');
      expect((await get('/calendar?year=2024-25&body=no-such-body')).status).toBe(404);
      // The month page leads to the years.
      expect((await get('/calendar?month=2024-11')).html).toContain('href="/calendar?year=2024-25"');
    });

    it('should say where the nearest meetings are when the month has none', async () => {
      const { html } = await get('/calendar');
      const words = text(html);
      expect(words).toContain('Meetings in January 2025');
      expect(words).toContain('No meetings this month.');
      expect(html).toContain(`href="/meetings/${meetings['2024-11-20']}"`);
      expect(html).toContain(`href="/meetings/${meetings['2025-03-12']}"`);
      expect(html).toContain('href="/calendar?month=2024-11"');
      expect(html).toContain('href="/calendar?month=2025-03"');
      expect(words).toContain('Before: Wednesday 20 November 2024');
      expect(words).toContain('After: Wednesday 12 March 2025');
      // For one body, its own nearest meetings: the licensing committee has none before.
      const licensing = await get('/calendar?month=2025-01&body=harbourside-licensing-committee');
      expect(text(licensing.html)).not.toContain('Before:');
      expect(text(licensing.html)).toContain('After: Wednesday 28 May 2025');
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: people pages`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    beforeAll(async () => {
      t = await testStore(dialect);
      await recordMeeting(t.store, buildMeetingRecord({ date: '2024-06-12' }), { sourceDocumentId: null });
      app = createApp(t.store, { today: () => '2025-01-15' });
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should list councillors apart from officers', async () => {
      const html = await (await app.request('/people')).text();
      const councillors = html.indexOf('id="councillors"');
      const officers = html.indexOf('id="officers"');
      expect(councillors).toBeGreaterThan(0);
      expect(officers).toBeGreaterThan(councillors);
      expect(html.slice(councillors, officers)).toContain('href="/people/ada-lovelace"');
      expect(html.slice(councillors, officers)).not.toContain('href="/people/maya-chen"');
      expect(html.slice(officers)).toContain('href="/people/maya-chen"');
      expect(html).toContain('Officers (1)');
    });

    it('should label the attendance chart with each body and year, the same figures in a table', async () => {
      const html = await (await app.request('/people/ada-lovelace')).text();
      expect(html).toContain('<figcaption');
      expect(html).toContain('Harbourside Overview and Scrutiny Committee, 2024/25</text>');
      expect(html).toMatch(/data-label="Year">2024\/25<\/td>/);
      expect(html).toContain('<span class="govuk-caption-l">Councillor</span>');
    });
  });
}
