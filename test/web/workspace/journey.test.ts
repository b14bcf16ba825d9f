/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { setSetting } from '../../../src/app/settings/setSetting.js';
import { createApp } from '../../../src/web/app.js';
import { testStore, type TestStore } from '../../store/testStores.js';
import { browserAvailable, launchBrowser } from '../browser/browserHarness.js';
import { makePdf, ON_TIME } from './agendaFixtures.js';
import { CHEAP } from './browser.js';

/** What poppler reads from a PDF: its page count and its text. */
function readPdf(bytes: Uint8Array): { pages: number; text: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-journey-'));
  const file = path.join(dir, 'pack.pdf');
  fs.writeFileSync(file, bytes);
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return {
      pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]),
      text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The clerk's journey of issue 16 in Debian's chromium, once with JavaScript and once without:
 * an admin invites a clerk, who signs in with the one-time link, schedules a meeting, builds its
 * agenda from the standard items, uploads a report, marks an item exempt, reorders by keyboard and
 * publishes; the public meeting page then offers the document pack (paginated, with the report and
 * without the exempt paper) and the meeting is on the public pages, the iCal and the RSS feeds.
 */
describe.skipIf(!browserAvailable())('the clerk’s journey in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`should take a meeting from invitation to a published pack, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const started = Date.now();
      const lap = (label: string) => laps.push(`${label} ${Date.now() - started} ms`);
      const laps: string[] = [];
      const t: TestStore = await testStore('sqlite');
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-journey-data-'));
      let server: ServerType | undefined;
      try {
        const body = await t.store.transaction((repos) =>
          repos.bodies.ensure('Harbourside Overview and Scrutiny Committee', undefined, ON_TIME.toISOString()),
        );
        await addUser(
          t.store,
          { email: 'admin@council.example', role: 'admin', bodySlugs: [], password: 'correct horse' },
          'cli:test',
          CHEAP,
        );
        await setSetting(t.store, 'council_name', 'Harbourside Borough Council');
        await setSetting(t.store, 'contact_email', 'committees@harbourside.example');
        const app = createApp(t.store, {
          dataDir,
          now: () => ON_TIME,
          today: () => ON_TIME.toISOString().slice(0, 10),
        });
        server = await new Promise<ServerType>((resolve) => {
          const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
        });
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

        // The admin invites a clerk and is given a one-time link.
        const adminContext = await browser.newContext({ javaScriptEnabled });
        const admin = await adminContext.newPage();
        await admin.goto(`${base}/login`);
        await admin.fill('#email', 'admin@council.example');
        await admin.fill('#password', 'correct horse');
        await admin.click('button[type=submit]');
        await admin.goto(`${base}/admin/accounts`);
        await admin.fill('#email', 'clerk@council.example');
        await admin.selectOption('#role', 'clerk');
        await admin.click('button:has-text("Invite")');
        const link = new URL((await admin.textContent('code'))!.trim());
        await adminContext.close();

        lap('invited');
        // The clerk signs in with it, in a browser of their own.
        const context = await browser.newContext({ javaScriptEnabled });
        const page: Page = await context.newPage();
        await page.goto(`${base}${link.pathname}`);
        await page.click('button[type=submit]');
        expect(new URL(page.url()).pathname).toBe('/workspace');

        lap('signed in');
        // Schedules a meeting.
        await page.click('a:has-text("Schedule meetings")');
        await page.click(`a:has-text("${body.name}")`);
        await page.click('a:has-text("Add a meeting")');
        await page.fill('#date-day', '18');
        await page.fill('#date-month', '3');
        await page.fill('#date-year', '2027');
        await page.fill('#startTime', '18:30');
        await page.fill('#venue', 'Council Chamber, Harbourside');
        await page.click('button:has-text("Schedule the meeting")');
        const meetingId = /\/meetings\/([^/?#]+)/.exec(page.url())![1]!;

        lap('scheduled');
        // Builds the agenda: the standard items, a report, an exempt item.
        await page.goto(`${base}/workspace`);
        await page.click('a:has-text("Agendas")');
        await page.click(`a[href="/workspace/meetings/${meetingId}/agenda"]`);
        await page.click('button:has-text("Start the agenda")');
        const rows = () => page.$$eval('#agenda-items tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
        expect((await rows()).join('\n')).toContain('Apologies for absence');
        await page.fill('#title', 'Sale of the depot');
        await page.check('#exempt');
        await page.selectOption('#exemptParagraph', '3');
        await page.click('button:has-text("Add the item")');
        await page.fill('#title', 'Library opening hours');
        await page.click('button:has-text("Add the item")');
        // Reordered by keyboard: the Move up button is a plain form button, reached and pressed with keys.
        await page.focus('button:has-text("Move up: item 6, Library opening hours")');
        await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
        expect((await rows())[4]).toContain('Library opening hours');

        const upload = async (item: string, title: string, words: string, pages: number) => {
          await page.click(`#agenda-items a:has-text("${item}")`);
          await page.fill('#paperTitle', title);
          await page.setInputFiles('#file', {
            name: 'paper.pdf',
            mimeType: 'application/pdf',
            buffer: Buffer.from(await makePdf(words, pages)),
          });
          await page.click('button:has-text("Upload")');
          expect(await page.textContent('main')).toContain(title);
          await page.goto(`${base}/workspace/meetings/${meetingId}/agenda`);
        };
        await upload('Library opening hours', 'Opening hours review', 'Libraryreport paragraph', 3);
        await upload('Sale of the depot', 'Depot valuation', 'Confidentialvaluation figures', 2);

        lap('built');
        // Publishes.
        await page.click('a:has-text("Publish the agenda")');
        await page.click('button:has-text("Publish the agenda")');
        expect(await page.textContent('h1')).toContain('Agenda published');
        expect(await page.textContent('main')).toContain('Agenda pack');

        lap('published');
        // The public meeting page offers the pack; the PDF paginates, has the report, not the exempt paper.
        const visitor = await browser.newContext({ javaScriptEnabled });
        const pub = await visitor.newPage();
        await pub.goto(`${base}/meetings/${meetingId}`);
        const publicHtml = await pub.content();
        expect(publicHtml).toContain('Library opening hours');
        expect(publicHtml).toContain('Opening hours review');
        expect(publicHtml).not.toContain('Depot valuation');
        expect(publicHtml).toContain('Document pack pages 2–4');
        await pub.click('a:has-text("Agenda pack")');
        const original = await pub.getAttribute('a[href$="/original"]', 'href');
        const response = await visitor.request.get(`${base}${original}`);
        expect(response.headers()['content-type']).toContain('application/pdf');
        const pack = readPdf(await response.body());
        // Front sheet, 3 report pages, 1 notice page for the exempt item.
        expect(pack.pages).toBe(5);
        expect(pack.text).toContain('Harbourside Borough Council');
        expect(pack.text).toMatch(/5\s+Library opening hours/);
        expect(pack.text).toMatch(/Opening hours review\s+2\s*-\s*4/);
        expect(pack.text.match(/Libraryreport paragraph/g)).toHaveLength(3);
        expect(pack.text).not.toContain('Confidentialvaluation');
        expect(pack.text).not.toContain('Depot valuation');
        expect(pack.text).toContain('paragraph 3 of Part 1 of Schedule 12A');
        for (let n = 1; n <= 5; n++) expect(pack.text).toContain(`Page ${n}`);

        lap('pack read');
        // The portal's lists and feeds show the meeting.
        await pub.goto(`${base}/bodies/${body.slug}`);
        expect(await pub.content()).toContain(`/meetings/${meetingId}`);
        const ical = await (await visitor.request.get(`${base}/feeds/bodies/${body.slug}.ics`)).text();
        expect(ical).toContain('DTSTART;TZID=Europe/London:20270318T183000');
        expect(ical).toContain('Council Chamber');
        const rss = await (await visitor.request.get(`${base}/feeds/bodies/${body.slug}.rss`)).text();
        expect(rss).toContain(`/meetings/${meetingId}`);
        expect(rss).not.toContain('Depot valuation');
        await visitor.close();
        await context.close();
        lap('done');
        console.log(`journey, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: ${laps.join(', ')}`);
      } finally {
        await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
        await t.drop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    }, 90_000);
  }
});
