import ICAL from 'ical.js';
import Parser from 'rss-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { createApp } from '../../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

const NOW = new Date('2025-03-03T10:00:00.000Z');

/** A clerk of the planning committee, a clerk of licensing only, and the two bodies. */
async function setUp(t: TestStore): Promise<{ planning: string; licensing: string }> {
  const at = NOW.toISOString();
  const planning = await t.store.repos.bodies.ensure('Planning Committee', 'committee', at);
  const licensing = await t.store.repos.bodies.ensure('Licensing Committee', 'committee', at);
  await addUser(
    t.store,
    { email: 'planning@council.example', role: 'clerk', bodySlugs: [planning.slug], password: 'correct horse' },
    'cli:test',
    CHEAP,
  );
  await addUser(
    t.store,
    { email: 'licensing@council.example', role: 'clerk', bodySlugs: [licensing.slug], password: 'correct horse' },
    'cli:test',
    CHEAP,
  );
  return { planning: planning.id, licensing: licensing.id };
}

const csrfOf = (html: string): string => /name="csrf_token" value="([^"]+)"/.exec(html)![1]!;
const seenOf = (html: string): string => /name="seen" value="([^"]+)"/.exec(html)![1]!;

for (const dialect of DIALECTS) {
  describe(`${dialect}: scheduling in the workspace`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let bodies: { planning: string; licensing: string };
    let clock: Date;
    beforeEach(async () => {
      t = await testStore(dialect);
      bodies = await setUp(t);
      clock = NOW;
      app = createApp(t.store, { now: () => clock });
    });
    afterEach(async () => {
      await t?.drop();
    });

    async function clerk(email = 'planning@council.example'): Promise<Browser> {
      const b = new Browser(app);
      expect((await b.signIn(email, 'correct horse')).status).toBe(303);
      return b;
    }

    async function addMeeting(b: Browser, form: Record<string, string>) {
      const page = await (await b.request(`/workspace/schedule/bodies/${bodies.planning}/meetings/new`)).text();
      return b.request(`/workspace/schedule/bodies/${bodies.planning}/meetings`, {
        method: 'POST',
        form: { csrf_token: csrfOf(page), ...form },
      });
    }

    it('should keep what was typed and name each problem beside its field and in the summary', async () => {
      const b = await clerk();
      const res = await addMeeting(b, {
        'date-day': '31',
        'date-month': '2',
        'date-year': '2025',
        startTime: 'half six',
        venue: '<b>Room</b>',
        isRemote: 'yes',
        streamUrl: 'javascript:alert(1)',
        contactEmail: 'not-an-address',
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('<title>Error: ');
      expect(html).toContain('govuk-error-summary');
      expect(html).toContain('<a href="#date-day">Date must be a real date</a>');
      expect(html).toContain('href="#startTime"');
      expect(html).toContain('href="#streamUrl"');
      expect(html).toContain('href="#contactEmail"');
      expect(html).toContain('id="streamUrl-error"');
      expect(html).toContain('value="31"');
      expect(html).toContain('value="half six"');
      expect(html).toContain('value="&lt;b&gt;Room&lt;/b&gt;"');
      expect(html).not.toContain('<b>Room</b>');
      expect(await t.store.repos.meetings.ofBody(bodies.planning, '2000-01-01', '2100-01-01')).toHaveLength(0);
    });

    it('should refuse a clerk of another body (403) and write nothing', async () => {
      const other = await clerk('licensing@council.example');
      const home = await (await other.request('/workspace/schedule')).text();
      expect(home).toContain('Licensing Committee');
      expect(home).not.toContain('Planning Committee');
      expect((await other.request(`/workspace/schedule/bodies/${bodies.planning}`)).status).toBe(403);
      const csrf = await other.tokenOn('/workspace');
      const res = await other.request(`/workspace/schedule/bodies/${bodies.planning}/meetings`, {
        method: 'POST',
        form: {
          csrf_token: csrf,
          'date-day': '1',
          'date-month': '4',
          'date-year': '2025',
          startTime: '18:00',
          venue: 'Hall',
        },
      });
      expect(res.status).toBe(403);
      const mine = await clerk();
      const created = await addMeeting(mine, {
        'date-day': '1',
        'date-month': '4',
        'date-year': '2025',
        startTime: '6pm',
        venue: 'Hall',
      });
      const path = created.headers.get('location')!.replace(/\?.*/, '');
      for (const action of ['move', 'cancel', 'reinstate', '']) {
        const res = await other.request(action ? `${path}/${action}` : path, {
          method: 'POST',
          form: {
            csrf_token: csrf,
            reason: 'x',
            'date-day': '2',
            'date-month': '4',
            'date-year': '2025',
            startTime: '18:00',
            venue: 'x',
          },
        });
        expect(res.status, action).toBe(403);
      }
      expect((await t.store.repos.meetings.ofBody(bodies.planning, '2025-01-01', '2025-12-31'))[0]?.status).toBe(
        'scheduled',
      );
    });

    it('should tell the public of a move and a cancellation: page, iCal SEQUENCE and STATUS, RSS entries', async () => {
      const b = await clerk();
      const created = await addMeeting(b, {
        'date-day': '10',
        'date-month': '4',
        'date-year': '2025',
        startTime: '18:00',
        venue: 'Council Chamber',
        streamUrl: 'https://stream.example.gov.uk/planning',
        contactName: 'Ann Officer',
        contactEmail: 'ann@council.example',
        contactPhone: '0115 876 4321',
      });
      expect(created.status).toBe(303);
      const path = created.headers.get('location')!.replace(/\?.*/, '');
      const id = path.split('/').pop()!;

      const moveForm = await (await b.request(`${path}/move`)).text();
      clock = new Date('2025-03-03T10:01:00.000Z');
      const moved = await b.request(`${path}/move`, {
        method: 'POST',
        form: {
          csrf_token: csrfOf(moveForm),
          seen: seenOf(moveForm),
          'date-day': '17',
          'date-month': 'April',
          'date-year': '2025',
          startTime: '5:30pm',
        },
      });
      expect(moved.status).toBe(303);

      // A form opened before the move is refused, not applied over it.
      const stale = await b.request(`${path}/move`, {
        method: 'POST',
        form: {
          csrf_token: csrfOf(moveForm),
          seen: seenOf(moveForm),
          'date-day': '24',
          'date-month': '4',
          'date-year': '2025',
          startTime: '18:00',
        },
      });
      expect(stale.status).toBe(409);

      const cancelForm = await (await b.request(`${path}/cancel`)).text();
      const empty = await b.request(`${path}/cancel`, {
        method: 'POST',
        form: { csrf_token: csrfOf(cancelForm), seen: seenOf(cancelForm), reason: '  ' },
      });
      expect(empty.status).toBe(400);
      expect(await empty.text()).toContain('href="#reason"');
      clock = new Date('2025-03-03T10:02:00.000Z');
      const cancelled = await b.request(`${path}/cancel`, {
        method: 'POST',
        form: { csrf_token: csrfOf(cancelForm), seen: seenOf(cancelForm), reason: 'No business <to> transact' },
      });
      expect(cancelled.status).toBe(303);

      const page = await (await app.request(`/meetings/${id}`)).text();
      expect(page).toContain('Cancelled: No business &lt;to&gt; transact');
      expect(page).toContain('Moved from Thursday 10 April 2025, 6pm');
      expect(page).toContain('href="https://stream.example.gov.uk/planning"');

      const ics = await (await app.request('/feeds/meetings.ics')).text();
      const calendar = new ICAL.Component(ICAL.parse(ics));
      const event = calendar
        .getAllSubcomponents('vevent')
        .find((e) => String(e.getFirstPropertyValue('url')).endsWith(id))!;
      expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(event.getFirstPropertyValue('sequence')).toBe(2);
      expect(String(event.getFirstPropertyValue('dtstart'))).toBe('2025-04-17T17:30:00');

      const rss = await new Parser().parseString(await (await app.request('/feeds/meetings.rss')).text());
      const titles = rss.items.map((i) => i.title);
      expect(titles).toContain('Meeting cancelled: Planning Committee, Thursday 17 April 2025, 5:30pm');
      expect(titles).toContain('Meeting moved: Planning Committee, now Thursday 17 April 2025, 5:30pm');
      const move = rss.items.find((i) => i.title?.startsWith('Meeting moved'))!;
      expect(move.content ?? move.contentSnippet).toContain('from Thursday 10 April 2025, 6pm');
      const cancel = rss.items.find((i) => i.title?.startsWith('Meeting cancelled'))!;
      expect(cancel.contentSnippet).toContain('Reason: No business <to> transact');
      expect(new Set(rss.items.map((i) => i.guid)).size).toBe(rss.items.length);

      // Reinstated: the notice goes, SEQUENCE grows again, the feed says so.
      const clerkPage = await (await b.request(path)).text();
      clock = new Date('2025-03-03T10:03:00.000Z');
      const back = await b.request(`${path}/reinstate`, {
        method: 'POST',
        form: { csrf_token: csrfOf(clerkPage), seen: seenOf(clerkPage) },
      });
      expect(back.status).toBe(303);
      expect(await (await app.request(`/meetings/${id}`)).text()).not.toContain('Cancelled:');
      const again = new ICAL.Component(ICAL.parse(await (await app.request('/feeds/meetings.ics')).text()));
      const event2 = again
        .getAllSubcomponents('vevent')
        .find((e) => String(e.getFirstPropertyValue('url')).endsWith(id))!;
      expect(event2.getFirstPropertyValue('status')).toBe('CONFIRMED');
      expect(event2.getFirstPropertyValue('sequence')).toBe(3);
      const rss2 = await (await app.request('/feeds/meetings.rss')).text();
      expect(rss2).toContain('Meeting reinstated: Planning Committee');

      const audit = await t.store.repos.audit.list({ subjectKind: 'meeting', subjectId: id });
      expect(audit.map((e) => e.action)).toEqual([
        'meeting.reinstate',
        'meeting.cancel',
        'meeting.move',
        'meeting.create',
      ]);
    });

    it('should preview a year from a frequency, let the clerk edit and remove dates, then schedule them', async () => {
      const b = await clerk();
      const bad = await b.request(
        `/workspace/schedule/bodies/${bodies.planning}/calendar/preview?year=2025&kind=monthly_weekday&week=&weekday=2&time=6pm`,
      );
      expect(bad.status).toBe(400);
      expect(await bad.text()).toContain('href="#week"');
      const preview = await (
        await b.request(
          `/workspace/schedule/bodies/${bodies.planning}/calendar/preview?year=2025&kind=monthly_weekday&week=1&weekday=1&time=6pm`,
        )
      ).text();
      // First Monday of May 2026 is the early May bank holiday: moved to Tuesday 5 May 2026.
      expect(preview).toContain('Moved from Monday 4 May 2026, Early May bank holiday');
      const rows = Number(/name="rows" value="(\d+)"/.exec(preview)![1]);
      expect(rows).toBe(12 + 3);
      const form: Record<string, string> = {
        csrf_token: csrfOf(preview),
        rows: String(rows),
        year: '2025',
        venue: 'Loxley House',
      };
      for (const m of preview.matchAll(/name="((?:date|time)-\d+(?:-day|-month|-year)?)"[^>]*value="([^"]*)"/g))
        form[m[1]!] = m[2]!;
      for (const m of preview.matchAll(
        /id="((?:date|time)-\d+(?:-day|-month|-year)?)" name="[^"]+" type="text"(?: inputmode="numeric")? value="([^"]*)"/g,
      ))
        form[m[1]!] = m[2]!;
      form['remove-2'] = 'yes';
      // The clerk adds an extra meeting and mistypes another.
      Object.assign(form, { 'date-13-day': '20', 'date-13-month': '1', 'date-13-year': '2026', 'time-13': '10am' });
      Object.assign(form, { 'date-14-day': '30', 'date-14-month': '2', 'date-14-year': '2026', 'time-14': '10am' });
      const refused = await b.request(`/workspace/schedule/bodies/${bodies.planning}/calendar`, {
        method: 'POST',
        form,
      });
      expect(refused.status).toBe(400);
      const again = await refused.text();
      expect(again).toContain('href="#date-14-day"');
      expect(again).toMatch(/id="date-14-day"[^>]*value="30"/);
      expect(again).toMatch(/id="remove-2"[^>]*checked/);
      expect(await t.store.repos.meetings.ofBody(bodies.planning, '2025-01-01', '2027-01-01')).toHaveLength(0);
      delete form['date-14-day'];
      delete form['date-14-month'];
      delete form['date-14-year'];
      delete form['time-14'];
      const done = await b.request(`/workspace/schedule/bodies/${bodies.planning}/calendar`, { method: 'POST', form });
      expect(done.status).toBe(303);
      expect(await (await b.request(done.headers.get('location')!)).text()).toContain(
        '12 meetings of Planning Committee',
      );
      const meetings = await t.store.repos.meetings.ofBody(bodies.planning, '2025-01-01', '2027-01-01');
      expect(meetings).toHaveLength(12);
      expect(meetings.every((m) => m.status === 'scheduled' && m.venue === 'Loxley House')).toBe(true);
      expect(meetings.some((m) => m.date === '2026-01-20' && m.startTime === '10:00')).toBe(true);
      expect(meetings.some((m) => m.date === '2026-05-05')).toBe(true);
    });
  });
}
