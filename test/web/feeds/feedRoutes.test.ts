import ICAL from 'ical.js';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../../src/domain/meetingRecord.js';
import type { Database } from '../../../src/store/database.js';
import { createApp } from '../../../src/web/app.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';

const BASE = 'https://meetings.example.gov.uk';
const HOSTILE_BODY = 'Planning, Licensing; and <script>alert(1)</script> Committee';
const HOSTILE_VENUE = 'Room 2, Town Hall; "Annexe"\nBEGIN:VEVENT';
const SECRET = 'valuation of 1.2 million for the Quay Street land';
const MINUTES_IMPORTED = '2025-03-14T08:00:00.000Z';

/** A meeting of Harbourside with minutes read from a document, one item of it exempt. */
function marchMinutes(): MeetingRecord {
  return buildMeetingRecord({
    items: [
      {
        minuteNumber: '43',
        title: 'Coastal Flood Defence Programme',
        minutesText: 'Sea wall repairs.',
        resolutions: [{ text: 'to note the progress of the programme', kind: 'note' }],
        span: { start: 0, end: 10 },
      },
      {
        minuteNumber: '44',
        title: 'Disposal of land (exempt)',
        isExempt: true,
        exemptParagraph: 3,
        minutesText: SECRET,
        points: [{ label: 'a', text: SECRET }],
        resolutions: [{ text: `to accept the ${SECRET}`, kind: 'decision' }],
      },
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
      const doc = await t.store.repos.documents.store({
        bytes: new TextEncoder().encode(text),
        mediaType: 'text/plain',
        origin: 'test:march',
        title: null,
        text,
        pageStarts: [],
        now: MINUTES_IMPORTED,
      });
      const held = await recordMeeting(t.store, marchMinutes(), {
        sourceDocumentId: doc.document.id,
        now: MINUTES_IMPORTED,
      });
      ids.held = held.meetingId;
      ids.floodItem = held.itemIds[0]!;
      const allDay = await recordMeeting(
        t.store,
        buildMeetingRecord({
          body: { name: HOSTILE_BODY },
          date: '2025-06-01',
          startTime: null,
          venue: HOSTILE_VENUE,
          items: [],
          attendance: [],
          declarations: [],
          fieldSpans: {},
        }),
        { sourceDocumentId: null, now: '2025-01-10T09:00:00.000Z' },
      );
      ids.allDay = allDay.meetingId;
      const cancelled = await recordMeeting(
        t.store,
        buildMeetingRecord({
          date: '2025-07-01',
          startTime: '10:00',
          items: [],
          attendance: [],
          declarations: [],
          fieldSpans: {},
        }),
        { sourceDocumentId: null, now: '2025-01-20T09:00:00.000Z' },
      );
      ids.cancelled = cancelled.meetingId;
      await dbOf(t.store)
        .updateTable('meetings')
        .set({ status: 'cancelled', updatedAt: '2025-02-01T10:00:00.000Z' })
        .where('id', '=', cancelled.meetingId)
        .execute();
      const body = await dbOf(t.store)
        .selectFrom('bodies')
        .select('slug')
        .where('id', '=', held.bodyId)
        .executeTakeFirstOrThrow();
      ids.harbourSlug = body.slug;
      app = createApp(t.store, { baseUrl: BASE });
    });
    afterAll(async () => {
      await t?.drop();
    });

    const uid = (meetingId: string): string => `meeting-${meetingId}@meetings.example.gov.uk`;
    const events = (ics: string): ICAL.Component[] => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const byUid = (ics: string): Map<string, ICAL.Component> =>
      new Map(events(ics).map((e) => [String(e.getFirstPropertyValue('uid')), e]));

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
      const doc = await dbOf(t.store).selectFrom('documents').select('id').executeTakeFirstOrThrow();
      await recordMeeting(t.store, marchMinutes(), {
        sourceDocumentId: doc.id,
        now: '2025-04-01T00:00:00.000Z',
      });
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
          {
            guid: `${BASE}/items/${ids.floodItem}#decisions`,
            link: `${BASE}/items/${ids.floodItem}`,
            date: MINUTES_IMPORTED,
          },
          {
            guid: `${BASE}/meetings/${ids.held}#minutes`,
            link: `${BASE}/meetings/${ids.held}`,
            date: MINUTES_IMPORTED,
          },
          { guid: `${BASE}/meetings/${ids.held}#agenda`, link: `${BASE}/meetings/${ids.held}`, date: MINUTES_IMPORTED },
          {
            guid: `${BASE}/meetings/${ids.allDay}#scheduled`,
            link: `${BASE}/meetings/${ids.allDay}`,
            date: '2025-01-10T09:00:00.000Z',
          },
          {
            guid: `${BASE}/meetings/${ids.cancelled}#scheduled`,
            link: `${BASE}/meetings/${ids.cancelled}`,
            date: '2025-01-20T09:00:00.000Z',
          },
          {
            guid: `${BASE}/meetings/${ids.cancelled}#cancelled`,
            link: `${BASE}/meetings/${ids.cancelled}`,
            date: '2025-02-01T10:00:00.000Z',
          },
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
      expect(atom.items.map((i) => [(i as { id?: string }).id, i.link, i.isoDate])).toEqual(
        rss.items.map((i) => [i.guid, i.link, i.isoDate]),
      );
      expect(atom.items.length).toBeGreaterThanOrEqual(6);
    });

    it("should give a body's feeds only that body's meetings, and 404 for an unknown body or format", async () => {
      const ics = await (await app.request(`/feeds/bodies/${ids.harbourSlug}.ics`)).text();
      expect([...byUid(ics).keys()].sort()).toEqual([uid(ids.held), uid(ids.cancelled)].sort());
      for (const format of ['rss', 'atom']) {
        const feed = await new Parser().parseString(
          await (await app.request(`/feeds/bodies/${ids.harbourSlug}.${format}`)).text(),
        );
        expect(feed.items.length).toBeGreaterThan(0);
        for (const item of feed.items)
          expect([
            `${BASE}/meetings/${ids.held}`,
            `${BASE}/meetings/${ids.cancelled}`,
            `${BASE}/items/${ids.floodItem}`,
          ]).toContain(item.link);
      }
      for (const path of [
        '/feeds/bodies/no-such-body.ics',
        '/feeds/bodies/no-such-body.rss',
        '/feeds/bodies/no-such-body.atom',
        `/feeds/bodies/${ids.harbourSlug}.json`,
        `/feeds/bodies/${ids.harbourSlug}`,
        '/feeds/meetings.json',
      ]) {
        expect((await app.request(path)).status, path).toBe(404);
      }
    });

    it('should never publish an exempt item, its minutes or its resolutions, nor raw markup', async () => {
      for (const path of [
        '/feeds/meetings.ics',
        '/feeds/meetings.rss',
        '/feeds/meetings.atom',
        `/feeds/bodies/${ids.harbourSlug}.rss`,
      ]) {
        const body = await (await app.request(path)).text();
        expect(body, path).not.toContain('1.2 million');
        expect(body, path).not.toContain('Disposal of land');
        // iCal text is plain text, shown as such; in the XML feeds it would be markup.
        if (!path.endsWith('.ics')) expect(body, path).not.toContain('<script>');
      }
      const agenda = (await t.store.public.feeds.events({ limit: 50 })).find(
        (e) => e.kind === 'agenda' && e.meetingId === ids.held,
      );
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
        expect(html, path).toMatch(
          new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${stem}\\.atom"`),
        );
      }
      const types = await Promise.all(
        ['ics', 'rss', 'atom'].map(async (f) =>
          (await app.request(`/feeds/bodies/${ids.harbourSlug}.${f}`)).headers.get('content-type'),
        ),
      );
      expect(types).toEqual([
        'text/calendar; charset=utf-8',
        'application/rss+xml; charset=utf-8',
        'application/atom+xml; charset=utf-8',
      ]);
    });

    it('should keep only the newest events up to the limit', async () => {
      const all = await t.store.public.feeds.events({ limit: 50 });
      const three = await t.store.public.feeds.events({ limit: 3 });
      expect(three).toEqual(all.slice(0, 3));
      expect(all.length).toBeGreaterThan(3);
    });
  });
}

