/// <reference lib="dom" />
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/web/app.js';
import { testStore, type TestStore } from '../../store/testStores.js';
import { BODY_SLUG, respond, seedReportWorld } from '../portal/reports/reportWorld.js';
import { axeViolations, describeViolations } from './axe.js';
import { browserAvailable, launchBrowser } from './browserHarness.js';

describe.skipIf(!browserAvailable())('the scrutiny reports in a real browser', () => {
  let t: TestStore;
  let server: ServerType;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let noScript: BrowserContext;
  let pages: string[];

  beforeAll(async () => {
    t = await testStore('sqlite');
    const ids = await seedReportWorld(t.store);
    await respond(t.store, 'flood risk map', { respondedOn: '2024-09-02', acceptance: 'accepted', text: 'Yes.' });
    const app = createApp(t.store, { today: () => '2025-04-01' });
    server = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    pages = [
      `/meetings/${ids.march}/tracker-report`,
      `/meetings/${ids.june}/tracker-report`,
      `/bodies/${BODY_SLUG}/annual-report/2024-25`,
    ];
    browser = await launchBrowser();
    // axe is injected as a script, which the portal's CSP rightly forbids; this context alone bypasses it.
    context = await browser.newContext({ bypassCSP: true });
    noScript = await browser.newContext({ javaScriptEnabled: false });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await t?.drop();
  });

  it('should be reached by links and pass axe at 1280 and 320 pixels, the page never scrolling sideways', async () => {
    // Reached from the body page and the meeting page by following their links, without JavaScript.
    const plain = await noScript.newPage();
    await plain.goto(`${baseUrl}/bodies/${BODY_SLUG}`);
    await plain.click('text=Annual scrutiny report 2024/25');
    expect(new URL(plain.url()).pathname).toBe(pages[2]);
    await plain.goto(baseUrl + pages[0]!.replace('/tracker-report', ''));
    await plain.click('text=Recommendation tracker report');
    expect(new URL(plain.url()).pathname).toBe(pages[0]);
    await plain.close();
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of pages)
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(baseUrl + path);
        failures.push(...describeViolations(`${path} at ${width}px`, await axeViolations(page)));
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        if (scrollWidth > clientWidth) failures.push(`${path} at ${width}px: ${scrollWidth}px wide`);
      }
    await page.close();
    expect(failures).toEqual([]);
  }, 120_000);
});
