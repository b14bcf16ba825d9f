import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { recordMeeting } from '../../../../src/app/recordMeeting.js';
import { createApp } from '../../../../src/web/app.js';
import { buildMeetingRecord } from '../../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

const NOW = new Date('2025-06-20T09:00:00Z');
const PASSWORD = 'correct horse';

for (const dialect of DIALECTS) {
  describe(`${dialect}: the recommendation tracker and decision makers' responses`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let clerk: Browser;
    let recommendationPath: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      app = createApp(t.store, { now: () => NOW });
      await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null });
      for (const [email, role] of [
        ['clerk@x.org', 'clerk'],
        ['leader@x.org', 'decision_maker'],
        ['partner@x.org', 'decision_maker'],
        ['cllr@x.org', 'councillor'],
      ] as const)
        await addUser(t.store, { email, role, password: PASSWORD }, 'cli:t', CHEAP);
      clerk = new Browser(app);
      await clerk.signIn('clerk@x.org', PASSWORD);
      const board = await (await clerk.request('/workspace/tracker')).text();
      recommendationPath = /href="(\/workspace\/tracker\/[^"?]+)"/.exec(board)![1]!;
    });
    afterEach(async () => {
      await t?.drop();
    });

    async function address(to: string, sent: [string, string, string]) {
      const page = await (await clerk.request(recommendationPath)).text();
      const leader = new RegExp(`<option value="([^"]+)"[^>]*>${to}</option>`).exec(page)![1]!;
      const hidden = await clerk.hiddenFields(recommendationPath, recommendationPath);
      return clerk.request(recommendationPath, {
        method: 'POST',
        form: {
          ...hidden,
          decisionMaker: 'Leader of the Council',
          addresseeAccountId: leader,
          'sentOn-day': sent[0],
          'sentOn-month': sent[1],
          'sentOn-year': sent[2],
          rag: 'amber',
        },
      });
    }

    it('should list the recommendation with its reference, and let a clerk address and send it', async () => {
      const board = await (await clerk.request('/workspace/tracker')).text();
      expect(board).toContain('2024/25-01');
      expect(board).toContain('to recommend that the Executive publishes a flood risk map');
      expect(board).toContain('No response recorded (not yet sent)');
      const sent = await address('leader@x.org', ['31', '12', '2024']);
      expect(sent.status).toBe(303);
      const page = await (await clerk.request(sent.headers.get('location')!)).text();
      expect(page).toContain('The recommendation was saved');
      expect(page).toContain('28 February 2025');
      expect(page).toContain('Amber: at risk');
      const overdue = await (await clerk.request('/workspace/tracker?state=overdue')).text();
      expect(overdue).toContain('1 recommendation, 1 overdue');
      expect(overdue).toContain('Overdue: no response recorded');
      const audit = await t.store.transaction((repos) => repos.audit.list({ subjectKind: 'recommendation' }));
      expect(audit.map((e) => e.action)).toEqual(['recommendation.change']);
    });

    it('should keep a refused form as typed, with its errors in a summary and beside the fields', async () => {
      const hidden = await clerk.hiddenFields(recommendationPath, `${recommendationPath}/response`);
      const res = await clerk.request(`${recommendationPath}/response`, {
        method: 'POST',
        form: {
          ...hidden,
          text: 'We agree <b>wholly</b>',
          'respondedOn-day': '31',
          'respondedOn-month': '2',
          'respondedOn-year': '2025',
        },
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('govuk-error-summary');
      expect(html).toContain('Choose whether the recommendation is accepted');
      expect(html).toContain('Date of the response must be a real date');
      expect(html).toContain('We agree &lt;b&gt;wholly&lt;/b&gt;');
      expect(await (await clerk.request('/workspace/tracker?state=responded')).text()).toContain('0 recommendations');
    });

    it('should let the addressed decision maker answer, refuse any other, and keep clerks’ pages from them', async () => {
      await address('leader@x.org', ['1', '5', '2025']);
      const other = new Browser(app);
      await other.signIn('partner@x.org', PASSWORD);
      const leader = new Browser(app);
      await leader.signIn('leader@x.org', PASSWORD);
      expect(await (await leader.request('/workspace')).text()).toContain('href="/workspace/responses"');
      const list = await (await leader.request('/workspace/responses')).text();
      expect(list).toContain('1 recommendation, 1 awaiting your response, 0 overdue');
      const respondPath = /href="(\/workspace\/responses\/[^"]+)"/.exec(list)![1]!;
      expect(await (await other.request('/workspace/responses')).text()).toContain(
        'No recommendations are addressed to you',
      );
      expect((await other.request(respondPath)).status).toBe(403);
      const hidden = await leader.hiddenFields(respondPath, respondPath);
      const answer = {
        ...hidden,
        acceptance: 'partially_accepted',
        text: 'Accepted in part: <script>alert(1)</script>',
        'respondedOn-day': '19',
        'respondedOn-month': '6',
        'respondedOn-year': '2025',
        implementation: '',
        action1: 'Publish the northern half of the map',
        'action1Due-day': '30',
        'action1Due-month': '9',
        'action1Due-year': '2025',
      };
      const otherToken = await other.tokenOn('/workspace');
      expect(
        (await other.request(respondPath, { method: 'POST', form: { ...answer, csrf_token: otherToken } })).status,
      ).toBe(403);
      for (const path of ['/workspace/tracker', recommendationPath, '/workspace/actions'])
        expect((await leader.request(path)).status, path).toBe(403);
      const clerkHidden = await clerk.hiddenFields(recommendationPath, recommendationPath);
      expect(
        (
          await leader.request(recommendationPath, {
            method: 'POST',
            form: { ...clerkHidden, csrf_token: hidden.csrf_token! },
          })
        ).status,
      ).toBe(403);
      const done = await leader.request(respondPath, { method: 'POST', form: answer });
      expect(done.status).toBe(303);
      expect(await (await leader.request(done.headers.get('location')!)).text()).toContain(
        'Your response to 2024/25-01 was recorded',
      );
      const page = await (await clerk.request(recommendationPath)).text();
      expect(page).toContain('Accepted in part: &lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page).not.toContain('<script>alert(1)');
      expect(page).toMatch(/Publish the northern half of the map \(Leader of the Council, by 30 September 2025\)/);
      // The clerk's action board follows the promised action too.
      expect(await (await clerk.request('/workspace/actions')).text()).toContain(
        'Publish the northern half of the map',
      );
    });

    it('should keep an exempt item’s recommendation in the tracker and off the public pages', async () => {
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          date: '2025-04-09',
          items: [
            {
              minuteNumber: '50',
              title: 'Sale of the Quillwort depot',
              isExempt: true,
              resolutions: [
                {
                  label: '1',
                  text: 'to recommend that the Executive sells the QUILLWORT-DEPOT',
                  kind: 'recommendation',
                },
              ],
            },
          ],
        }),
        { sourceDocumentId: null },
      );
      const board = await (await clerk.request('/workspace/tracker')).text();
      const row = board.slice(0, board.indexOf('QUILLWORT-DEPOT'));
      expect(row.length).toBeLessThan(board.length);
      const exemptPath = [...row.matchAll(/href="(\/workspace\/tracker\/[^"?]+)"/g)].at(-1)![1]!;
      const meetingId = /href="\/meetings\/([^"]+)"/.exec(await (await clerk.request(exemptPath)).text())![1]!;
      const meetingPage = await (await app.request(`/meetings/${meetingId}`)).text();
      expect(meetingPage).toContain('Sale of the Quillwort depot');
      const itemId = /href="\/items\/([^"]+)"/.exec(meetingPage)![1]!;
      const pages = [meetingPage, await (await app.request(`/items/${itemId}`)).text()];
      for (const html of pages) expect(html).not.toContain('QUILLWORT-DEPOT');
    });

    it("should list a meeting's recommendations from the meeting's hub", async () => {
      const meetingId = /\/meetings\/([^"]+)"/.exec(await (await clerk.request(recommendationPath)).text())![1]!;
      const hub = await (await clerk.request(`/workspace/meetings/${meetingId}`)).text();
      expect(hub).toContain(`href="/workspace/meetings/${meetingId}/tracker"`);
      const page = await (await clerk.request(`/workspace/meetings/${meetingId}/tracker`)).text();
      expect(page).toContain('2024/25-01');
      const cllr = new Browser(app);
      await cllr.signIn('cllr@x.org', PASSWORD);
      expect((await cllr.request(`/workspace/meetings/${meetingId}/tracker`)).status).toBe(403);
      expect((await cllr.request('/workspace/responses')).status).toBe(403);
    });
  });
}
