import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { recordMeeting } from '../../../../src/app/recordMeeting.js';
import { createApp } from '../../../../src/web/app.js';
import { buildMeetingRecord } from '../../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

const NOW = new Date('2026-04-01T09:00:00Z');

for (const dialect of DIALECTS) {
  describe(`${dialect}: actions on resolutions`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let clerk: Browser;
    beforeEach(async () => {
      t = await testStore(dialect);
      app = createApp(t.store, { now: () => NOW });
      await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null });
      await recordMeeting(t.store, buildMeetingRecord({ body: { name: 'Licensing Committee' } }), {
        sourceDocumentId: null,
      });
      await addUser(t.store, { email: 'clerk@x.org', role: 'clerk', password: 'correct horse' }, 'cli:t', CHEAP);
      await addUser(
        t.store,
        { email: 'lic@x.org', role: 'clerk', password: 'correct horse', bodySlugs: ['licensing-committee'] },
        'cli:t',
        CHEAP,
      );
      clerk = new Browser(app);
      await clerk.signIn('clerk@x.org', 'correct horse');
    });
    afterEach(async () => {
      await t?.drop();
    });

    async function addOne(browser: Browser, owner: string, due: [string, string, string]) {
      const board = await (await browser.request('/workspace/actions')).text();
      const newPath = /href="(\/workspace\/actions\/new\?resolution=[^"]+)"/.exec(board)![1]!.replace(/&amp;/g, '&');
      const csrf = await browser.tokenOn(newPath);
      const resolutionId = /name="resolutionId" value="([^"]+)"/.exec(
        await (await browser.request(newPath)).text(),
      )![1]!;
      return browser.request('/workspace/actions', {
        method: 'POST',
        form: {
          csrf_token: csrf,
          resolutionId,
          description: 'Publish the flood risk map',
          owner,
          'dueOn-day': due[0],
          'dueOn-month': due[1],
          'dueOn-year': due[2],
        },
      });
    }

    it('should add an action to a resolution, keep a refused form as typed, and flag it once overdue', async () => {
      const refused = await addOne(clerk, '', ['31', '2', '2026']);
      expect(refused.status).toBe(400);
      const html = await refused.text();
      expect(html).toContain('Enter who is to do it');
      expect(html).toContain('Due date must be a real date');
      expect(html).toContain('Publish the flood risk map');
      expect((await addOne(clerk, 'Director of Place', ['15', '3', '2026'])).status).toBe(303);
      const board = await (await clerk.request('/workspace/actions')).text();
      expect(board).toContain('1 action, 1 overdue');
      expect(board).toMatch(/Publish the flood risk map[^]*?Director of Place[^]*?15 March 2026[^]*?Overdue/);
      const byOwner = await (await clerk.request('/workspace/actions?owner=Someone%20else')).text();
      expect(byOwner).toContain('0 actions, 0 overdue');
    });

    it('should not let a second clerk overwrite a change made since they opened the form', async () => {
      await addOne(clerk, 'Director of Place', ['30', '4', '2026']);
      const changePath = /href="(\/workspace\/actions\/(?!new)[^"]+)"/.exec(
        await (await clerk.request('/workspace/actions')).text(),
      )![1]!;
      const other = new Browser(app);
      await other.signIn('clerk@x.org', 'correct horse');
      const mine = await (await clerk.request(changePath)).text();
      const theirs = await (await other.request(changePath)).text();
      const token = (html: string) => /name="csrf_token" value="([^"]+)"/.exec(html)![1]!;
      const version = (html: string) => /name="version" value="(\d+)"/.exec(html)![1]!;
      const post = (b: Browser, html: string, status: string, owner: string) =>
        b.request(changePath, {
          method: 'POST',
          form: {
            csrf_token: token(html),
            version: version(html),
            status,
            owner,
            'dueOn-day': '30',
            'dueOn-month': '4',
            'dueOn-year': '2026',
          },
        });
      expect((await post(clerk, mine, 'done', 'Director of Place')).status).toBe(303);
      const stale = await post(other, theirs, 'in_progress', 'Head of Flood Risk');
      expect(stale.status).toBe(409);
      const page = await stale.text();
      expect(page).toContain('Someone else changed this action');
      expect(page).toContain('value="Head of Flood Risk"');
      // The page now carries the current version: saving again is a deliberate overwrite.
      expect((await post(other, page, 'in_progress', 'Head of Flood Risk')).status).toBe(303);
      const audit = await t.store.transaction((repos) => repos.audit.list({ subjectKind: 'action' }));
      expect(audit.map((e) => e.action).sort()).toEqual(['action.add', 'action.change', 'action.change']);
    });

    it("should refuse a clerk an action on another body's resolution", async () => {
      const board = await (await clerk.request('/workspace/actions')).text();
      const scrutiny = /href="(\/workspace\/actions\/new\?resolution=[^"]+)"/.exec(
        board.slice(board.indexOf('Harbourside')),
      )![1]!;
      const lic = new Browser(app);
      await lic.signIn('lic@x.org', 'correct horse');
      expect((await lic.request(scrutiny.replace(/&amp;/g, '&'))).status).toBe(403);
      expect(await (await lic.request('/workspace/actions')).text()).not.toContain('Harbourside');
    });
  });
}
