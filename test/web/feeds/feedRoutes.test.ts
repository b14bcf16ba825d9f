import ICAL from 'ical.js';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../../src/domain/meetingRecord.js';
import { saveMeetingRecord } from '../../../src/store/records/saveMeetingRecord.js';
import { storeDocument } from '../../../src/store/repositories/documentRepository.js';
import { listFeedEvents } from '../../../src/store/repositories/feedEntries.js';
import { createApp } from '../../../src/web/app.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const BASE = 'https://meetings.example.gov.uk';
const HOSTILE_BODY = 'Planning, Licensing; and <script>alert(1)</script> Committee';
const HOSTILE_VENUE = 'Room 2, Town Hall; "Annexe"\nBEGIN:VEVENT';
const SECRET = 'valuation of 1.2 million for the Quay Street land';
const MINUTES_IMPORTED = '2025-03-14T08:00:00.000Z';

/** A meeting of Harbourside with minutes read from a document, one item of it exempt. */
function marchMinutes(): MeetingRecord {
  return buildMeetingRecord({
    items: [
      { minuteNumber: '43', title: 'Coastal Flood Defence Programme', minutesText: 'Sea wall repairs.', resolutions: [{ text: 'to note the progress of the programme', kind: 'note' }], span: { start: 0, end: 10 } },
      { minuteNumber: '44', title: 'Disposal of land (exempt)', isExempt: true, exemptParagraph: 3, minutesText: SECRET, points: [{ label: 'a', text: SECRET }], resolutions: [{ text: `to accept the ${SECRET}`, kind: 'decision' }] },
    ],
    declarations: [],
  });
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: iCal, RSS and Atom feeds`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    const ids = { held: '', allDay: '', cancelled: '', floodItem: '', harbourSlug: '' };
    beforeAll(async () => {
      t = await testStore(dialect);
      const text = 'Minutes of the Harbourside Overview and Scrutiny Committee';
      const doc = await storeDocument(t.store.db, { bytes: new TextEncoder().encode(text), mediaType: 'text/plain', origin: 'test:march', title: null, text, pageStarts: [], now: MINUTES_IMPORTED });
      const held = await saveMeetingRecord(t.store.db, marchMinutes(), { sourceDocumentId: doc.document.id, now: MINUTES_IMPORTED });
      ids.held = held.meetingId;
      ids.floodItem = held.itemIds[0]!;
      const allDay = await saveMeetingRecord(
        t.store.db,
        buildMeetingRecord({ body: { name: HOSTILE_BODY }, date: '2025-06-01', startTime: null, venue: HOSTILE_VENUE, items: [], attendance: [], declarations: [], fieldSpans: {} }),
        { sourceDocumentId: null, now: '2025-01-10T09:00:00.000Z' },
      );
      ids.allDay = allDay.meetingId;
      const cancelled = await saveMeetingRecord(
        t.store.db,
        buildMeetingRecord({ date: '2025-07-01', startTime: '10:00', items: [], attendance: [], declarations: [], fieldSpans: {} }),
        { sourceDocumentId: null, now: '2025-01-20T09:00:00.000Z' },
      );
      ids.cancelled = cancelled.meetingId;
      await t.store.db.updateTable('meetings').set({ status: 'cancelled', updatedAt: '2025-02-01T10:00:00.000Z' }).where('id', '=', cancelled.meetingId).execute();
      const body = await t.store.db.selectFrom('bodies').select('slug').where('id', '=', held.bodyId).executeTakeFirstOrThrow();
      ids.harbourSlug = body.slug;
      app = createApp(t.store, { baseUrl: BASE });
    });
    afterAll(async () => {
      await t?.drop();
    });

    const uid = (meetingId: string): string => `meeting-${meetingId}@meetings.example.gov.uk`;
    const events = (ics: string): ICAL.Component[] => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const byUid = (ics: string): Map<string, ICAL.Component> => new Map(events(ics).map((e) => [String(e.getFirstPropertyValue('uid')), e]));

    it('should serve every meeting as an iCal event in London time, with its page, place and status', async () => {
      const res = await app.request('/feeds/meetings.ics');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
      const ics = await res.text();
      const calendar = new ICAL.Component(ICAL.parse(ics));
      expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/London');
      const found = byUid(ics);
      expect([...found.keys()].sort()).toEqual([uid(ids.held), uid(ids.allDay), uid(ids.cancelled)].sort());
      const held = found.get(uid(ids.held))!;
      expect(held.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/London');
      expect(String(held.getFirstPropertyValue('dtstart'))).toBe('2025-03-12T18:30:00');
      expect(held.getFirstPropertyValue('url')).toBe(`${BASE}/meetings/${ids.held}`);
      expect(held.getFirstPropertyValue('summary')).toBe('Harbourside Overview and Scrutiny Committee');
      expect(held.getFirstPropertyValue('status')).toBe('CONFIRMED');
      const allDay = found.get(uid(ids.allDay))!;
      expect((allDay.getFirstPropertyValue('dtstart') as ICAL.Time).isDate).toBe(true);
      expect(allDay.getFirstPropertyValue('summary')).toBe(HOSTILE_BODY);
      expect(allDay.getFirstPropertyValue('location')).toBe(HOSTILE_VENUE);
      expect(found.get(uid(ids.cancelled))?.getFirstPropertyValue('status')).toBe('CANCELLED');
    });

    it('should keep UIDs and bytes stable across requests and re-imports, and answer 304 to a matching ETag', async () => {
      const first = await app.request('/feeds/meetings.ics');
      const firstText = await first.text();
      const second = await app.request('/feeds/meetings.ics');
      expect(await second.text()).toBe(firstText);
      const etag = first.headers.get('etag');
      expect(etag).toBeTruthy();
      expect(second.headers.get('etag')).toBe(etag);
      const cached = await app.request('/feeds/meetings.ics', { headers: { 'If-None-Match': etag! } });
      expect(cached.status).toBe(304);
      const doc = await t.store.db.selectFrom('documents').select('id').executeTakeFirstOrThrow();
      await saveMeetingRecord(t.store.db, marchMinutes(), { sourceDocumentId: doc.id, now: '2025-04-01T00:00:00.000Z' });
      const again = await (await app.request('/feeds/meetings.ics')).text();
      expect([...byUid(again).keys()].sort()).toEqual([...byUid(firstText).keys()].sort());
    });

    it('should list new meetings, agendas, minutes, decisions and cancellations in RSS, dated when they became public', async () => {
      const res = await app.request('/feeds/meetings.rss');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
      const feed = await new Parser().parseString(await res.text());
      const entries = feed.items.map((i) => ({ guid: i.guid, link: i.link, date: i.isoDate }));
      expect(entries).toEqual(
        expect.arrayContaining([
          { guid: `${BASE}/items/${ids.floodItem}#decisions`, link: `${BASE}/items/${ids.floodItem}`, date: MINUTES_IMPORTED },
          { guid: `${BASE}/meetings/${ids.held}#minutes`, link: `${BASE}/meetings/${ids.held}`, date: MINUTES_IMPORTED },
          { guid: `${BASE}/meetings/${ids.held}#agenda`, link: `${BASE}/meetings/${ids.held}`, date: MINUTES_IMPORTED },
          { guid: `${BASE}/meetings/${ids.allDay}#scheduled`, link: `${BASE}/meetings/${ids.allDay}`, date: '2025-01-10T09:00:00.000Z' },
          { guid: `${BASE}/meetings/${ids.cancelled}#scheduled`, link: `${BASE}/meetings/${ids.cancelled}`, date: '2025-01-20T09:00:00.000Z' },
          { guid: `${BASE}/meetings/${ids.cancelled}#cancelled`, link: `${BASE}/meetings/${ids.cancelled}`, date: '2025-02-01T10:00:00.000Z' },
        ]),
      );
      // Recorded only from its minutes, after it sat: not news as a new meeting.
      expect(entries.map((e) => e.guid)).not.toContain(`${BASE}/meetings/${ids.held}#scheduled`);
      const dates = entries.map((e) => e.date ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it('should serve the same entries as Atom', async () => {
      const res = await app.request('/feeds/meetings.atom');
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const atom = await new Parser().parseString(await res.text());
      const rss = await new Parser().parseString(await (await app.request('/feeds/meetings.rss')).text());
      expect(atom.items.map((i) => [(i as { id?: string }).id, i.link, i.isoDate])).toEqual(rss.items.map((i) => [i.guid, i.link, i.isoDate]));
      expect(atom.items.length).toBeGreaterThanOrEqual(6);
    });

    it("should give a body's feeds only that body's meetings, and 404 for an unknown body or format", async () => {
      const ics = await (await app.request(`/feeds/bodies/${ids.harbourSlug}.ics`)).text();
      expect([...byUid(ics).keys()].sort()).toEqual([uid(ids.held), uid(ids.cancelled)].sort());
      for (const format of ['rss', 'atom']) {
        const feed = await new Parser().parseString(await (await app.request(`/feeds/bodies/${ids.harbourSlug}.${format}`)).text());
        expect(feed.items.length).toBeGreaterThan(0);
        for (const item of feed.items) expect([`${BASE}/meetings/${ids.held}`, `${BASE}/meetings/${ids.cancelled}`, `${BASE}/items/${ids.floodItem}`]).toContain(item.link);
      }
      for (const path of ['/feeds/bodies/no-such-body.ics', '/feeds/bodies/no-such-body.rss', '/feeds/bodies/no-such-body.atom', `/feeds/bodies/${ids.harbourSlug}.json`, `/feeds/bodies/${ids.harbourSlug}`, '/feeds/meetings.json']) {
        expect((await app.request(path)).status, path).toBe(404);
      }
    });

    it('should never publish an exempt item, its minutes or its resolutions, nor raw markup', async () => {
      for (const path of ['/feeds/meetings.ics', '/feeds/meetings.rss', '/feeds/meetings.atom', `/feeds/bodies/${ids.harbourSlug}.rss`]) {
        const body = await (await app.request(path)).text();
        expect(body, path).not.toContain('1.2 million');
        expect(body, path).not.toContain('Disposal of land');
        // iCal text is plain text, shown as such; in the XML feeds it would be markup.
        if (!path.endsWith('.ics')) expect(body, path).not.toContain('<script>');
      }
      const agenda = (await listFeedEvents(t.store.db, { limit: 50 })).find((e) => e.kind === 'agenda' && e.meetingId === ids.held);
      expect(agenda?.lines).toEqual(['Coastal Flood Defence Programme']);
    });

    it('should link the calendar and body pages to feeds that answer', async () => {
      const pages = [
        { path: '/calendar?month=2025-03', stem: '/feeds/meetings' },
        { path: `/calendar?month=2025-03&body=${ids.harbourSlug}`, stem: `/feeds/bodies/${ids.harbourSlug}` },
        { path: `/bodies/${ids.harbourSlug}`, stem: `/feeds/bodies/${ids.harbourSlug}` },
      ];
      for (const { path, stem } of pages) {
        const html = await (await app.request(path)).text();
        expect(html, path).toContain(`<a class="govuk-link" href="${stem}.ics">`);
        expect(html, path).toContain(`<a class="govuk-link" href="${stem}.rss">`);
        expect(html, path).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${stem}\\.atom"`));
      }
      const types = await Promise.all(['ics', 'rss', 'atom'].map(async (f) => (await app.request(`/feeds/bodies/${ids.harbourSlug}.${f}`)).headers.get('content-type')));
      expect(types).toEqual(['text/calendar; charset=utf-8', 'application/rss+xml; charset=utf-8', 'application/atom+xml; charset=utf-8']);
    });

    it('should keep only the newest events up to the limit', async () => {
      const all = await listFeedEvents(t.store.db, { limit: 50 });
      const three = await listFeedEvents(t.store.db, { limit: 3 });
      expect(three).toEqual(all.slice(0, 3));
      expect(all.length).toBeGreaterThan(3);
    });
  });
}
