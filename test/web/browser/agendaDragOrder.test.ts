/// <reference lib="dom" />
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAgendaItem } from '../../../src/app/agenda/agendaItems.js';
import { readAgenda } from '../../../src/app/agenda/readAgenda.js';
import { testStore, type TestStore } from '../../store/testStores.js';
import { agendaApp, seedAgendaWorld, type AgendaApp } from '../workspace/agendaFixtures.js';
import { axeViolations, describeViolations } from './axe.js';
import { browserAvailable, launchBrowser } from './browserHarness.js';

/**
 * The agenda's drag-and-drop ordering in Debian's chromium, under the real Content-Security-Policy:
 * one item moved by keyboard alone, one dragged with the mouse, each saved (the order survives a
 * reload); a drag from a stale page refused with the reason shown and the server's order back;
 * and axe on the page with the script running, an item picked up.
 */
describe.skipIf(!browserAvailable())('dragging agenda items into order in a real browser', () => {
  let t: TestStore;
  let env: AgendaApp;
  let server: ServerType;
  let base: string;
  let meetingId: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await testStore('sqlite');
    ({ meetingId } = await seedAgendaWorld(t.store));
    env = await agendaApp(t.store);
    server = await new Promise((resolve) => {
      const s = serve({ fetch: env.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await t?.drop();
    if (env) fs.rmSync(env.dataDir, { recursive: true, force: true });
  });

  const agendaUrl = () => `${base}/workspace/meetings/${meetingId}/agenda`;

  async function signIn(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await page.fill('#email', 'clerk@council.example');
    await page.fill('#password', 'correct horse');
    await page.click('button[type=submit]');
    return page;
  }

  const titles = (page: Page) =>
    page.$$eval('#agenda-items tbody tr', (trs) => trs.map((tr) => tr.querySelector('a')?.textContent?.trim() ?? ''));
  const said = (page: Page) => page.locator('[aria-live="assertive"]');
  const handle = (page: Page, title: string) =>
    page.getByRole('button', { name: new RegExp(`^Reorder\\s*: item \\S+, ${title}$`) });

  it('should move an item by keyboard alone and another with the mouse, and keep both after a reload', async () => {
    const context = await browser.newContext();
    context.setDefaultTimeout(10_000);
    const page = await signIn(context);
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) blocked.push(m.text());
    });
    page.on('pageerror', (e) => blocked.push(e.message));
    await page.goto(agendaUrl());
    await page.click('button:has-text("Start the agenda")');
    for (const title of ['Library opening hours', 'Bus lane consultation']) {
      await page.fill('#title', title);
      await page.click('button:has-text("Add the item")');
    }
    await page.waitForSelector('[data-drag-handle]');
    expect(await page.locator('[data-drag-handle]').count()).toBe(6);
    // The Move up / Move down forms are still there beside the handles.
    expect(await page.locator('button:has-text("Move up")').count()).toBe(5);

    // Keyboard only: the handle is focused, then Space picks up, arrows move, Space drops.
    await handle(page, 'Library opening hours').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => said(page).textContent()).toContain('Picked up item 5 of 6, Library opening hours');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => said(page).textContent()).toBe('Library opening hours, moved to position 2 of 6.');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => said(page).textContent()).toBe('Library opening hours, moved to position 3 of 6.');
    // Escape puts it back where it was picked up; nothing is sent.
    await page.keyboard.press('Escape');
    await expect
      .poll(() => said(page).textContent())
      .toBe('Move cancelled. Library opening hours is back at position 5 of 6.');
    // Tabbing away while it is picked up puts it back too.
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => said(page).textContent())
      .toBe('Move cancelled. Library opening hours is back at position 5 of 6.');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => said(page).textContent()).toMatch(/^Order saved\. Library opening hours is at position 2/);
    // The handle keeps the focus, so the next move is a key press away.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Library opening hours');
    expect(await titles(page)).toEqual([
      'Apologies for absence',
      'Library opening hours',
      'Declarations of interests',
      'Minutes of the last meeting',
      'Work programme',
      'Bus lane consultation',
    ]);

    // The mouse: the last item's handle dragged above the first row's middle.
    const from = (await handle(page, 'Bus lane consultation').boundingBox())!;
    const first = (await page.locator('#agenda-items tbody tr').first().boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, first.y + first.height / 4, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => said(page).textContent()).toMatch(/^Order saved\. Bus lane consultation is at position 1/);

    const expected = [
      'Bus lane consultation',
      'Apologies for absence',
      'Library opening hours',
      'Declarations of interests',
      'Minutes of the last meeting',
      'Work programme',
    ];
    await page.reload();
    expect(await titles(page)).toEqual(expected);
    // Numbered by place while a draft, as the server draws them.
    expect(
      await page.$$eval('#agenda-items tbody tr td:first-child', (tds) => tds.map((td) => td.textContent)),
    ).toEqual(['1', '2', '3', '4', '5', '6']);
    const clerk = (await t.store.repos.accounts.findByEmail('clerk@council.example'))!;
    const saved = await readAgenda(t.store, clerk, meetingId, new Date().toISOString());
    expect(saved.items.map((i) => i.title)).toEqual(expected);
    const actions = (await t.store.repos.audit.list({ limit: 100 })).filter((e) => e.action === 'agenda.reorder');
    expect(actions).toHaveLength(2);

    // A stale page: someone else adds an item; the drag is refused, the page says why and shows the saved order.
    await addAgendaItem(
      t.store,
      clerk,
      {
        meetingId,
        version: saved.version!,
        title: 'Added by a colleague',
        description: '',
        exempt: false,
        exemptParagraph: '',
      },
      new Date().toISOString(),
    );
    await handle(page, 'Work programme').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#agenda-order-message').textContent())
      .toContain('Someone else changed this agenda since you opened it');
    expect(await said(page).textContent()).toContain('Your new order was not saved');
    expect(await titles(page)).toEqual([...expected, 'Added by a colleague']);
    // The page now carries the current version: the next move is saved.
    await handle(page, 'Added by a colleague').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => said(page).textContent()).toMatch(/^Order saved\. Added by a colleague is at position 6/);
    expect(await page.locator('#agenda-order-message').textContent()).toBe('The new order is saved.');

    // From the page a refused form left (its address is the form's, /agenda/items), a drop still
    // redraws the list from the agenda's own page.
    await page.click('button:has-text("Add the item")');
    expect(new URL(page.url()).pathname).toMatch(/\/agenda\/items$/);
    await handle(page, 'Added by a colleague').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect.poll(() => said(page).textContent()).toMatch(/^Order saved\. Added by a colleague is at position 1/);
    expect(await page.locator('#agenda-order-message').textContent()).toBe('The new order is saved.');
    expect((await titles(page))[0]).toBe('Added by a colleague');

    expect(blocked).toEqual([]);
    await context.close();
  }, 120_000);

  it('should pass axe-core (WCAG 2.2 A and AA) with the script running and an item picked up, at 1280 and 320 pixels', async () => {
    // axe is injected as a script, which the CSP rightly forbids; only this context bypasses it.
    const context = await browser.newContext({ bypassCSP: true });
    context.setDefaultTimeout(10_000);
    const page = await signIn(context);
    await page.goto(agendaUrl());
    await page.waitForSelector('[data-drag-handle]');
    const failures: string[] = [];
    for (const [width, height] of [
      [1280, 800],
      [320, 640],
    ] as const) {
      await page.setViewportSize({ width, height });
      failures.push(...describeViolations(`${width}px agenda with handles`, await axeViolations(page)));
      await handle(page, 'Library opening hours').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowDown');
      failures.push(...describeViolations(`${width}px agenda, an item picked up`, await axeViolations(page)));
      await page.keyboard.press('Escape');
    }
    expect(failures).toEqual([]);
    await context.close();
  }, 120_000);
});
