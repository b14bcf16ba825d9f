/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/web/app.js';
import { testStore, type TestStore } from '../../store/testStores.js';
import { aknProblems } from '../../publish/akn/aknCheck.js';
import { browserAvailable, launchBrowser } from '../browser/browserHarness.js';
import { seedMinutesWorld } from './minutes/minutesFixtures.js';

type Json = Record<string, any>;

/** RFC 5545 folds long lines: a line break and a space join them again. */
const unfolded = (ics: string): string => ics.replace(/\r\n[ \t]/g, '');

/** The moments of the chain: the day after the meeting, the next meeting, a later one. */
const DRAFTED = new Date('2027-03-19T10:00:00.000Z');
const CONFIRMED = new Date('2027-04-15T19:00:00.000Z');
const AMENDED = new Date('2027-05-20T19:00:00.000Z');

/**
 * Issue 17's whole chain in Debian's chromium, once with JavaScript and once without: the clerk
 * records the register and a declaration, writes minutes with a recorded vote and a resolution,
 * publishes a decision notice (its call-in deadline over Easter), then confirms the minutes at
 * the next meeting (locked) and records an amendment. At each stage the public portal, the JSON
 * API, OParl, Akoma Ntoso and the feeds are read over HTTP and must show that stage. SQLite only:
 * the same exports are checked on both engines by test/publish/writtenRecordExports.test.ts.
 */
