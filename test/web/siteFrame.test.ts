import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../src/app/importDocuments.js';
import { setSetting } from '../../src/app/settings/setSetting.js';
import { createApp } from '../../src/web/app.js';
import { oparlErrors } from '../publish/oparl/oparlSchemas.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';

const COUNCIL = 'Nottingham City Council';
const BASE = 'https://committees.example.gov.uk';
/** Feeds, downloads and machine-readable data are linked from pages but are not pages. */
const NOT_A_PAGE = /^\/(feeds|api|oparl)\/|^\/exports\/.|\/original$|^\/logo$/;
/** Pages no link leads to on their own: a search, a form with a bad date, a page that does not exist. */
const EXTRA_PAGES = [
  '/search?q=children',
  '/search?q=the&page=2',
  '/search?q=school&from-day=31&from-month=2&from-year=2024',
  '/calendar?month=2024-05',
  '/no-such-page',
];
/** Where the server keeps things: none may appear in what the public is sent. */
const SERVER_PATHS = [path.resolve('sample'), process.cwd(), os.tmpdir(), os.homedir()];
/** The calendar links month to month without end: the walk keeps to the years around the sample's meetings. */
const FAR_MONTH = /^\/calendar\?month=(?!202[2-6]-)/;
const ABSOLUTE_PATH = /(?:^|[\s"'>(=])(?:\/(?:home|work|tmp|var|srv|opt|root|Users)\/|[A-Z]:\\)/;

/** Every page of the portal reached by following its own links from the home page, with its HTML and status. */
async function crawlPages(app: ReturnType<typeof createApp>): Promise<Map<string, { status: number; html: string }>> {
  const pages = new Map<string, { status: number; html: string }>();
  const queue = ['/', ...EXTRA_PAGES];
  const seen = new Set(queue);
  while (queue.length > 0 && pages.size < 2000) {
    const path = queue.shift()!;
    const response = await app.request(path);
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    const html = await response.text();
    pages.set(path, { status: response.status, html });
    for (const m of html.matchAll(/href="([^"#]*)/g)) {
      const link = m[1]!.replace(/&amp;/g, '&');
      if (
        !link.startsWith('/') ||
        link.startsWith('//') ||
        NOT_A_PAGE.test(link) ||
        FAR_MONTH.test(link) ||
        seen.has(link)
      )
        continue;
      seen.add(link);
      queue.push(link);
    }
  }
  return pages;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: the council's site`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let pages: Map<string, { status: number; html: string }>;
    beforeAll(async () => {
      t = await testStore(dialect);
      const report = await importPaths(t.store, ['sample']);
      expect(report.results.filter((r) => r.status === 'Failed')).toEqual([]);
      app = createApp(t.store, { today: () => '2024-04-01', baseUrl: BASE });
      // Pages before the settings: a fresh install says "Council", never "Quorum".
      const before = await (await app.request('/')).text();
      expect(before).toContain('<title>Committee meetings - Council</title>');
      await setSetting(t.store, 'council_name', COUNCIL);
      await setSetting(t.store, 'council_url', 'https://www.nottinghamcity.gov.uk');
      await setSetting(t.store, 'contact_email', 'democratic.services@nottinghamcity.gov.uk');
      await setSetting(t.store, 'logo', 'test/fixtures/settings/crest.svg');
      pages = await crawlPages(app);
    }, 120_000);
    afterAll(async () => {
      await t?.drop();
    });

    it('should reach every kind of page, the statements in the footer included', () => {
      const kinds = new Set([...pages.keys()].map((p) => p.split(/[/?]/)[1] || 'home'));
      for (const kind of ['home', 'bodies', 'meetings', 'items', 'people', 'documents', 'calendar', 'search'])
        expect(kinds, kind).toContain(kind);
      for (const page of ['/accessibility', '/privacy', '/licence', '/exports'])
        expect(pages.get(page)?.status, page).toBe(200);
      expect(pages.size).toBeGreaterThan(40);
    });

    it('should start every page with a DOCTYPE and name the council in its title and header', () => {
      const wrong: string[] = [];
      for (const [path, { html }] of pages) {
        if (!html.startsWith('<!DOCTYPE html>')) wrong.push(`${path}: no DOCTYPE`);
        const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
        if (!title.endsWith(` - ${COUNCIL}`)) wrong.push(`${path}: title "${title}"`);
        if (!html.includes(`<span class="quorum-council-name">${COUNCIL}</span>`)) wrong.push(`${path}: header`);
        if (!html.includes('govuk-phase-banner')) wrong.push(`${path}: phase banner`);
        if (
          !html.includes('href="/accessibility"') ||
          !html.includes('href="/privacy"') ||
          !html.includes('href="/licence"')
        )
          wrong.push(`${path}: footer`);
      }
      expect(wrong).toEqual([]);
    });

    it('should give no page a path on the server', () => {
      const leaks: string[] = [];
      for (const [path, { html }] of pages) {
        for (const serverPath of SERVER_PATHS) if (html.includes(serverPath)) leaks.push(`${path}: ${serverPath}`);
        const absolute = ABSOLUTE_PATH.exec(html);
        if (absolute) leaks.push(`${path}: ${html.slice(absolute.index, absolute.index + 60)}`);
      }
      expect(leaks).toEqual([]);
    });

    it('should title a meeting by its date in words, its committee and the council', () => {
      const meeting = [...pages].find(([p]) => p.startsWith('/meetings/'))!;
      expect(meeting[1].html).toMatch(/<title>\d{1,2} [A-Z][a-z]+ \d{4} - [^<]+ - Nottingham City Council<\/title>/);
      expect(pages.get('/')!.html).toContain(`<title>Committee meetings - ${COUNCIL}</title>`);
      expect(pages.get('/no-such-page')!.status).toBe(404);
      expect(pages.get('/search?q=school&from-day=31&from-month=2&from-year=2024')!.html).toContain(
        `<title>Error: Search: school - ${COUNCIL}</title>`,
      );
    });

    it('should link the header to the council and show its logo, served inert', async () => {
      const home = pages.get('/')!.html;
      expect(home).toContain('href="https://www.nottinghamcity.gov.uk/" class="govuk-generic-header__homepage-link');
      expect(home).toContain('<img src="/logo" alt=""');
      expect(home).toContain('href="mailto:democratic.services@nottinghamcity.gov.uk"');
      const logo = await app.request('/logo');
      expect(logo.headers.get('content-type')).toBe('image/svg+xml');
      expect(logo.headers.get('content-security-policy')).toContain('sandbox');
      expect(await logo.text()).toContain('<svg');
    });

    it('should name the council in the feeds and as the OParl body', async () => {
      const rss = await (await app.request('/feeds/meetings.rss')).text();
      expect(rss).toContain(`<title>Committee meetings - ${COUNCIL}</title>`);
      const atom = await (await app.request('/feeds/meetings.atom')).text();
      expect(atom).toMatch(new RegExp(`<author>\\s*<name>${COUNCIL}</name>\\s*</author>`));
      const ics = await (await app.request('/feeds/meetings.ics')).text();
      expect(ics).toContain(`Committee meetings - ${COUNCIL}`);
      const system = (await (await app.request('/oparl/v1/system')).json()) as Record<string, unknown>;
      const bodies = (await (await app.request(new URL(String(system.body)).pathname)).json()) as {
        data: Record<string, unknown>[];
      };
      const body = bodies.data[0]!;
      expect(system.name).toBe(`${COUNCIL} committee information (Quorum)`);
      expect(body).toMatchObject({
        name: COUNCIL,
        website: 'https://www.nottinghamcity.gov.uk/',
        contactEmail: 'democratic.services@nottinghamcity.gov.uk',
      });
      expect(oparlErrors('Body', body)).toEqual([]);
      expect(oparlErrors('System', system)).toEqual([]);
    });
  });
}
