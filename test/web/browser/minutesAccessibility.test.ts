/// <reference lib="dom" />
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/web/app.js';
import { testStore, type TestStore } from '../../store/testStores.js';
import { seedMinutesWorld, type MinutesWorld } from '../workspace/minutes/minutesFixtures.js';
import { axeViolations, describeViolations } from './axe.js';
import { browserAvailable, launchBrowser } from './browserHarness.js';

/** Whether anything scrolls sideways: the page's width beyond the window, or 0. */
function overflow(): number {
  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
}

describe.skipIf(!browserAvailable())('the minutes pages in a real browser', () => {
  let t: TestStore;
  let world: MinutesWorld;
  let server: ServerType;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    t = await testStore('sqlite');
    world = await seedMinutesWorld(t.store);
    const app = createApp(t.store, { now: () => new Date('2027-03-19T10:00:00Z') });
    server = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    // Every step is a plain form post (test/web/workspace/minutes drives the same forms with no script at all).
    context = await browser.newContext({ bypassCSP: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await t?.drop();
  });

  it('should pass axe on the write, preview, error, motion, locked and public pages, at 1280 and 320 pixels', async () => {
    const page: Page = await context.newPage();
    const failures: string[] = [];
    const check = async (label: string): Promise<void> => {
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 900 });
        failures.push(...describeViolations(`${label} at ${width}px`, await axeViolations(page)));
        const wide = await page.evaluate(overflow);
        if (wide > 0) failures.push(`${label} at ${width}px scrolls sideways by ${wide}px`);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    };
    await page.goto(`${base}/login`);
    await page.fill('#email', 'clerk@council.example');
    await page.fill('#password', 'correct horse');
    await page.click('button[type=submit]');
    await page.goto(`${base}/workspace/schedule/meetings/${world.first}`);
    await page.click('text=Write, confirm or amend the minutes');
    await check('minutes list');
    await page.click('text=Sea wall repairs');
    await check('item minutes');
    await page.fill('#minutes', '\u2022\tMembers asked about costs.\n\nRESOLVED that\n1.\tthe plan be approved;');
    await page.click('button[value=preview]');
    expect(await page.textContent('#preview-title')).toContain('Preview');
    await check('preview');
    await page.fill('#minutes', 'RESOLVED:');
    await page.click('button[value=save]');
    await check('minutes error');
    await page.fill('#minutes', 'RESOLVED: to note the report.');
    await page.click('button[value=save]');
    await page.click('text=Record the motion and its result');
    expect(await page.textContent('.govuk-error-summary')).toContain('Enter the words of the motion');
    await check('motion errors');
    await page.goto(`${base}/meetings/${world.first}`);
    expect(await page.textContent('main')).toContain('Draft minutes, not yet confirmed');
    await check('public draft minutes');
    await page.goto(`${base}/workspace/meetings/${world.next}/minutes`);
    await page.click('button:has-text("Confirm the minutes of")');
    await page.goto(`${base}/workspace/meetings/${world.first}/minutes/${world.items[0]}`);
    expect(await page.textContent('main')).toContain('confirmed and locked');
    await check('locked item');
    await page.goto(`${base}/workspace/meetings/${world.first}/minutes`);
    await page.fill('#text', 'The second point should read "July".');
    await page.fill('#reason', 'Misheard');
    await page.selectOption('#agreedAtMeetingId', world.next);
    await page.click('text=Record the amendment');
    await check('confirmed minutes with an amendment');
    await page.goto(`${base}/meetings/${world.first}`);
    expect(await page.textContent('main')).toContain('Amendments to the minutes');
    await check('public amended minutes');
    expect(failures).toEqual([]);
  }, 240_000);
});