describe.skipIf(!browserAvailable())('the whole chain of the written record in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`should record, publish, confirm, lock and amend, every output following, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const started = Date.now();
      const laps: string[] = [];
      const lap = (label: string) => laps.push(`${label} ${Date.now() - started} ms`);
      const t: TestStore = await testStore('sqlite');
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-chain-data-'));
      const clock = { now: DRAFTED };
      let server: ServerType | undefined;
      try {
        const world = await seedMinutesWorld(t.store);
        const [a, b, c, d, e] = world.members;
        const app = createApp(t.store, {
          dataDir,
          now: () => clock.now,
          today: () => clock.now.toISOString().slice(0, 10),
        });
        server = await new Promise<ServerType>((resolve) => {
          const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
        });
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

        const context = await browser.newContext({ javaScriptEnabled });
        const page: Page = await context.newPage();
        const visitor = await browser.newContext({ javaScriptEnabled });
        const pub = await visitor.newPage();
        const http: APIRequestContext = visitor.request;
        const get = async (url: string): Promise<string> => {
          const res = await http.get(`${base}${url}`);
          expect(res.status(), url).toBe(200);
          return res.text();
        };
        const json = async (url: string): Promise<Json> => JSON.parse(await get(url)) as Json;
        const publicPage = async (url: string): Promise<string> => {
          await pub.goto(`${base}${url}`);
          return (await pub.textContent('main')) ?? '';
        };
        const hub = async (meetingId: string, part: string) => {
          await page.goto(`${base}/workspace/meetings/${meetingId}`);
          await page.click(`a[href="/workspace/meetings/${meetingId}/${part}"]`);
        };

        // The clerk signs in (and again after weeks away: the session has expired by then).
        const signIn = async () => {
          await page.goto(`${base}/login`);
          await page.fill('#email', 'clerk@council.example');
          await page.fill('#password', 'correct horse');
          await page.click('button[type=submit]');
          expect(new URL(page.url()).pathname).toBe('/workspace');
        };
        await signIn();

        // The register: everyone present, one remotely, one with apologies.
        await hub(world.first, 'register');
        const status = async (name: string, value: string) =>
          page
            .locator('fieldset')
            .filter({ has: page.locator('legend', { hasText: name }) })
            .filter({ has: page.locator(`input[value="${value}"]`) })
            .locator(`input[value="${value}"]`)
            .check();
        for (const m of [a!, d!, e!]) await status(m.name, 'present');
        await status(b!.name, 'remote');
        await status(c!.name, 'apologies');
        await page.click('button:has-text("Save the register")');
        expect(await page.textContent('main')).not.toContain('There is a problem');

        // A declaration, with the member leaving the room.
        await hub(world.first, 'declarations');
        await page.selectOption('#personId', a!.id);
        await page.selectOption('#itemId', world.items[0]!);
        await page.check('input[name="kind"][value="disclosable_pecuniary"]');
        await page.fill('#text', 'Owns a beach hut on the sea wall');
        await page.check('#leftRoom');
        await page.check('#tookNoPart');
        await page.click('button:has-text("Record declaration")');
        expect(await page.textContent('main')).toContain('Declaration recorded');
        lap('register and declaration');

        // Minutes of the item, a resolution, then the motion and its recorded vote.
        await hub(world.first, 'minutes');
        const itemPath = `/workspace/meetings/${world.first}/minutes/${world.items[0]}`;
        await page.click(`a[href="${itemPath}"]`);
        await page.fill('#minutes', 'The report was presented.\n\nRESOLVED that the sea wall repairs be approved.');
        await page.click('button:has-text("Save as draft minutes")');
        await page.goto(`${base}${itemPath}`);
        await page.selectOption('#kind', 'motion');
        await page.fill('#text', 'that the sea wall repairs be approved');
        await page.selectOption('#moverId', b!.id);
        await page.selectOption('#seconderId', d!.id);
        await page.selectOption('#rule', 'simple_majority');
        await page.selectOption('#mode', 'recorded');
        const votes: [string, string][] = [
          [b!.id, 'for'],
          [d!.id, 'for'],
          [e!.id, 'against'],
          [a!.id, 'not_voting'],
          [c!.id, 'not_voting'],
        ];
        for (const [id, choice] of votes) await page.selectOption(`#vote-${id}`, choice);
        await page.click('button:has-text("Record the motion and its result")');
        expect(await page.textContent('main')).not.toContain('There is a problem');

        // The decision notice, published the day after the meeting.
        await page.goto(`${base}/workspace/decisions`);
        await page.click('a[href="/workspace/decisions/new"]');
        await page.fill('#title', 'Sea wall repairs');
        await page.fill('#decision', 'The repairs are approved.');
        await page.selectOption('#makerKind', 'committee');
        await page.fill('#decisionMaker', 'Harbourside Overview and Scrutiny Committee');
        await page.selectOption('#bodySlug', 'harbourside-overview-and-scrutiny-committee');
        await page.selectOption('#isKey', 'yes');
        await page.fill('#reasons', 'The wall is failing.');
        await page.selectOption('#callIn', 'subject_to_call_in');
        for (const [name, [day, month, year]] of [
          ['decidedOn', ['18', '3', '2027']],
          ['publishedOn', ['19', '3', '2027']],
        ] as const) {
          await page.fill(`#${name}-day`, day);
          await page.fill(`#${name}-month`, month);
          await page.fill(`#${name}-year`, year);
        }
        await page.click('button:has-text("Publish decision notice")');
        const confirmation = (await page.textContent('main')) ?? '';
        expect(confirmation).toContain('Decision notice published');
        // Five clear working days after Friday 19 March 2027: Good Friday and Easter Monday do not count.
        expect(confirmation).toContain('It may be called in until the end of 30 March 2027');
        lap('minutes and decision');

        // Stage 1: draft minutes and the decision, in every output.
        let portal = await publicPage(`/meetings/${world.first}`);
        expect(portal).toContain('Draft minutes, not yet confirmed');
        expect(portal).toContain('Owns a beach hut on the sea wall');
        expect(portal).toContain('the sea wall repairs be approved');
        const item = await publicPage(`/items/${world.items[0]}`);
        expect(item).toContain('moved by Bea Brown, seconded by Dee Dean');
        expect(item).toContain('Against (1): Eli Evans');
        let meeting = await json(`/api/v1/meetings/${world.first}`);
        expect(meeting.minutes).toMatchObject({ status: 'draft', locked: false, amendments: [] });
        const line = (id: string) => meeting.attendance.find((l: Json) => l.person.id === id);
        expect(line(b!.id)).toMatchObject({ kind: 'present', remote: true });
        expect(line(c!.id)).toMatchObject({ kind: 'apologies' });
        expect(meeting.declarations[0]).toMatchObject({ kind: 'disclosable_pecuniary', left_room: true });
        const apiItem = await json(`/api/v1/items/${world.items[0]}`);
        const motion = apiItem.resolutions.find((r: Json) => r.motion)?.motion;
        expect(motion).toMatchObject({ kind: 'motion', result: 'carried', rule: 'simple_majority' });
        expect(motion.votes.map((v: Json) => [v.person.id, v.vote]).sort()).toEqual([...votes].sort());
        const notices = await json('/api/v1/decision-notices');
        expect(notices.data[0]).toMatchObject({
          title: 'Sea wall repairs',
          published_on: '2027-03-19',
          call_in_deadline: '2027-03-30',
          implementable_on: '2027-03-31',
        });
        const decisions = await publicPage('/decisions');
        expect(decisions).toContain('Sea wall repairs');
        let akn = await get(`/api/v1/meetings/${world.first}/minutes.akn`);
        expect(await aknProblems(akn)).toEqual([]);
        expect(akn).toContain('<docStatus>Draft minutes, not yet confirmed</docStatus>');
        expect(akn).toContain('Recorded vote:');
        let oparl = await json(`/oparl/v1/meetings/${world.first}`);
        expect(oparl.resultsProtocol).toMatchObject({ name: 'Draft minutes' });
        expect(oparl['quorum:minutes']).toMatchObject({ status: 'draft', locked: false });
        expect(oparl.agendaItem[0]).toMatchObject({ result: 'Carried' });
        let atom = await get('/feeds/meetings.atom');
        expect(atom).toContain('Draft minutes published: Harbourside');
        expect(unfolded(await get('/feeds/meetings.ics'))).toContain('Draft minutes published');
        lap('stage 1 read');

        // Stage 2: at the next meeting the clerk confirms them; they lock.
        clock.now = CONFIRMED;
        await signIn();
        await hub(world.next, 'minutes');
        await page.click('button:has-text("Confirm the minutes of")');
        await page.goto(`${base}${itemPath}`);
        expect(await page.textContent('main')).toContain('confirmed and locked');
        expect(await page.$('#minutes')).toBeNull();
        portal = await publicPage(`/meetings/${world.first}`);
        expect(portal).not.toContain('Draft minutes, not yet confirmed');
        expect(portal).toContain('Minutes confirmed as a correct record at the meeting of');
        meeting = await json(`/api/v1/meetings/${world.first}`);
        expect(meeting.minutes).toMatchObject({ status: 'confirmed', locked: true, confirmed_by: { id: world.next } });
        akn = await get(`/api/v1/meetings/${world.first}/minutes.akn`);
        expect(akn).toMatch(/<quorum:minutes[^>]*status="confirmed"[^>]*locked="true"/);
        expect(akn).toMatch(/Confirmed as a correct record at the meeting of Thursday,? 15 April 2027/);
        oparl = await json(`/oparl/v1/meetings/${world.first}`);
        expect(oparl['quorum:minutes']).toMatchObject({ status: 'confirmed', locked: true });
        atom = await get('/feeds/meetings.atom');
        const entry = [...atom.matchAll(/<entry>[\s\S]*?<\/entry>/g)]
          .map((m) => m[0])
          .filter((x) => x.includes(`/meetings/${world.first}#minutes<`));
        expect(entry).toHaveLength(1);
        expect(entry[0]).toContain('Minutes confirmed: Harbourside');
        expect(entry[0]).toContain(`<updated>${CONFIRMED.toISOString()}</updated>`);
        expect(unfolded(await get('/feeds/meetings.ics'))).toContain('Minutes confirmed as a correct record');
        lap('confirmed');

        // Stage 3: a correction, agreed at the next meeting, recorded as an amendment.
        clock.now = AMENDED;
        await signIn();
        await hub(world.first, 'minutes');
        await page.selectOption('#itemId', world.items[0]!);
        await page.fill('#text', 'Cllr Dean arrived at 18:50.');
        await page.fill('#reason', 'Time misrecorded');
        await page.selectOption('#agreedAtMeetingId', world.next);
        await page.click('button:has-text("Record the amendment")');
        expect(await page.textContent('main')).toContain('Cllr Dean arrived at 18:50.');
        portal = await publicPage(`/meetings/${world.first}`);
        expect(portal).toContain('Amendments to the minutes');
        expect(portal).toContain('Reason: Time misrecorded.');
        meeting = await json(`/api/v1/meetings/${world.first}`);
        expect(meeting.minutes.amendments).toEqual([
          expect.objectContaining({ text: 'Cllr Dean arrived at 18:50.', reason: 'Time misrecorded' }),
        ]);
        akn = await get(`/api/v1/meetings/${world.first}/minutes.akn`);
        expect(await aknProblems(akn)).toEqual([]);
        expect(akn).toContain('Cllr Dean arrived at 18:50.');
        oparl = await json(`/oparl/v1/meetings/${world.first}`);
        expect(oparl['quorum:minutes'].amendments[0]).toMatchObject({ reason: 'Time misrecorded' });
        expect(await get('/feeds/meetings.atom')).toContain('Minutes amended: Harbourside');
        expect(await get('/feeds/meetings.rss')).toContain('Time misrecorded');
        lap('amended');

        await visitor.close();
        await context.close();
        console.log(`whole chain, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: ${laps.join(', ')}`);
      } finally {
        await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
        await t.drop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    }, 90_000);
  }
});
