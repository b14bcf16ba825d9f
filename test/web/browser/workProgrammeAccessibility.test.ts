/// <reference lib="dom" />
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveItemMinutes } from '../../../src/app/minutes/saveItemMinutes.js';
import { createApp } from '../../../src/web/app.js';
import { testStore, type TestStore } from '../../store/testStores.js';
import { seedMinutesWorld, type MinutesWorld } from '../workspace/minutes/minutesFixtures.js';
import { browserAvailable, launchBrowser } from './browserHarness.js';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const NOW = new Date('2027-03-19T10:00:00Z');

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, WCAG_TAGS);
}

async function signIn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.fill('#email', 'clerk@council.example');
  await page.fill('#password', 'correct horse');
  await page.click('button[type=submit]');
  await page.waitForURL(/\/workspace$/);
}

describe.skipIf(!browserAvailable())('the work programme in a real browser', () => {
  let t: TestStore;
  let world: MinutesWorld;
  let server: ServerType;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await testStore('sqlite');
    world = await seedMinutesWorld(t.store);
    const clerk = (await t.store.repos.accounts.findByEmail('clerk@council.example'))!;
    await saveItemMinutes(
      t.store,
      clerk,
      {
        meetingId: world.first,
        itemId: world.items[0]!,
        version: 0,
        text: 'RESOLVED that officers be asked to return with costed options.',
      },
      NOW.toISOString(),
    );
    const app = createApp(t.store, { now: () => NOW, today: () => NOW.toISOString().slice(0, 10) });
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

  it('should add, schedule, score and follow up topics with JavaScript off, and show them on the portal', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, base);
    await page.click('text=Work programmes');
    await page.click('text=Harbourside Overview and Scrutiny Committee');
    expect(await page.textContent('h1')).toContain('Work programme 2026/27');
    await page.click('text=Add a topic');
    await page.fill('#topic', '');
    await page.fill('#objectives', 'To scrutinise the tender');
    await page.click('button:text("Add topic")');
    expect(await page.locator('.govuk-error-summary').count()).toBe(1);
    expect(await page.inputValue('#objectives')).toBe('To scrutinise the tender');
    await page.fill('#topic', 'Harbour tender');
    await page.selectOption('#meetingId', { label: '15 April 2027' });
    await page.click('button:text("Add topic")');
    expect(await page.textContent('.govuk-notification-banner')).toContain('Topic added');
    await page.click('a:has-text("Score")');
    for (const [key, value] of Object.entries({
      effectiveness: '3',
      communities: '2',
      risk: '2',
      difference: '3',
      elsewhere: '1',
    }))
      await page.fill(`#score-${key}`, value);
    await page.click('button:text("Save scores")');
    expect(await page.textContent('main')).toContain('12 of 15');
    await page.goto(`${base}/workspace/meetings/${world.first}`);
    await page.click('text=Planned topics');
    await page.click('button:text("Add follow-ups")');
    expect(await page.textContent('.govuk-notification-banner')).toContain('1 follow-up added');
    await page.goto(`${base}/bodies`);
    await page.click('text=Harbourside Overview and Scrutiny Committee');
    await page.click('text=Work programme');
    const portal = await page.textContent('main');
    expect(portal).toContain('Harbour tender');
    expect(portal).toContain('Sea wall repairs: follow-up');
    await context.close();
  }, 120_000);

  it('should pass axe-core (WCAG 2.2 A and AA) on every work programme page at 1280 and 320 pixels', async () => {
    const failures: string[] = [];
    for (const width of [1280, 320]) {
      const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await signIn(page, base);
      const check = async (label: string): Promise<void> => {
        for (const v of await violations(page)) failures.push(`${width}px ${label} (${page.url()}): ${v}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
        );
        if (overflow) failures.push(`${width}px ${label}: scrolls sideways`);
      };
      await page.goto(`${base}/workspace/work-programme`);
      await check('bodies');
      await page.click('text=Harbourside Overview and Scrutiny Committee');
      await check('board');
      await page.click('text=Add a topic');
      await check('new topic');
      await page.click('button:text("Add topic")');
      await check('new topic with errors');
      await page.goBack();
      await page.goBack();
      await page.click('a:has-text("Change")');
      await check('change topic');
      await page.goBack();
      await page.click('a:has-text("Score")');
      await check('score');
      await page.fill('#score-risk', '9');
      await page.click('button:text("Save scores")');
      await check('score with errors');
      await page.goto(`${base}/workspace/meetings/${world.next}/work-programme`);
      await check('planned topics');
      await page.goto(`${base}/bodies`);
      await page.click('text=Harbourside Overview and Scrutiny Committee');
      await page.click('text=Work programme');
      await check('public work programme');
      await context.close();
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
