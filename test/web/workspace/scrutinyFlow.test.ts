/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { setSetting } from '../../../src/app/settings/setSetting.js';
import { stableId } from '../../../src/domain/ids.js';
import type { Store } from '../../../src/store/store.js';
import { createApp } from '../../../src/web/app.js';
import { testStore, type TestStore } from '../../store/testStores.js';
import { browserAvailable, launchBrowser } from '../browser/browserHarness.js';
import { CHEAP } from './browser.js';

/** The workspace's clock: a Monday, twelve working days before the next meeting (not late to publish). */
const NOW = new Date('2027-03-01T10:00:00Z');
const FIRST = '2027-02-11';
const NEXT = '2027-03-18';
const BODY = 'Harbourside Overview and Scrutiny Committee';
const PASSWORD = 'correct horse';
const CLERK = 'clerk@council.example';
const LEADER = 'leader@council.example';
const RECOMMENDATION = 'the Executive be recommended to publish a flood risk map for Eastgate';
const RESPONSE = 'Accepted: the map will be published with the Local Plan consultation.';

/** What poppler reads from a PDF. */
function pdfText(bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-scrutiny-'));
  const file = path.join(dir, 'pack.pdf');
  fs.writeFileSync(file, bytes);
  try {
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What is not part of the flow: a scrutiny committee, the meeting that made the recommendation
 * (with the item it is minuted under), the next meeting with no agenda yet, a clerk of the
 * committee and a decision maker's account.
 */
async function seedWorld(store: Store): Promise<{ slug: string; first: string; next: string; item: string }> {
  const at = '2027-01-04T09:00:00.000Z';
  const world = await store.transaction(async (repos) => {
    const body = await repos.bodies.ensure(BODY, undefined, at);
    const meeting = (date: string) => ({
      id: stableId('meeting', body.id, date),
      bodyId: body.id,
      date,
      startTime: '18:30',
      startedAt: null,
      endedAt: null,
      venue: 'Council Chamber',
      isRemote: false,
      streamUrl: null,
      status: 'scheduled' as const,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      municipalYear: '2026/27',
      createdAt: at,
      updatedAt: at,
      revision: 0,
    });
    const first = meeting(FIRST);
    const next = meeting(NEXT);
    for (const m of [first, next]) await repos.meetings.save(m);
    const item = {
      id: stableId('item', first.id, '1'),
      meetingId: first.id,
      position: 1,
      agendaNumber: '1',
      minuteNumber: null,
      title: 'Coastal flood defences',
      description: null,
      minutesText: null,
      standardKind: null,
      isExempt: false,
      exemptParagraph: null,
      pageStart: null,
      pageEnd: null,
      sourceDocumentId: null,
    };
    await repos.items.save(item);
    return { slug: body.slug, first: first.id, next: next.id, item: item.id };
  });
  await addUser(store, { email: CLERK, role: 'clerk', bodySlugs: [world.slug], password: PASSWORD }, 'cli:test', CHEAP);
  await addUser(store, { email: LEADER, role: 'decision_maker', password: PASSWORD }, 'cli:test', CHEAP);
  await setSetting(store, 'council_name', 'Harbourside Borough Council');
  return world;
}

async function signIn(browser: Browser, base: string, email: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.click('button[type=submit]');
  expect(new URL(page.url()).pathname).toBe('/workspace');
  return { context, page };
}

/** A table's body rows as their cells' text, found by its caption. */
function rowsOf(page: Page, caption: string): Promise<string[][]> {
  return page.$$eval(
    'table',
    (tables, wanted) => {
      const table = tables.find((t) => t.querySelector('caption')?.textContent?.trim() === wanted);
      if (!table) return [];
      return Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
        Array.from(tr.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
      );
    },
    caption,
  );
}

/**
 * Issue 18's quality bar in Debian's chromium, with JavaScript and without: a clerk minutes a
 * recommendation, addresses it to a decision maker and records it sent; the decision maker, signed
 * in in a browser of their own, answers it; the clerk puts a recommendation tracker item on the
 * next meeting's agenda and publishes it; the public then finds the response in that meeting's
 * tracker report and in its document pack, and the committee's annual report counts the
 * recommendation and its outcome. Every step is done through the pages.
 */
describe.skipIf(!browserAvailable())(
  'a recommendation from the minutes to the annual report, in a real browser',
  () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await launchBrowser();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    for (const javaScriptEnabled of [true, false]) {
      it(`should carry a recommendation and its response through, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
        const started = Date.now();
        const laps: string[] = [];
        const lap = (label: string) => laps.push(`${label} ${Date.now() - started} ms`);
        const t: TestStore = await testStore('sqlite');
        const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-scrutiny-data-'));
        const contexts: BrowserContext[] = [];
        let server: ServerType | undefined;
        try {
          const world = await seedWorld(t.store);
          const app = createApp(t.store, { dataDir, now: () => NOW, today: () => NOW.toISOString().slice(0, 10) });
          server = await new Promise<ServerType>((resolve) => {
            const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
          });
          const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

          // The clerk writes the item's minutes: one resolution recommends, one notes.
          const clerk = await signIn(browser, base, CLERK, javaScriptEnabled);
          contexts.push(clerk.context);
          const page = clerk.page;
          await page.click('main a:text-is("Meetings")');
          await page.click(`a[href="/workspace/meetings/${world.first}"]`);
          await page.click('main a:text-is("Minutes")');
          await page.click('a:has-text("Coastal flood defences")');
          await page.fill(
            '#minutes',
            `Members asked how often the sea wall is surveyed.\n\nRESOLVED that\n1.\t${RECOMMENDATION};\n2.\tthe report be noted.`,
          );
          await page.click('button[value=save]');
          expect(new URL(page.url()).pathname).toBe(`/workspace/meetings/${world.first}/minutes/${world.item}`);
          lap('minuted');

          // The tracker has it, once: the clerk addresses it to the decision maker and records it sent.
          await page.goto(`${base}/workspace`);
          await page.click('main a:text-is("Recommendation tracker")');
          const links = page.locator('table a[href^="/workspace/tracker/"]');
          expect(await links.count()).toBe(1);
          const reference = (await links.first().evaluate((a) => a.firstChild?.textContent ?? '')).trim();
          expect(reference).not.toBe('No reference');
          expect(await page.textContent('table')).toContain('flood risk map for Eastgate');
          await links.first().click();
          await page.fill('#decisionMaker', 'Portfolio Holder for Place');
          await page.selectOption('#addresseeAccountId', { label: LEADER });
          await page.fill('#sentOn-day', '12');
          await page.fill('#sentOn-month', '2');
          await page.fill('#sentOn-year', '2027');
          await page.click('button:has-text("Save")');
          expect(page.url()).toContain('saved=changed');
          // Two calendar months after it was sent.
          expect(await page.textContent('main')).toContain('12 April 2027');
          lap('sent');

          // The decision maker, in a browser of their own, finds it addressed to them and answers it.
          const leader = await signIn(browser, base, LEADER, javaScriptEnabled);
          contexts.push(leader.context);
          await leader.page.click('a:has-text("Recommendations to answer")');
          expect(await leader.page.textContent('main')).toContain(reference);
          await leader.page.click('table a[href^="/workspace/responses/"]');
          expect(await leader.page.textContent('main')).toContain('flood risk map for Eastgate');
          await leader.page.check('input[name=acceptance][value=accepted]');
          await leader.page.fill('#text', RESPONSE);
          await leader.page.fill('#respondedOn-day', '26');
          await leader.page.fill('#respondedOn-month', '2');
          await leader.page.fill('#respondedOn-year', '2027');
          await leader.page.click('main form button[type=submit]');
          expect(leader.page.url()).toContain('answered=');
          expect(await leader.page.textContent('main')).toContain('was recorded');
          lap('answered');

          // The clerk sees the response in the tracker, then puts the tracker on the next agenda and publishes it.
          await page.goto(`${base}/workspace/meetings/${world.first}`);
          await page.click('main a:text-is("Recommendation tracker")');
          expect(await page.textContent('table')).toContain('Accepted');
          await page.goto(`${base}/workspace/meetings`);
          await page.click(`a[href="/workspace/meetings/${world.next}"]`);
          await page.click('a:has-text("Agenda and papers")');
          await page.click('button:has-text("Start the agenda")');
          await page.fill('#title', 'Recommendation tracker');
          await page.click('button:has-text("Add the item")');
          const rows = await page.$$eval('#agenda-items tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
          expect(rows.join('\n')).toContain('Recommendation tracker');
          await page.click('a:has-text("Publish the agenda")');
          await page.click('button:has-text("Publish the agenda")');
          expect(await page.textContent('h1')).toContain('Agenda published');
          lap('published');

          // The public: the next meeting's agenda has the item, its tracker report and pack the response.
          const visitor = await browser.newContext({ javaScriptEnabled });
          visitor.setDefaultTimeout(10_000);
          contexts.push(visitor);
          const pub = await visitor.newPage();
          await pub.goto(`${base}/meetings/${world.next}`);
          expect(await pub.textContent('main')).toContain('Recommendation tracker');
          // The tracker item's paper: the tracker report as it stood when the agenda was published.
          const paper = await pub.getAttribute(
            'main a[href^="/documents/"]:has-text("Recommendation tracker report")',
            'href',
          );
          const download = await visitor.request.get(`${base}${paper}`);
          expect(download.headers()['content-type']).toContain('application/pdf');
          const paperText = pdfText(await download.body()).replace(/\s+/g, ' ');
          expect(paperText).toContain('For the meeting on Thursday 18 March 2027');
          expect(paperText).toContain('Accepted on 26 February 2027');
          expect(paperText).toContain(reference);
          expect(paperText).toContain('Eastgate');
          expect(paperText).toContain('Local Plan consultation');
          // The same report as a page of its own.
          await pub.click(`a[href="/meetings/${world.next}/tracker-report"]`);
          expect(await pub.textContent('main')).toContain('For the meeting on Thursday 18 March 2027');
          const byStatus = Object.fromEntries((await rowsOf(pub, 'Recommendations by status')).map(([k, v]) => [k, v]));
          expect(byStatus).toMatchObject({
            Accepted: '1',
            'Awaiting response': '0',
            'Response overdue': '0',
            Total: '1',
          });
          expect(await rowsOf(pub, 'Recommendations on Coastal flood defences')).toEqual([
            [
              reference,
              '11 February 2027',
              RECOMMENDATION,
              'Portfolio Holder for Place',
              '12 April 2027',
              'Accepted',
              `Accepted on 26 February 2027: ${RESPONSE}`,
            ],
          ]);
          lap('tracker report read');

          // The committee's annual report for 2026/27 counts the recommendation and its outcome.
          await pub.goto(`${base}/bodies/${world.slug}`);
          await pub.click('a:has-text("Annual scrutiny report 2026/27")');
          expect(new URL(pub.url()).pathname).toBe(`/bodies/${world.slug}/annual-report/2026-27`);
          const annual = (await pub.textContent('main'))!.replace(/\s+/g, ' ');
          expect(annual).toContain('1 meeting held.');
          expect(annual).toContain('1 recommendation made.');
          const outcomes = Object.fromEntries(
            (await rowsOf(pub, 'Outcomes of recommendations')).map(([k, v]) => [k, v]),
          );
          expect(outcomes).toMatchObject({ Accepted: '1', 'Awaiting response': '0', 'Response overdue': '0' });
          const responses = Object.fromEntries(
            (await rowsOf(pub, "Decision makers' responses")).map(([k, v]) => [k, v]),
          );
          expect(responses).toMatchObject({ Accepted: '1', 'No response recorded': '0' });
          expect(await rowsOf(pub, 'Recommendations made in 2026/27')).toEqual([
            ['11 February 2027', RECOMMENDATION, 'Portfolio Holder for Place', 'Accepted'],
          ]);
          expect(await rowsOf(pub, 'Topics covered in 2026/27')).toEqual([
            ['11 February 2027', 'Coastal flood defences', '1'],
          ]);
          lap('annual report read');
          console.log(`scrutiny flow, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: ${laps.join(', ')}`);
        } finally {
          for (const c of contexts) await c.close();
          await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
          await t.drop();
          fs.rmSync(dataDir, { recursive: true, force: true });
        }
      }, 90_000);
    }
  },
);
