/// <reference lib="dom" />
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { createApp } from '../../../src/web/app.js';
import { testStore, type TestStore } from '../../store/testStores.js';
import { CHEAP } from '../workspace/browser.js';
import { browserAvailable, launchBrowser } from './browserHarness.js';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  }, WCAG_TAGS);
}

describe.skipIf(!browserAvailable())('the scheduling pages in a real browser', () => {
  let t: TestStore;
  let server: ServerType;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let bodyId: string;

  beforeAll(async () => {
    t = await testStore('sqlite');
    const body = await t.store.repos.bodies.ensure('Planning Committee', 'committee', new Date().toISOString());
    bodyId = body.id;
    await addUser(
      t.store,
      { email: 'clerk@council.example', role: 'clerk', bodySlugs: [body.slug], password: 'correct horse' },
      'cli:test',
      CHEAP,
    );
    const app = createApp(t.store);
    server = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    context = await browser.newContext({ bypassCSP: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await t?.drop();
  });

  it('should pass axe-core (WCAG 2.2 A and AA) on every scheduling page, its error states and the public notices', async () => {
    const page = await context.newPage();
    const failures: string[] = [];
    const check = async (label: string): Promise<void> => {
      for (const v of await violations(page)) failures.push(`${label} (${page.url()}): ${v}`);
    };
    await page.goto(`${base}/login`);
    await page.fill('#email', 'clerk@council.example');
    await page.fill('#password', 'correct horse');
    await page.click('button[type=submit]');
    await page.goto(`${base}/workspace`);
    await check('workspace home');
    await page.click('text=Schedule meetings');
    await check('schedule home');
    await page.click('text=Planning Committee');
    await check('body schedule');

    await page.click("text=Plan a year's meetings");
    await check('frequency form');
    await page.fill('#time', '');
    await page.click('text=Show the dates');
    await check('frequency form with errors');
    await page.check('input[name=kind][value=monthly_weekday]');
    await page.selectOption('#week', '2');
    await page.selectOption('#weekday', '3');
    await page.fill('#time', '6pm');
    await page.click('text=Show the dates');
    await check('preview');
    await page.fill('#date-1-day', '31');
    await page.fill('#date-1-month', '2');
    await page.click('text=Schedule these meetings');
    expect(await page.locator('.govuk-error-summary').count()).toBe(1);
    await check('preview with errors');
    await page.check('#remove-1');
    await page.click('text=Schedule these meetings');
    expect(await page.textContent('h1')).toContain('Meetings scheduled');
    await check('calendar confirmation');

    await page.goto(`${base}/workspace/schedule/bodies/${bodyId}/meetings/new`);
    await check('new meeting');
    await page.fill('#streamUrl', 'http://not-secure.example');
    await page.check('#isRemote');
    await page.click('text=Schedule the meeting');
    await check('new meeting with errors');
    await page.fill('#date-day', '3');
    await page.fill('#date-month', '3');
    await page.fill('#date-year', String(new Date().getFullYear() + 1));
    await page.fill('#startTime', '10am');
    await page.fill('#streamUrl', 'https://stream.example.gov.uk/planning');
    await page.click('text=Schedule the meeting');
    await check('meeting (created)');
    const meetingUrl = page.url().replace(/\?.*/, '');

    await page.goto(`${meetingUrl}/move`);
    await check('move');
    await page.fill('#date-day', '4');
    await page.click('text=Move the meeting');
    await check('meeting (moved)');
    await page.goto(`${meetingUrl}/cancel`);
    await check('cancel');
    await page.click('button:text("Cancel the meeting")');
    await check('cancel with errors');
    await page.fill('#reason', 'No business to transact');
    await page.click('button:text("Cancel the meeting")');
    await check('meeting (cancelled)');
    await page.goto(`${base}/meetings/${meetingUrl.split('/').pop()}`);
    expect(await page.textContent('.govuk-notification-banner')).toContain('Cancelled: No business to transact');
    await check('public meeting page with notices');
    await page.close();
    expect(failures).toEqual([]);
  }, 240_000);
});
