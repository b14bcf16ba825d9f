/// <reference lib="dom" />
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { publishDecisionNotice } from '../../../src/app/decisions/publishDecisionNotice.js';
import { createApp } from '../../../src/web/app.js';
import { testStore, type TestStore } from '../../store/testStores.js';
import { CHEAP } from '../workspace/browser.js';
import { axeViolations, describeViolations } from './axe.js';
import { browserAvailable, launchBrowser } from './browserHarness.js';

const NOW = new Date('2026-03-01T09:00:00Z');

/**
 * A clerk keeps the forward plan and records a call-in in a real browser, with and without
 * JavaScript, and every page on the way (forms, their errors, the public pages) passes axe at
 * desktop and phone widths.
 */
describe.skipIf(!browserAvailable())('the forward plan and call-ins in a real browser', () => {
  let t: TestStore;
  let server: ServerType;
  let base: string;
  let browser: Browser;
  let noticeId: string;

  beforeAll(async () => {
    t = await testStore('sqlite');
    await t.store.repos.bodies.ensure('Scrutiny Committee', 'committee', NOW.toISOString());
    await addUser(
      t.store,
      { email: 'clerk@council.example', role: 'clerk', password: 'correct horse' },
      'cli:t',
      CHEAP,
    );
    const account = (await t.store.repos.accounts.findByEmail('clerk@council.example'))!;
    noticeId = (
      await publishDecisionNotice(
        t.store,
        account,
        {
          title: 'Close the Northgate depot',
          decision: 'To close the depot.',
          makerKind: 'executive',
          decisionMaker: 'Cabinet',
          bodySlug: '',
          isKey: true,
          reasons: 'Costs.',
          alternatives: '',
          callIn: 'subject_to_call_in',
          urgencyReason: '',
          decidedOn: '2026-02-26',
          publishedOn: '2026-02-27',
        },
        NOW.toISOString(),
      )
    ).id;
    const app = createApp(t.store, { now: () => NOW, today: () => '2026-03-01' });
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

  for (const javaScriptEnabled of [true, false]) {
    it(`should keep the plan, record a call-in and pass axe at 1280 and 320 px (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled });
      const page = await context.newPage();
      const failures: string[] = [];
      const check = async (label: string): Promise<void> => {
        for (const width of [1280, 320]) {
          await page.setViewportSize({ width, height: 900 });
          // axe is injected as a script, so it runs only where scripts do; without them the pages are the same HTML.
          if (javaScriptEnabled)
            failures.push(...describeViolations(`${label} at ${width}px`, await axeViolations(page)));
        }
      };
      const title = javaScriptEnabled ? 'Sale of land at Northgate' : 'Library opening hours';
      await page.goto(`${base}/login`);
      await page.fill('#email', 'clerk@council.example');
      await page.fill('#password', 'correct horse');
      await page.click('button[type=submit]');
      await page.goto(`${base}/workspace`);
      await page.click('a:text-is("Forward plan")');
      await check('forward plan');
      await page.click('text=Add an entry');
      await check('new entry');
      await page.click('button:text("Add to the forward plan")');
      expect(await page.locator('.govuk-error-summary').count()).toBe(1);
      await check('new entry with errors');
      await page.fill('#title', title);
      await page.fill('#summary', 'What is to be decided.');
      await page.fill('#decisionMaker', 'Cabinet');
      await page.fill('#expectedOn-day', '20');
      await page.fill('#expectedOn-month', '3');
      await page.fill('#expectedOn-year', '2026');
      await page.fill('#noticePublishedOn-day', '1');
      await page.fill('#noticePublishedOn-month', '3');
      await page.fill('#noticePublishedOn-year', '2026');
      await page.selectOption('#exemptParagraph', '3');
      await page.click('button:text("Add to the forward plan")');
      expect(await page.textContent('body')).toContain('Only 18 clear days');
      await check('forward plan with a warning');
      await page.click(`a:text("${title}")`);
      await check('change entry');
      await page.selectOption('#lateNotice', 'general_exception');
      await page.fill('#lateReasons', 'The grant must be claimed by April.');
      await page.fill('#scrutinyChairOn-day', '28');
      await page.fill('#scrutinyChairOn-month', '2');
      await page.fill('#scrutinyChairOn-year', '2026');
      await page.click('button:text("Save changes")');
      expect(await page.textContent('body')).toContain('Forward plan saved');
      await page.click(`a:text("${title}")`);
      expect(await page.textContent('body')).toContain('The notice meets the rules as recorded.');
      await page.click('button:text("Add to work programme")');
      expect(await page.textContent('body')).toContain("Added to Scrutiny Committee's work programme");
      await check('entry added to the work programme');

      await page.goto(`${base}/forward-plan`);
      await check('public forward plan');
      await page.click(`a:text("${title}")`);
      expect(await page.textContent('body')).toContain('exempt under paragraph 3');
      expect(await page.textContent('body')).toContain('The grant must be claimed by April.');
      await check('public forward plan entry');

      await page.goto(`${base}/workspace`);
      await page.click('a:text-is("Call-ins")');
      await check('call-ins');
      await page.click('a:text("Record a call-in")');
      await check('new call-in');
      await page.click('button:text("Record call-in")');
      expect(await page.locator('.govuk-error-summary').count()).toBe(1);
      await check('new call-in with errors');
      await page.fill('#requestedOn-day', '2');
      await page.fill('#requestedOn-month', '3');
      await page.fill('#requestedOn-year', '2026');
      await page.fill('#members', 'Cllr A Smith\nCllr B Jones');
      await page.fill('#grounds', 'The consultation responses were not reported.');
      await page.click('button:text("Record call-in")');
      expect(await page.textContent('body')).toContain('Call-in saved');
      await page.locator('a:text("2 March 2026")').first().click();
      await check('call-in outcome');
      await page.selectOption('#outcome', 'referred_to_council');
      await page.fill('#outcomeOn-day', '9');
      await page.fill('#outcomeOn-month', '3');
      await page.fill('#outcomeOn-year', '2026');
      await page.click('button:text("Save outcome")');
      expect(await page.textContent('body')).toContain('Call-in saved');
      await page.goto(`${base}/decisions/${noticeId}`);
      expect(await page.textContent('body')).toContain('Referred to full council');
      await check('public decision notice with its call-ins');
      await context.close();
      expect(failures).toEqual([]);
    }, 120_000);
  }
});
