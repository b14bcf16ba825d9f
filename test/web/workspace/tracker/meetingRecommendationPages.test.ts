import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { importPaths } from '../../../../src/app/importDocuments.js';
import { createApp } from '../../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

/** Our own prose minutes of a scrutiny committee: no items, one "RESOLVED to recommend ...". */
const PROSE_SCRUTINY_MINUTES = fileURLToPath(
  new URL('../../../fixtures/tracker/prose-scrutiny-minutes.txt', import.meta.url),
);
const NOW = new Date('2026-01-10T09:00:00Z');
const PASSWORD = 'correct horse';
/** The recommendation's words as every page must show them: escaped, never as markup. */
const ESCAPED = 'funds a &lt;b&gt;damp &amp; mould&lt;/b&gt; survey';

for (const dialect of DIALECTS) {
  describe(`${dialect}: a recommendation a meeting made outside any item, on the clerk's and decision maker's pages`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let clerk: Browser;
    let board: string;
    let recommendationPath: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      app = createApp(t.store, { now: () => NOW });
      await importPaths(t.store, [PROSE_SCRUTINY_MINUTES]);
      for (const [email, role] of [
        ['clerk@x.org', 'clerk'],
        ['cabinet@x.org', 'decision_maker'],
      ] as const)
        await addUser(t.store, { email, role, password: PASSWORD }, 'cli:t', CHEAP);
      clerk = new Browser(app);
      await clerk.signIn('clerk@x.org', PASSWORD);
      const response = await clerk.request('/workspace/tracker');
      expect(response.status).toBe(200);
      board = await response.text();
      recommendationPath = /href="(\/workspace\/tracker\/[^"?]+)"/.exec(board)![1]!;
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should list it on the tracker board with its reference and meeting, escaped, and no item', () => {
      expect(board).toContain('1 recommendation, 0 overdue');
      expect(board).toContain('2025/26-01');
      expect(board).toContain(ESCAPED);
      expect(board).not.toContain('<b>damp');
      expect(board).toContain('Ashcombe Overview and Scrutiny Committee, 9 October 2025</span>');
      expect(board).toContain('No response recorded (not yet sent)');
      expect(board).not.toContain('undefined');
    });

    it('should show it on its meeting’s part of the tracker', async () => {
      const meetingId = /href="\/meetings\/([^"]+)"/.exec(await (await clerk.request(recommendationPath)).text())![1]!;
      const page = await (await clerk.request(`/workspace/meetings/${meetingId}/tracker`)).text();
      expect(page).toContain('2025/26-01');
      expect(page).toContain(ESCAPED);
    });

    it('should show its page with the meeting in place of an item, take the date sent, and a response', async () => {
      const page = await (await clerk.request(recommendationPath)).text();
      expect(page).toContain('None: resolved by the meeting, not under an item');
      expect(page).toContain('9 October 2025</a>');
      expect(page).toContain(ESCAPED);
      expect(page).not.toContain('undefined');
      const dm = new RegExp('<option value="([^"]+)"[^>]*>cabinet@x.org</option>').exec(page)![1]!;
      const sent = await clerk.request(recommendationPath, {
        method: 'POST',
        form: {
          ...(await clerk.hiddenFields(recommendationPath, recommendationPath)),
          decisionMaker: 'The Cabinet',
          addresseeAccountId: dm,
          'sentOn-day': '20',
          'sentOn-month': '11',
          'sentOn-year': '2025',
          rag: '',
        },
      });
      expect(sent.status).toBe(303);
      // Two calendar months on from 20 November 2025.
      expect(await (await clerk.request(recommendationPath)).text()).toContain('20 January 2026');
      const cabinet = new Browser(app);
      await cabinet.signIn('cabinet@x.org', PASSWORD);
      const list = await (await cabinet.request('/workspace/responses')).text();
      expect(list).toContain('1 recommendation, 1 awaiting your response, 0 overdue');
      expect(list).toContain(ESCAPED);
      expect(list).not.toContain('undefined');
      const respondPath = /href="(\/workspace\/responses\/[^"]+)"/.exec(list)![1]!;
      const answer = await cabinet.request(respondPath, {
        method: 'POST',
        form: {
          ...(await cabinet.hiddenFields(respondPath, respondPath)),
          acceptance: 'partially_accepted',
          text: 'A survey of <i>half</i> the homes first.',
          'respondedOn-day': '5',
          'respondedOn-month': '1',
          'respondedOn-year': '2026',
          implementation: '',
          action1: 'Commission the first survey',
          'action1Due-day': '1',
          'action1Due-month': '3',
          'action1Due-year': '2026',
        },
      });
      expect(answer.status).toBe(303);
      const answered = await (await clerk.request(recommendationPath)).text();
      expect(answered).toContain('A survey of &lt;i&gt;half&lt;/i&gt; the homes first.');
      expect(answered).toMatch(/Commission the first survey \(The Cabinet, by 1 March 2026\)/);
      // The action hangs on the meeting's own resolution: the clerk's action board places it at the meeting.
      const actions = await (await clerk.request('/workspace/actions')).text();
      expect(actions).toContain('Commission the first survey');
      expect(actions).toContain('Ashcombe Overview and Scrutiny Committee');
      expect(actions).not.toContain('undefined');
    });
  });
}