/** Meetings written straight into the tables: a bulk load at one instant, then others changed one by one. */
function archiveRows(): {
  meetings: Database['meetings'][];
  items: Database['agendaItems'][];
  resolutions: Database['resolutions'][];
} {
  const bulk = '2025-05-01T12:00:00.000Z';
  const statuses = ['scheduled', 'agenda_published', 'minutes_draft', 'cancelled'];
  const meetings: Database['meetings'][] = [];
  const items: Database['agendaItems'][] = [];
  const resolutions: Database['resolutions'][] = [];
  for (let n = 0; n < 260; n++) {
    const date = new Date(Date.UTC(2024, 0, 1) + ((n * 37) % 700) * 86_400_000).toISOString().slice(0, 10);
    const changed = n < 130 ? bulk : new Date(Date.UTC(2025, 5, 1) + ((n * 7919) % 5000) * 60_000).toISOString();
    const created = n % 3 !== 2 ? `${date.slice(0, 8)}01T08:00:00.000Z` : changed;
    const id = `m${String(n).padStart(3, '0')}`;
    meetings.push({
      id,
      bodyId: 'b1',
      date,
      startTime: '10:00',
      startedAt: null,
      endedAt: null,
      venue: null,
      isRemote: 0,
      streamUrl: null,
      status: statuses[n % 4]!,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      municipalYear: null,
      createdAt: created < changed ? created : changed,
      updatedAt: changed,
      revision: 0,
    });
    if (n % 2 === 0) {
      items.push({
        id: `i${n}`,
        meetingId: id,
        position: 1,
        agendaNumber: '1',
        minuteNumber: null,
        title: `Item ${n}`,
        description: null,
        minutesText: null,
        standardKind: null,
        isExempt: n % 10 === 0 ? 1 : 0,
        exemptParagraph: null,
        pageStart: null,
        pageEnd: null,
        sourceDocumentId: null,
      });
      resolutions.push({
        id: `r${n}`,
        meetingId: id,
        itemId: `i${n}`,
        position: 1,
        label: null,
        kind: 'decision',
        isFormal: 1,
        text: `to agree ${n}`,
        sourceDocumentId: null,
      });
    }
  }
  return { meetings, items, resolutions };
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: feed events of a long archive`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
      const rows = archiveRows();
      await dbOf(t.store)
        .insertInto('bodies')
        .values({
          id: 'b1',
          slug: 'archive-committee',
          name: 'Archive Committee',
          kind: 'committee',
          parentId: null,
          isScrutiny: 0,
          size: null,
          quorumFraction: 0.25,
          quorumMinimum: 3,
          meetingsPerYearMin: null,
          meetingsPerYearMax: null,
          allowsSubstitutes: 1,
          createdAt: '2024-01-01T00:00:00.000Z',
        })
        .execute();
      for (const [table, values] of [
        ['meetings', rows.meetings],
        ['agendaItems', rows.items],
        ['resolutions', rows.resolutions],
      ] as const) {
        for (let i = 0; i < values.length; i += 50)
          await dbOf(t.store)
            .insertInto(table)
            .values(values.slice(i, i + 50) as never)
            .execute();
      }
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should give the same newest events when it stops reading early as when it reads every meeting', async () => {
      const everything = await t.store.public.feeds.events({ limit: 100_000 });
      expect(everything.length).toBeGreaterThan(400);
      for (const limit of [1, 50, 150, 300, 400])
        expect(await t.store.public.feeds.events({ limit })).toEqual(everything.slice(0, limit));
      expect(everything.some((e) => e.itemId === 'i10')).toBe(false);
      const dates = everything.map((e) => e.at);
      expect(dates).toEqual([...dates].sort().reverse());
    });
  });
}
