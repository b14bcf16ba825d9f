/// <reference lib="dom" />
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { axeViolations, describeViolations } from './axe.js';
import { browserAvailable, crawl, launchBrowser, startPortal, type PortalUnderTest } from './browserHarness.js';

const ADMIN = { email: 'admin@council.example', password: 'correct horse battery' };
const PER_KIND = 2;

/** A page's kind: its path with ids and slugs (every segment after the second) made one, and whether it has a query. */
function kindOf(path: string): string {
  const url = new URL(path, 'http://x');
  const segments = url.pathname
    .split('/')
    .map((s, i) => (i > 2 && !/^(new|edit|review|agenda|approval|minutes)$/.test(s) ? ':x' : s));
  return `${segments.join('/')}${url.search ? '?' : ''}`;
}

function sampleByKind(paths: readonly string[]): string[] {
  const byKind = new Map<string, string[]>();
  for (const p of paths) {
    const list = byKind.get(kindOf(p)) ?? [];
    if (list.length < PER_KIND) list.push(p);
    byKind.set(kindOf(p), list);
  }
  return [...byKind.values()].flat();
}

/** Pages reached only by a form (its errors) or by hand, besides those the crawl finds. */
const EXTRA = [
  '/login',
  '/admin/work-programme/prioritisation',
  '/admin/audit?from-day=31&from-month=2&from-year=2026',
  '/admin/audit?kind=account',
];

/**
 * Runs in the page: undefined when nothing scrolls sideways, else the page's width and the element
 * reaching furthest right, so that a failure on a machine with other fonts says what to fix.
 */
function widestOverflow(): string | undefined {
  const limit = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= limit) return undefined;
  let widest: Element | undefined;
  let right = 0;
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const r = el.getBoundingClientRect().right;
    if (r > right) [widest, right] = [el, r];
  }
  const what = widest
    ? `${widest.tagName.toLowerCase()}.${widest.className} "${(widest.textContent ?? '').trim().slice(0, 40)}"`
    : '?';
  return `${document.documentElement.scrollWidth}px wide; ${what} reaches ${Math.round(right)}px`;
}

describe.skipIf(!browserAvailable())('every workspace page in a real browser, signed in', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let pages: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    await addUser(portal.t.store, { email: ADMIN.email, role: 'admin', password: ADMIN.password }, 'cli:test', {
      cost: { log2N: 10, r: 8, p: 1 },
    });
    browser = await launchBrowser();
    context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${portal.baseUrl}/login`);
    await page.fill('#email', ADMIN.email);
    await page.fill('#password', ADMIN.password);
    await Promise.all([page.waitForURL(/\/workspace$/), page.click('button[type=submit]')]);
    await page.close();
    // Every page a signed-in administrator can reach by links from the workspace's home.
    const crawled = await crawl(context, portal.baseUrl, 120, {
      start: '/workspace',
      within: /^\/(workspace|admin)(\/|\?|$)/,
    });
    // Every kind of page, a few of each: a body's pages are alike whichever body they show.
    pages = sampleByKind([...new Set([...EXTRA, ...crawled])]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('should reach the workspace, the accounts and the audit log', () => {
    for (const path of ['/workspace', '/admin/accounts', '/admin/audit']) expect(pages).toContain(path);
  });

  it.each([
    [1280, 800],
    [320, 640],
  ])(
    'should pass axe-core (WCAG 2.2 A and AA) on every workspace page at %i pixels, with nothing scrolling sideways',
    async (width, height) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      const failures: string[] = [];
      for (const path of pages) {
        await page.goto(portal.baseUrl + path);
        failures.push(...describeViolations(path, await axeViolations(page)));
        const sideways = await page.evaluate(widestOverflow);
        if (sideways) failures.push(`${path}: scrolls sideways at ${width}px (${sideways})`);
      }
      await page.close();
      expect(failures).toEqual([]);
    },
    180_000,
  );
});
