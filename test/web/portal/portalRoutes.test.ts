import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/web/app.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';

const SOURCE =
  'Minutes. 43 Coastal Flood Defence Programme. RESOLVED to note the progress of the programme. <script>alert(1)</script>';

for (const dialect of DIALECTS) {
  describe(`${dialect}: portal pages`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    const ids: { meeting?: string; flood?: string; later?: string; document?: string } = {};
    beforeAll(async () => {
      t = await testStore(dialect);
      const doc = await t.store.repos.documents.store({
        bytes: new TextEncoder().encode(SOURCE),
        mediaType: 'text/plain',
        origin: 'javascript:alert(3)',
        title: null,
        text: SOURCE,
        pageStarts: [],
      });
      ids.document = doc.document.id;
      const first = await recordMeeting(
        t.store,
        buildMeetingRecord({
          items: [
            {
              minuteNumber: '43',
              title: 'Coastal Flood Defence Programme',
              minutesText: 'Sea wall <b>repairs</b> at Northgate.',
              resolutions: [
                { text: 'to note the progress of the programme', kind: 'note', span: { start: 54, end: 92 } },
              ],
              span: { start: 9, end: 43 },
            },
            { minuteNumber: '44', title: '<script>alert(2)</script> Parking', minutesText: 'javascript:alert(4)' },
          ],
        }),
        { sourceDocumentId: doc.document.id },
      );
      ids.meeting = first.meetingId;
      ids.flood = first.itemIds[0];
      const later = await recordMeeting(
        t.store,
        buildMeetingRecord({
          date: '2026-01-14',
          items: [
            {
              minuteNumber: '12',
              title: 'Coastal Flood Defence Programme: final report',
              minutesText: 'The programme closed.',
            },
          ],
          attendance: [{ name: 'Cllr Ada Lovelace', kind: 'present' }],
          declarations: [],
        }),
        { sourceDocumentId: null },
      );
      ids.later = later.itemIds[0];
      // recordMeeting compares the people it meets with those already known (proposeMerges).
      app = createApp(t.store);
    });
    afterAll(async () => {
      await t?.drop();
    });

    const get = async (path: string) => {
      const res = await app.request(path);
      return { status: res.status, html: await res.text(), res };
    };

    it('should list bodies and show a body with its members and meetings by municipal year', async () => {
      expect((await get('/bodies')).html).toContain('href="/bodies/harbourside-overview-and-scrutiny-committee"');
      const { status, html } = await get('/bodies/harbourside-overview-and-scrutiny-committee');
      expect(status).toBe(200);
      expect(html).toContain('Ada Lovelace');
      expect(html).toContain('Municipal year 2025/26');
      expect(html).toContain('Municipal year 2024/25');
      expect((await get('/bodies/no-such-body')).status).toBe(404);
    });

    it('should show a person with attendance figures in a table beside the chart', async () => {
      const { status, html } = await get('/people/ada-lovelace');
      expect(status).toBe(200);
      expect(html).toContain('<svg');
      expect(html).toMatch(/2024\/25<\/td>/);
      expect(html).toContain('Chair, Harbourside Overview and Scrutiny Committee');
      expect((await get('/people')).html).toContain('href="/people/ada-lovelace"');
    });

    it('should show an item with its resolutions, a link to where it was read, and its topic across years', async () => {
      const { status, html } = await get(`/items/${ids.flood}`);
      expect(status).toBe(200);
      expect(html).toContain('to note the progress of the programme');
      expect(html).toContain(`/documents/${ids.document}?at=`);
      expect(html).toContain(`href="/items/${ids.later}"`);
      expect(html).toContain('Wednesday 14 January 2026');
    });

    it('should highlight the place a fact was read in its source document, and never link a javascript: origin', async () => {
      const item = await get(`/items/${ids.flood}`);
      const hrefs = [...item.html.matchAll(/href="(\/documents\/[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      expect(hrefs).toHaveLength(2);
      const pages = await Promise.all(hrefs.map((href) => get(href)));
      expect(pages.map((p) => p.status)).toEqual([200, 200]);
      expect(pages[0]!.html).toMatch(/<mark id="at">43 Coastal Flood Defence Programme/);
      expect(pages[1]!.html).toMatch(/<mark id="at">[^<]*note the progress/);
      const { html } = pages[1]!;
      expect(html).not.toContain('href="javascript:');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    it('should offer the document as imported, as a sandboxed download', async () => {
      const page = await get(`/documents/${ids.document}`);
      expect(page.html).toContain(`href="/documents/${ids.document}/original"`);
      const { status, html: body, res } = await get(`/documents/${ids.document}/original`);
      expect(status).toBe(200);
      expect(body).toBe(SOURCE);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[A-Za-z0-9._-]+"$/);
      expect(res.headers.get('content-type')).toBe('application/octet-stream');
      expect(res.headers.get('content-security-policy')).toContain('sandbox');
      expect((await get('/documents/nosuchdocument/original')).status).toBe(404);
    });

    it('should escape imported text on every page', async () => {
      for (const path of ['/', `/meetings/${ids.meeting}`, '/search?q=parking']) {
        const { html } = await get(path);
        expect(html, path).not.toContain('<script>alert');
        expect(html, path).not.toContain('<b>repairs</b>');
      }
    });

    it('should search with filters, mark the words found and page the results', async () => {
      const { html } = await get('/search?q=programme');
      expect(html).toMatch(/\d+ results?/);
      expect(html).toContain('<mark>programme</mark>');
      const filtered = await get('/search?q=programme&from=2026-01-01');
      expect(filtered.html).toContain('final report');
      expect(filtered.html).not.toContain('>Coastal Flood Defence Programme<');
      const bad = await get('/search?q=programme&from=yesterday');
      expect(bad.status).toBe(200);
      expect(bad.html).toContain('<a href="#from-day">From date must be a real date, for example 27 3 2024</a>');
      const boxes = await get('/search?q=programme&from-day=1&from-month=1&from-year=2026');
      expect(boxes.html).toContain('final report');
      expect(boxes.html).not.toContain('>Coastal Flood Defence Programme<');
    });

    it('should show a bad date beside its field and in an error summary, keeping what was typed and the words', async () => {
      const { status, html } = await get('/search?q=programme&to-day=30&to-month=Feb&to-year=2025&kind=item');
      expect(status).toBe(200);
      expect(html).toMatch(/<title>Error: Search: programme - Council<\/title>/);
      expect(html).toContain('<h2 class="govuk-error-summary__title">There is a problem</h2>');
      expect(html).toContain('<a href="#to-day">To date must be a real date</a>');
      expect(html).toContain(
        '<p id="to-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> To date must be a real date</p>',
      );
      expect(html).toContain('id="to-day" name="to-day" type="text" inputmode="numeric" value="30"');
      expect(html).toContain('id="to-month" name="to-month" type="text" inputmode="numeric" value="Feb"');
      expect(html).toContain('id="q" name="q" type="search" value="programme"');
      expect(html).toMatch(/<option value="item" selected="">/);
      expect(html).not.toMatch(/\d+ results?</);
    });

    it('should page search results with GOV.UK pagination, keeping the filters in its links', async () => {
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          date: '2025-06-11',
          items: Array.from({ length: 45 }, (_, n) => ({
            minuteNumber: String(100 + n),
            title: `Lighthouse keepers report ${n + 1}`,
            minutesText: 'Noted.',
          })),
          attendance: [],
          declarations: [],
        }),
        { sourceDocumentId: null },
      );
      const first = await get('/search?q=lighthouse&from=2025-06-01&kind=item');
      expect(first.html).toContain('45 results');
      expect(first.html).toContain('<nav class="govuk-pagination" aria-label="Search results pages">');
      expect(first.html).toContain(
        'href="/search?q=lighthouse&amp;from=2025-06-01&amp;kind=item&amp;page=2" rel="next"',
      );
      expect(first.html).toMatch(/aria-label="Page 1" aria-current="page"/);
      expect(first.html).toContain('aria-label="Page 3"');
      expect(first.html).not.toContain('rel="prev"');
      const last = await get('/search?q=lighthouse&from=2025-06-01&kind=item&page=3');
      expect(last.html).toContain('rel="prev"');
      expect(last.html).not.toContain('rel="next"');
      expect(last.html).toContain('<ol class="govuk-list search-results" start="41">');
    });

    it('should show the meetings of a month, filtered by body', async () => {
      const { html } = await get('/calendar?month=2025-03');
      expect(html).toContain('Meetings in March 2025');
      expect(html).toContain(`href="/meetings/${ids.meeting}"`);
      expect((await get('/calendar?month=2025-04')).html).toContain('No meetings this month.');
      expect((await get('/calendar?month=2025-03&body=harbourside-overview-and-scrutiny-committee')).html).toContain(
        `/meetings/${ids.meeting}`,
      );
      expect((await get('/calendar?month=2025-03&body=nope')).status).toBe(404);
    });
  });
}
