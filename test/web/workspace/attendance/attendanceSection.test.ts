import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { recordMeeting } from '../../../../src/app/recordMeeting.js';
import { createApp } from '../../../../src/web/app.js';
import { buildMeetingRecord } from '../../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

const NOW = new Date('2026-06-01T09:00:00Z');

for (const dialect of DIALECTS) {
  describe(`${dialect}: the six-month rule in the workspace`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let clerk: Browser;
    beforeEach(async () => {
      t = await testStore(dialect);
      app = createApp(t.store, { now: () => NOW });
      for (const [email, role] of [
        ['clerk@council.example', 'clerk'],
        ['cllr@council.example', 'councillor'],
      ] as const)
        await addUser(t.store, { email, role, password: 'correct horse' }, 'cli:test', CHEAP);
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          date: '2025-10-01',
          declarations: [],
          attendance: [
            { name: 'Councillor Tom Brown', kind: 'present' },
            { name: 'Councillor Ada Lovelace', kind: 'present' },
          ],
        }),
        { sourceDocumentId: null },
      );
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          date: '2026-05-06',
          declarations: [],
          attendance: [
            { name: 'Councillor Tom Brown', kind: 'apologies' },
            { name: 'Councillor Ada Lovelace', kind: 'present' },
          ],
        }),
        { sourceDocumentId: null },
      );
      clerk = new Browser(app);
      await clerk.signIn('clerk@council.example', 'correct horse');
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should warn of a member past six months and record an approval, keeping a refused form as typed', async () => {
      const page = await (await clerk.request('/workspace/attendance')).text();
      expect(page).toContain('1 member need attention.');
      expect(page).toMatch(/Tom Brown[^]*?Six months passed/);
      const formPath = /href="(\/workspace\/attendance\/[^"]+\/approval)"/.exec(page)![1]!;
      const csrf = await clerk.tokenOn(formPath);
      const refused = await clerk.request(formPath, {
        method: 'POST',
        form: {
          csrf_token: csrf,
          'approvedOn-day': '20',
          'approvedOn-month': '3',
          'approvedOn-year': '2026',
          reason: '',
        },
      });
      expect(refused.status).toBe(400);
      const html = await refused.text();
      expect(html).toContain('Enter the reason the council approved');
      expect(html).toMatch(/name="approvedOn-day"[^>]*value="20"|value="20"[^>]*name="approvedOn-day"/);
      const done = await clerk.request(formPath, {
        method: 'POST',
        form: {
          csrf_token: csrf,
          'approvedOn-day': '20',
          'approvedOn-month': '3',
          'approvedOn-year': '2026',
          reason: 'Ill health',
          'until-day': '31',
          'until-month': '12',
          'until-year': '2026',
        },
      });
      expect(done.status).toBe(303);
      const after = await (await clerk.request(done.headers.get('location')!)).text();
      expect(after).toContain('Approval recorded for Tom Brown');
      expect(after).toContain('No member is within eight weeks of the limit.');
      expect(after).toContain('Absence approved');
    });

    it('should keep the page and its form from councillors', async () => {
      const cllr = new Browser(app);
      await cllr.signIn('cllr@council.example', 'correct horse');
      expect((await cllr.request('/workspace/attendance')).status).toBe(403);
    });
  });
}
