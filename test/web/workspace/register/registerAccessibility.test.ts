/// <reference lib="dom" />
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { recordMeeting } from '../../../../src/app/recordMeeting.js';
import { createApp } from '../../../../src/web/app.js';
import { buildMeetingRecord } from '../../../factories/meetingRecord.js';
import { testStore, type TestStore } from '../../../store/testStores.js';
import { axeViolations, describeViolations } from '../../browser/axe.js';
import { browserAvailable, launchBrowser } from '../../browser/browserHarness.js';
import { CHEAP } from '../browser.js';

/**
 * The register page in a real browser, as the workspace's axe crawl cannot reach it yet (it is
 * linked from a meeting's schedule page): clean, with errors, and after a save, at a desktop's
 * and a phone's width; and the public meeting page showing what was saved.
 */
describe.skipIf(!browserAvailable())('the register page in a real browser', () => {
  let t: TestStore;
  let server: ServerType;
  let base: string;
  let browser: Browser;
  let page: Page;
  let meetingId: string;

  beforeAll(async () => {
    t = await testStore('sqlite');
    meetingId = (await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null })).meetingId;
    await addUser(t.store, { email: 'clerk@x.org', role: 'clerk', password: 'correct horse' }, 'cli:t', CHEAP);
    const app = createApp(t.store, { now: () => new Date('2025-03-12T21:00:00Z') });
    server = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    page = await (await browser.newContext({ bypassCSP: true })).newPage();
    await page.goto(`${base}/login`);
    await page.fill('#email', 'clerk@x.org');
    await page.fill('#password', 'correct horse');
    await Promise.all([page.waitForURL(/\/workspace$/), page.click('button[type=submit]')]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await t?.drop();
  });

  async function check(label: string): Promise<string[]> {
    const failures: string[] = [];
    for (const [width, height] of [
      [1280, 800],
      [320, 640],
    ] as const) {
      await page.setViewportSize({ width, height });
      failures.push(...describeViolations(`${label} at ${width}px`, await axeViolations(page)));
      const wide = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      if (wide) failures.push(`${label}: scrolls sideways at ${width}px`);
    }
    return failures;
  }

  it('should pass axe with nothing scrolling sideways: clean, with errors, saved, and the public page after', async () => {
    const path = `${base}/workspace/meetings/${meetingId}/register`;
    await page.goto(path);
    const failures = await check('register');
    await page.click('button:has-text("Check the quorum without saving")');
    await page.waitForSelector('text=Not saved yet');
    expect(await page.textContent('main')).toContain('Not saved yet');
    failures.push(...(await check('register checked')));
    // Apologies for a member present: refused, the error summary linking to the field.
    const reason = page.locator('input[id$="-reason"]').first();
    await reason.fill('Late train');
    await page.click('button:has-text("Save the register")');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.textContent('.govuk-error-summary')).toContain('Give a reason only');
    failures.push(...(await check('register with errors')));
    await reason.fill('');
    await page.locator('select[id$="-mode"]').first().selectOption('remote');
    await Promise.all([page.waitForURL(/saved=1/), page.click('button:has-text("Save the register")')]);
    failures.push(...(await check('register saved')));
    await page.goto(`${base}/meetings/${meetingId}`);
    expect(await page.textContent('main')).toContain('attended remotely');
    failures.push(...(await check('public meeting page')));
    expect(failures).toEqual([]);
  }, 120_000);
});
