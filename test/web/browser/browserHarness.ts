/// <reference lib="dom" />
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { importPaths } from '../../../src/app/importDocuments.js';
import { setSetting } from '../../../src/app/settings/setSetting.js';
import { createApp } from '../../../src/web/app.js';
import { testStore, type TestStore } from '../../store/testStores.js';

/** Debian's chromium; CHROMIUM_PATH points elsewhere. Never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Under CI a missing browser fails the run; on a developer's machine the browser tests are skipped. */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI)
    throw new Error(`${CHROMIUM_PATH}: chromium is missing; .ci/run installs Debian's chromium package`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

export interface PortalUnderTest {
  readonly baseUrl: string;
  readonly t: TestStore;
  close(): Promise<void>;
}

/** The date the portal believes it is, so "upcoming" and "recent" are stable across runs. */
export const PORTAL_TODAY = '2024-04-01';

/**
 * A real HTTP server over a SQLite store filled by the real importer: the bundled sample
 * documents plus our own fixtures (a topic followed over three years, hostile text).
 */
export async function startPortal(
  paths: readonly string[] = ['sample', 'test/fixtures/portal'],
): Promise<PortalUnderTest> {
  const t = await testStore('sqlite');
  const report = await importPaths(t.store, paths);
  const failed = report.results.filter((r) => r.status === 'Failed');
  if (failed.length)
    throw new Error(`fixture import failed: ${failed.map((f) => `${f.source}: ${f.reason}`).join('; ')}`);
  // The council's own frame: its name, website, contact and logo in the header and footer.
  await setSetting(t.store, 'council_name', 'Nottingham City Council');
  await setSetting(t.store, 'council_url', 'https://www.nottinghamcity.gov.uk');
  await setSetting(t.store, 'contact_email', 'democratic.services@nottinghamcity.gov.uk');
  await setSetting(t.store, 'logo', 'test/fixtures/settings/crest.svg');
  const app = createApp(t.store, { today: () => PORTAL_TODAY });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    t,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.drop();
    },
  };
}

/** Feeds, downloads and machine-readable data: linked from pages, but not pages themselves. */
const NOT_A_PAGE = /^\/(feeds|api|oparl)\/|^\/exports\/.|\/original$|\.(csv|jsonl|json|pdf|ics|xml)(\?|$)/;

export interface CrawlOptions {
  /** Where to start (the home page unless given). */
  readonly start?: string;
  /** Only paths this matches are followed (the workspace's own pages, say). */
  readonly within?: RegExp;
}

/** Visits pages breadth-first from the home page, following the portal's own links, and returns their paths. */
export async function crawl(
  context: BrowserContext,
  baseUrl: string,
  limit: number,
  options: CrawlOptions = {},
): Promise<string[]> {
  const page = await context.newPage();
  const start = options.start ?? '/';
  const seen = new Set<string>([start]);
  const queue = [start];
  const visited: string[] = [];
  while (queue.length && visited.length < limit) {
    const path = queue.shift()!;
    if (NOT_A_PAGE.test(path)) continue;
    const response = await page.goto(baseUrl + path);
    if (!response || response.status() !== 200 || !(response.headers()['content-type'] ?? '').includes('text/html'))
      continue;
    visited.push(path);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links) {
      if (!link.startsWith(baseUrl)) continue;
      const url = new URL(link);
      const next = url.pathname + url.search;
      if (options.within && !options.within.test(next)) continue;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  await page.close();
  return visited;
}
