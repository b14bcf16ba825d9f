/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, startPortal, type PortalUnderTest } from './browserHarness.js';

/** A visitor's page with its CSP in force; any CSP complaint or script dialog is recorded. */
async function visitorPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { page, problems };
}

describe.skipIf(!browserAvailable())('a visitor in a real browser', () => {
  let portal: PortalUnderTest;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  beforeEach(async () => {
    await context?.close();
    context = await browser.newContext({ baseURL: portal.baseUrl });
    ({ page, problems } = await visitorPage(context));
  });

  it('should search for a topic, open a meeting, follow a person and follow the topic across years', async () => {
    await page.goto('/');
    await page.getByLabel('Search agendas, minutes and decisions').fill("Children's Services Improvement");
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.url()).toContain('/search?q=');
    const firstHit = page.locator('.search-results li h3 a').first();
    expect(await page.locator('.search-results li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.search-results mark').count()).toBeGreaterThan(0);

    // The search hit for the 2023 progress report, then its meeting.
    await page
      .getByRole('link', { name: /Improvement Plan: progress report/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toMatch(/\/items\//);
    // The item names its meeting under the breadcrumbs (which lead to the committee).
    await page
      .getByRole('main')
      .getByRole('link', { name: /Children and Young People Scrutiny Panel/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toMatch(/\/meetings\//);
    expect(await page.locator('h1').innerText()).toContain('17 January 2023');
    expect(await page.getByRole('heading', { name: 'Apologies' }).count()).toBe(1);

    // A person, one click away: their record across meetings.
    await page.getByRole('link', { name: 'Priya Natarajan' }).first().click();
    await expect.poll(() => page.url()).toMatch(/\/people\//);
    expect(await page.locator('h1').innerText()).toContain('Priya Natarajan');
    const attendanceTable = page.locator('table', { hasText: 'Children and Young People Scrutiny Panel' });
    expect(await attendanceTable.count()).toBeGreaterThan(0);

    // Back to the topic and along its timeline to the earlier and later meetings.
    await page.goBack();
    await page
      .getByRole('link', { name: "Children's Services Improvement Plan: progress report", exact: true })
      .click();
    const timeline = page.locator('.timeline');
    expect(await timeline.locator('li').count()).toBeGreaterThanOrEqual(2);
    expect(await timeline.innerText()).toMatch(/2022/);
    expect(await timeline.innerText()).toMatch(/2024/);
    await timeline.getByRole('link').first().click();
    await expect.poll(() => page.url()).toMatch(/\/items\//);
    expect(await page.locator('h1').innerText()).toMatch(/Children's Services Improvement/);
    expect(await firstHit.count()).toBe(0);
    expect(problems).toEqual([]);
  }, 60_000);

  it('should work from the keyboard: skip link, search form, results', async () => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      top: document.activeElement?.getBoundingClientRect().top,
    }));
    expect(skip.text).toBe('Skip to main content');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    let reached = false;
    for (let n = 0; n < 15 && !reached; n++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'home-search');
    }
    expect(reached).toBe(true);
    await page.keyboard.type('monitoring visit');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('q=monitoring+visit');

    // Focus is visible: GOV.UK's yellow focus state, not the browser's default or nothing.
    await page.locator('.search-results a').first().focus();
    const focusStyle = await page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor);
    expect(focusStyle).toBe('rgb(255, 221, 0)');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/(items|meetings)\//);
    expect(problems).toEqual([]);
  }, 60_000);

  it('should open the collapsed menu from the keyboard at 320 pixels wide', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/bodies');
    const toggle = page.getByRole('button', { name: 'Menu' });
    expect(await toggle.isVisible()).toBe(true);
    const calendar = page.getByRole('navigation').getByRole('link', { name: 'Calendar', exact: true });
    expect(await calendar.isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await calendar.isVisible()).toBe(true);
    expect(problems).toEqual([]);
  }, 60_000);

  it('should show hostile imported text as text, with no script run and no javascript: link', async () => {
    await page.goto('/search?q=youth');
    await page
      .getByRole('link', { name: /Youth Service Review/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toMatch(/\/items\//);
    for (const path of [
      page.url(),
      await page
        .getByRole('main')
        .getByRole('link', { name: /Children and Young People/ })
        .first()
        .getAttribute('href'),
    ]) {
      await page.goto(path!);
      expect(await page.locator('main').innerText()).toContain("<script>alert('x')</script>");
      expect(await page.locator('script:not([src])').count()).toBe(0);
      // No image but the council's own logo in the header: an imported <img onerror=...> stays text.
      expect(await page.locator('main img').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
