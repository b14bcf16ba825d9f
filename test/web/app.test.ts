import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/web/app.js';
import { buildMeetingRecord } from '../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';
import { recordMeeting } from '../../src/app/recordMeeting.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: portal home page`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
      await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null });
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          body: { name: '<script>alert(1)</script> Committee' },
          date: '2025-06-01',
          venue: '<img src=x onerror=alert(2)>',
          items: [],
          attendance: [],
          declarations: [],
        }),
        { sourceDocumentId: null },
      );
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should show upcoming meetings, recent meetings and recent decisions on the home page', async () => {
      const res = await createApp(t.store, { today: () => '2025-05-01' }).request('/');
      expect(res.status).toBe(200);
      const html = await res.text();
      const upcoming = html.slice(html.indexOf('Upcoming meetings'), html.indexOf('Recent meetings'));
      const recent = html.slice(html.indexOf('Recent meetings'), html.indexOf('Recent decisions'));
      const decisions = html.slice(html.indexOf('Recent decisions'));
      expect(upcoming).toContain('Sunday 1 June 2025');
      expect(upcoming).not.toContain('Wednesday 12 March 2025');
      expect(recent).toContain('Wednesday 12 March 2025');
      expect(recent).not.toContain('Sunday 1 June 2025');
      expect(decisions).toMatch(/href="\/items\/[a-z0-9]+"/);
      expect(html).toContain('action="/search"');
      // Before any meeting: nothing recent, nothing decided yet.
      const early = await (await createApp(t.store, { today: () => '2000-01-01' }).request('/')).text();
      expect(early).toContain('No meetings have been held yet.');
      expect(early).toContain('No decisions are recorded yet.');
    });

    it('should escape imported text and send a strict Content-Security-Policy', async () => {
      const res = await createApp(t.store).request('/');
      const html = await res.text();
      expect(html).not.toContain('<script>alert(1)</script>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toContain('<img src=x');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('should show a meeting with its attendance, declarations, items and resolutions, and hide exempt papers', async () => {
      const saved = await recordMeeting(
        t.store,
        buildMeetingRecord({
          date: '2025-07-01',
          items: [
            {
              minuteNumber: '50',
              title: 'Flood grants',
              minutesText: 'Grants were discussed.',
              resolutions: [{ text: 'to approve the grants', kind: 'decision' }],
            },
            {
              minuteNumber: '51',
              title: 'Land at Quay Street',
              isExempt: true,
              exemptParagraph: 3,
              minutesText: 'Confidential valuation of 1.2 million',
            },
          ],
          declarations: [
            {
              name: 'Councillor Tom Brown',
              item: '50',
              kind: 'other_registrable',
              text: 'is a trustee of the harbour trust',
            },
          ],
        }),
        { sourceDocumentId: null },
      );
      const res = await createApp(t.store).request(`/meetings/${saved.meetingId}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('Tuesday 1 July 2025');
      expect(html).toContain('Rhian Evans');
      expect(html).toContain('(unwell)');
      expect(html).toContain('is a trustee of the harbour trust');
      expect(html).toContain('to approve the grants');
      expect(html).toContain('Land at Quay Street');
      expect(html).toContain('paragraph 3 of Schedule 12A');
      expect(html).not.toContain('Confidential valuation');
      expect((await createApp(t.store).request('/meetings/no-such-meeting')).status).toBe(404);
    });

    it('should answer the health check', async () => {
      const res = await createApp(t.store).request('/healthz');
      expect(res.status).toBe(200);
    });

    it('should answer 503 to the health check when the database is gone', async () => {
      const gone = await testStore(dialect);
      const app = createApp(gone.store);
      expect((await app.request('/healthz')).status).toBe(200);
      await gone.drop();
      const res = await app.request('/healthz');
      expect(res.status).toBe(503);
      expect(await res.text()).toBe('database unavailable');
    });
  });
}
