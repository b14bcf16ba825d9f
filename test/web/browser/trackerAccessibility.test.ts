/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { axeViolations, describeViolations } from './axe.js';
import { browserAvailable, launchBrowser, startPortal, type PortalUnderTest } from './browserHarness.js';

const PASSWORD = 'correct horse battery';
const CHEAP = { cost: { log2N: 10, r: 8, p: 1 } };

async function signIn(context: BrowserContext, baseUrl: string, email: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForURL(/\/workspace$/), page.click('button[type=submit]')]);
  await page.close();
}

async function check(page: Page, baseUrl: string, path: string, failures: string[]): Promise<void> {
  if (path) await page.goto(baseUrl + path);
  failures.push(...describeViolations(path || page.url(), await axeViolations(page)));
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  if (wide) failures.push(`${path || page.url()}: scrolls sideways`);
}

/**
 * The tracker's pages as a clerk and as a decision maker (whose pages the admin's crawl cannot
 * reach), with a refused form, at 1280 and 320 pixels, and the whole journey without JavaScript.
 */
describe.skipIf(!browserAvailable())('the recommendation tracker in a real browser', () => {
  let portal: PortalUnderTest;
  let browser: Browser;

  beforeAll(async () => {
    portal = await startPortal(['sample']);
    for (const [email, role] of [
      ['clerk@council.example', 'clerk'],
      ['leader@council.example', 'decision_maker'],
    ] as const)
      await addUser(portal.t.store, { email, role, password: PASSWORD }, 'cli:test', CHEAP);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('should pass axe-core on the clerk’s and the decision maker’s pages, with JavaScript off', async () => {
    const failures: string[] = [];
    // axe runs as a script: the pages are checked with JavaScript on, the forms are used with it off.
    const clerkContext = await browser.newContext({ bypassCSP: true });
    await signIn(clerkContext, portal.baseUrl, 'clerk@council.example');
    const clerk = await clerkContext.newPage();
    const clerkNoJs = await browser.newContext({ bypassCSP: true, javaScriptEnabled: false });
    await signIn(clerkNoJs, portal.baseUrl, 'clerk@council.example');
    const clerkForm = await clerkNoJs.newPage();
    await clerk.goto(`${portal.baseUrl}/workspace/tracker`);
    const recommendation = await clerk.getAttribute('a[href^="/workspace/tracker/"]', 'href');
    expect(recommendation).toBeTruthy();
    for (const width of [1280, 320]) {
      await clerk.setViewportSize({ width, height: 800 });
      await check(clerk, portal.baseUrl, '/workspace/tracker', failures);
      await check(clerk, portal.baseUrl, recommendation!, failures);
    }
    // Address it to the decision maker and send it, without JavaScript.
    await clerkForm.goto(portal.baseUrl + recommendation!);
    await clerkForm.fill('#decisionMaker', 'Portfolio Holder for Children, Young People and Schools');
    await clerkForm.selectOption('#addresseeAccountId', { label: 'leader@council.example' });
    await clerkForm.fill('#sentOn-day', '3');
    await clerkForm.fill('#sentOn-month', '4');
    await clerkForm.fill('#sentOn-year', '2023');
    await Promise.all([
      clerkForm.waitForURL(/saved=changed/),
      clerkForm.click(`form[action="${recommendation!}"] button`),
    ]);
    expect(await clerkForm.textContent('body')).toContain('3 June 2023');

    const leaderContext = await browser.newContext({ bypassCSP: true });
    await signIn(leaderContext, portal.baseUrl, 'leader@council.example');
    const leader = await leaderContext.newPage();
    const leaderNoJs = await browser.newContext({ bypassCSP: true, javaScriptEnabled: false });
    await signIn(leaderNoJs, portal.baseUrl, 'leader@council.example');
    const form = await leaderNoJs.newPage();
    await leader.goto(`${portal.baseUrl}/workspace/responses`);
    const respond = (await leader.getAttribute('a[href^="/workspace/responses/"]', 'href'))!;
    for (const width of [1280, 320]) {
      await leader.setViewportSize({ width, height: 800 });
      await check(leader, portal.baseUrl, '/workspace/responses', failures);
      await check(leader, portal.baseUrl, respond, failures);
    }
    // A refused form (with JavaScript on, so axe checks its error summary), then answered without it.
    await leader.setViewportSize({ width: 1280, height: 800 });
    await leader.goto(portal.baseUrl + respond);
    await leader.fill('#respondedOn-day', '31');
    await leader.fill('#respondedOn-month', '2');
    await Promise.all([leader.waitForLoadState(), leader.click(`form[action="${respond}"] button`)]);
    await leader.waitForSelector('.govuk-error-summary');
    expect(await leader.textContent('.govuk-error-summary')).toContain('Choose whether the recommendation is accepted');
    await check(leader, portal.baseUrl, '', failures);
    await form.goto(portal.baseUrl + respond);
    await form.check('#acceptance');
    await form.fill('#text', 'Accepted: the strategy will be co-produced with partners.');
    await form.fill('#respondedOn-day', '1');
    await form.fill('#respondedOn-month', '4');
    await form.fill('#respondedOn-year', '2024');
    await Promise.all([form.waitForURL(/answered=/), form.click(`form[action="${respond}"] button`)]);
    expect(await form.textContent('body')).toContain('was recorded');
    for (const c of [clerkContext, clerkNoJs, leaderContext, leaderNoJs]) await c.close();
    expect(failures).toEqual([]);
  }, 180_000);
});
