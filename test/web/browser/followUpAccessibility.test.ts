/// <reference lib="dom" />
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/web/app.js';
import { addFollowUpFixture, NOW } from '../../app/digest/followUpFixture.js';
import { testStore, type TestStore } from '../../store/testStores.js';
import { CHEAP } from '../workspace/browser.js';
import { axeViolations, describeViolations } from './axe.js';
import { browserAvailable, launchBrowser } from './browserHarness.js';

/** The follow-up tables with rows in them (the signed-in crawl of the sample finds none due). */
describe.skipIf(!browserAvailable())('what to follow up, in a real browser', () => {
  let t: TestStore;
  let server: ServerType;
  let base: string;
  let browser: Browser;
  beforeAll(async () => {
    t = await testStore('sqlite');
    await addFollowUpFixture(t.store, CHEAP);
    const app = createApp(t.store, { now: () => NOW });
    server = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await t?.drop();
  });

  it.each([
    [1280, 800],
    [320, 640],
  ])(
    'should pass axe-core on the home panel and the full list at %i pixels, nothing scrolling sideways',
    async (width, height) => {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(`${base}/login`);
      await page.fill('#email', 'clerk@x.org');
      await page.fill('#password', 'correct horse');
      await Promise.all([page.waitForURL(/\/workspace$/), page.click('button[type=submit]')]);
      const failures: string[] = [];
      for (const path of ['/workspace', '/workspace/follow-ups']) {
        await page.goto(base + path);
        expect(await page.locator('table').count()).toBeGreaterThan(0);
        failures.push(...describeViolations(path, await axeViolations(page)));
        const wide = await page.evaluate(
          () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
        );
        if (wide) failures.push(`${path}: scrolls sideways at ${width}px`);
      }
      await context.close();
      expect(failures).toEqual([]);
    },
    120_000,
  );
});
