/// <reference lib="dom" />
import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { importPaths } from '../../../src/app/importDocuments.js';
import { createApp } from '../../../src/web/app.js';
import { testStore, type TestStore } from '../../store/testStores.js';
import { browserAvailable, launchBrowser } from './browserHarness.js';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/people');

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
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

describe.skipIf(!browserAvailable())('the record’s workspace pages in a real browser', () => {
  let t: TestStore;
  let server: ServerType;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    t = await testStore('sqlite');
    await importPaths(t.store, [
      path.join(FIXTURES, 'fernleigh-2025-02-10.txt'),
      path.join(FIXTURES, 'fernleigh-2025-03-10.txt'),
    ]);
    await addUser(t.store, { email: 'admin@fernleigh.example', role: 'admin', password: 'correct horse' }, 'cli:test', {
      cost: { log2N: 10, r: 8, p: 1 },
    });
    const app = createApp(t.store);
    server = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    // axe is injected as a script, which the CSP rightly forbids; this context alone bypasses it.
    context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.fill('#email', 'admin@fernleigh.example');
    await page.fill('#password', 'correct horse');
    await page.click('button[type=submit]');
    await page.waitForURL(`${baseUrl}/workspace`);
    await page.close();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await t?.drop();
  });

  it('should pass axe-core (WCAG 2.2 A and AA) on the body edit page, with and without errors, and the people pages', async () => {
    const page = await context.newPage();
    const failures: string[] = [];
    const check = async (label: string): Promise<void> => {
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      for (const v of await axeViolations(page)) failures.push(`${label}: ${v}`);
    };
    for (const p of [
      '/workspace/bodies',
      '/workspace/bodies/environment-committee',
      '/workspace/people',
      '/workspace/people/review',
      '/workspace/people/jane-garrard',
    ]) {
      expect((await page.goto(baseUrl + p))!.status(), p).toBe(200);
      await check(p);
    }
    // The body edit page as a refused form shows it: an error summary, errors beside the fields.
    await page.goto(`${baseUrl}/workspace/bodies/environment-committee`);
    await page.fill('#size', 'many');
    await page.click('form[action$="/settings"] button[type=submit]');
    expect(await page.locator('.govuk-error-summary').count()).toBe(1);
    await check('body page with errors');
    await page.goto(`${baseUrl}/workspace/bodies/environment-committee`);
    await page.fill('#tor-adopted-day', '31');
    await page.fill('#tor-adopted-month', '2');
    await page.fill('#tor-adopted-year', '2025');
    await page.click('form[action$="/terms"] button[type=submit]');
    expect(await page.locator('#tor-adopted-error').count()).toBe(1);
    await check('terms of reference with a date error');
    const membership = await page.getAttribute('a[href*="/memberships/"]', 'href');
    await page.goto(baseUrl + membership!);
    await check('membership edit page');
    await page.close();
    expect(failures).toEqual([]);
  }, 120_000);

  it('should refuse a save from an older tab with a 409 page that keeps the typing and passes axe at 1280 and 320 pixels', async () => {
    const failures: string[] = [];
    const body = `${baseUrl}/workspace/bodies/environment-committee`;
    const older = await context.newPage();
    const newer = await context.newPage();
    const conflicts: { label: string; status: number; html: string }[] = [];
    const saveBoth = async (
      url: string,
      form: string,
      fill: (page: Page, value: string) => Promise<void>,
      label: string,
    ): Promise<void> => {
      await older.goto(url);
      await newer.goto(url);
      await fill(newer, 'theirs');
      await newer.click(`${form} button[type=submit]`);
      await fill(older, 'mine');
      const [response] = await Promise.all([
        older.waitForResponse((r) => r.request().method() === 'POST'),
        older.click(`${form} button[type=submit]`),
      ]);
      conflicts.push({ label, status: response.status(), html: await older.content() });
    };
    await saveBoth(
      body,
      'form[action$="/settings"]',
      (page, who) => page.fill('#size', who === 'mine' ? '12' : '8'),
      'body settings',
    );
    await saveBoth(
      `${baseUrl}/workspace/people/jane-garrard`,
      'form[action$="/rename"]',
      (page, who) => page.fill('#name', who === 'mine' ? 'Jane Garrod' : 'Janet Garrard'),
      'person rename',
    );
    await older.goto(body);
    const link = await older.getAttribute('a[href*="/memberships/"]', 'href');
    await saveBoth(
      baseUrl + link!,
      'form[action*="/memberships/"]',
      (page, who) => page.fill('#party', who === 'mine' ? 'Green' : 'Labour'),
      'membership',
    );
    for (const c of conflicts) {
      expect(c.status, c.label).toBe(409);
      expect(c.html, c.label).toContain('Someone else changed this');
    }
    expect(conflicts[0]!.html).toContain('value="12"');
    expect(conflicts[1]!.html).toContain('value="Jane Garrod"');
    expect(conflicts[2]!.html).toContain('value="Green"');
    for (const [width, height] of [
      [1280, 800],
      [320, 640],
    ] as const) {
      await older.setViewportSize({ width, height });
      for (const c of conflicts) {
        await older.setContent(c.html.replace('<head>', `<head><base href="${baseUrl}/">`), { waitUntil: 'load' });
        for (const v of await axeViolations(older)) failures.push(`${width}px ${c.label} (409): ${v}`);
      }
    }
    await older.close();
    await newer.close();
    expect(failures).toEqual([]);
  }, 120_000);
});
