/// <reference lib="dom" />
import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStore, type TestStore } from '../../store/testStores.js';
import { agendaApp, makePdf, seedAgendaWorld, type AgendaApp } from '../workspace/agendaFixtures.js';
import { browserAvailable, launchBrowser } from './browserHarness.js';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
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
  return violations;
}

describe.skipIf(!browserAvailable())('the agenda pages in a real browser', () => {
  let t: TestStore;
  let env: AgendaApp;
  let server: ServerType;
  let base: string;
  let meetingId: string;
  let browser: Browser;
  let context: BrowserContext;
  /** Each page of the agenda journey, as the clerk saw it: its address and its HTML, checked with axe below. */
  const visited: { label: string; url: string; html: string }[] = [];

  async function signIn(ctx: BrowserContext): Promise<Page> {
    const page = await ctx.newPage();
    await page.goto(`${base}/login`);
    await page.fill('#email', 'clerk@council.example');
    await page.fill('#password', 'correct horse');
    await page.click('button[type=submit]');
    return page;
  }

  async function keep(page: Page, label: string): Promise<void> {
    visited.push({ label, url: page.url(), html: await page.content() });
  }

  beforeAll(async () => {
    t = await testStore('sqlite');
    ({ meetingId } = await seedAgendaWorld(t.store));
    env = await agendaApp(t.store);
    server = await new Promise((resolve) => {
      const s = serve({ fetch: env.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    // axe is injected as a script, which the CSP rightly forbids; only this context bypasses it.
    context = await browser.newContext({ bypassCSP: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await t?.drop();
    if (env) fs.rmSync(env.dataDir, { recursive: true, force: true });
  });

  it('should build, reorder and publish an agenda with JavaScript turned off', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await signIn(noScript);
    await page.goto(`${base}/workspace/agendas`);
    await page.click(`a[href="/workspace/meetings/${meetingId}/agenda"]`);
    await page.click('text=Start the agenda');
    await page.fill('#title', 'Library opening hours');
    await page.click('text=Add the item');
    const rows = () => page.$$eval('#agenda-items tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect((await rows()).at(-1)).toContain('Library opening hours');
    await page.click('button:has-text("Move up: item 5, Library opening hours")');
    expect((await rows())[3]).toContain('Library opening hours');
    await page.click('text=Publish the agenda');
    await page.click('button:has-text("Publish the agenda")');
    expect(await page.textContent('h1')).toContain('Agenda published');
    await noScript.close();
  }, 120_000);

  it('should pass axe-core (WCAG 2.2 A and AA) on every agenda page, at 1280 and 320 pixels', async () => {
    const page = await signIn(context);
    const agenda = `${base}/workspace/meetings/${meetingId}/agenda`;
    await page.goto(`${base}/workspace`);
    await keep(page, 'workspace home');
    await page.goto(`${base}/workspace/agendas`);
    await keep(page, 'agenda list');
    await page.goto(agenda);
    await keep(page, 'published agenda');
    // An error beside a field and in the summary.
    await page.click('text=Add the item');
    await keep(page, 'add with an error');
    await page.fill('#title', 'Sale of the depot');
    await page.check('#exempt');
    await page.selectOption('#exemptParagraph', '3');
    await page.click('text=Add the item');
    await page.click('a:has-text("Sale of the depot")');
    await keep(page, 'item page');
    await page.fill('#paperTitle', 'Valuation');
    await page.setInputFiles('#file', {
      name: 'valuation.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await makePdf('Valuation')),
    });
    await page.click('button:has-text("Upload")');
    await keep(page, 'item page with a paper');
    await page.fill('#paperTitle', 'Not a PDF');
    await page.setInputFiles('#file', { name: 'x.pdf', mimeType: 'application/pdf', buffer: Buffer.from('hello') });
    await page.click('button:has-text("Upload")');
    await keep(page, 'upload refused');
    // A stale form: the version on the page is older than the agenda's.
    await page.goto(agenda);
    await page.evaluate(() =>
      document.querySelectorAll<HTMLInputElement>('input[name=version]').forEach((i) => (i.value = '1')),
    );
    await page.fill('#title', 'Typed before the conflict');
    await page.click('text=Add the item');
    await keep(page, 'conflict (409)');
    await page.goto(`${agenda}/publish`);
    await keep(page, 'publish a supplementary agenda');
    await page.click('button:has-text("Publish the supplementary agenda")');
    await keep(page, 'publish refused');
    await page.fill('#notice', 'An exempt item added.');
    await page.click('button:has-text("Publish the supplementary agenda")');
    await keep(page, 'confirmation');
    await page.goto(`${base}/meetings/${meetingId}`);
    await keep(page, 'public meeting page with the change notice');
    expect(visited.find((v) => v.label === 'conflict (409)')!.html).toContain('Someone else changed this agenda');

    const failures: string[] = [];
    for (const [width, height] of [
      [1280, 800],
      [320, 640],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const v of visited) {
        // The page as it was served, its stylesheet loaded from the server (colour contrast needs it).
        await page.setContent(v.html.replace('<head>', `<head><base href="${base}/">`), { waitUntil: 'load' });
        expect(await page.evaluate(() => document.styleSheets.length), v.label).toBeGreaterThan(0);
        for (const violation of await axeViolations(page)) failures.push(`${width}px ${v.label}: ${violation}`);
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
