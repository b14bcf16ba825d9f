/// <reference lib="dom" />
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { browserAvailable, crawl, launchBrowser, startPortal, type PortalUnderTest } from './browserHarness.js';

const PER_KIND = 3;

/**
 * Pages checked whatever the sampling picks: those that answer questions (issue 15) — the
 * documents index, a municipal year's meetings, an empty month pointing to the nearest meetings
 * (the portal's today, April 2024, has none), search results with people and abbreviations, and
 * the lists of bodies and people in their groups.
 */
const ALWAYS = [
  '/documents',
  '/calendar',
  '/calendar?year=2023-24',
  '/calendar?year=2023-24&body=children-and-young-people-scrutiny-committee',
  '/search?q=SEND',
  '/search?q=Barnrd',
  '/bodies',
  '/bodies/children-and-young-people-scrutiny-committee',
  '/people',
];

/**
 * A route's kind: its first path segment, and whether it carries a query (a search with results is not an empty search
 * form).
 */
function kindOf(path: string): string {
  const url = new URL(path, 'http://x');
  const segment = url.pathname.split('/')[1] ?? '';
  return `${segment || 'home'}${url.search ? '?' : ''}`;
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

describe.skipIf(!browserAvailable())('every kind of portal page in a real browser', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let pages: string[] = [];
  let foldedMeeting: string | null = null;

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
    // axe is injected as a script, which the portal's CSP rightly forbids; this context alone bypasses it.
    context = await browser.newContext({ bypassCSP: true });
    const crawled = await crawl(context, portal.baseUrl, 250);
    const extra = [
      '/search?q=children',
      '/search?q=zzzzqx',
      '/search?q=flood&from=not-a-date',
      '/search?q=flood&from-day=31&from-month=2&from-year=2024&to-day=1&to-month=&to-year=2024',
      '/search?q=the&page=2',
      '/calendar?month=2023-01',
      '/no-such-page',
      '/login',
      '/login/link/not-a-token',
    ];
    // A meeting page whose long minutes fold behind "Show all" (a <details>), whichever the sample picks.
    for (const path of crawled.filter((p) => p.startsWith('/meetings/'))) {
      const html = await (await fetch(portal.baseUrl + path)).text();
      if (html.includes('govuk-details')) {
        extra.push(path);
        foldedMeeting = path;
        break;
      }
    }
    pages = [...new Set([...ALWAYS, ...sampleByKind([...extra, ...crawled])])];
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('should reach every kind of page from the home page', async () => {
    for (const path of ALWAYS) expect((await fetch(portal.baseUrl + path)).status, path).toBe(200);
    expect(foldedMeeting, 'a meeting page with a folded minute').not.toBeNull();
    expect(pages).toContain(foldedMeeting);
    const kinds = new Set(pages.map(kindOf));
    for (const kind of [
      'home',
      'bodies',
      'calendar?',
      'meetings',
      'items',
      'people',
      'search',
      'search?',
      'documents',
      'accessibility',
      'privacy',
      'licence',
      'exports',
    ])
      expect(kinds, kind).toContain(kind);
  });

  it.each([
    [1280, 800],
    [320, 640],
  ])(
    'should pass axe-core (WCAG 2.2 A and AA) with no violations on every kind of page at %i pixels',
    async (width, height) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      const failures: string[] = [];
      for (const path of pages) {
        await page.goto(portal.baseUrl + path);
        // What folds behind "Show all" is checked too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        for (const v of await axeViolations(page))
          failures.push(
            `${path}: ${v.id} (${v.help}) at ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          );
      }
      await page.close();
      expect(failures).toEqual([]);
    },
    240_000,
  );

  it('should hold its layout at 320 CSS pixels wide, with no sideways scrolling of the page', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    const overflowing: string[] = [];
    for (const path of pages) {
      await page.goto(portal.baseUrl + path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth) overflowing.push(`${path}: ${scrollWidth}px wide`);
    }
    await page.close();
    expect(overflowing).toEqual([]);
  }, 240_000);
});
