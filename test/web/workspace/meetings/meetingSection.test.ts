import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { recordMeeting } from '../../../../src/app/recordMeeting.js';
import { createApp } from '../../../../src/web/app.js';
import { buildMeetingRecord } from '../../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

// Wednesday 12 March 2025 is the factory's meeting date: "today" is a week after it.
const NOW = new Date('2025-03-19T09:00:00Z');

for (const dialect of DIALECTS) {
  describe(`${dialect}: a clerk's meetings`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let clerk: Browser;
    let licensingClerk: Browser;
    beforeEach(async () => {
      t = await testStore(dialect);
      app = createApp(t.store, { now: () => NOW, today: () => '2025-03-19' });
      await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null });
      await recordMeeting(t.store, buildMeetingRecord({ date: '2025-04-09' }), { sourceDocumentId: null });
      await recordMeeting(t.store, buildMeetingRecord({ date: '2024-06-01' }), { sourceDocumentId: null });
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
      licensingClerk = new Browser(app);
      await licensingClerk.signIn('lic@x.org', 'correct horse');
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should list meetings held in the last eight weeks, latest first, apart from coming ones', async () => {
      const res = await clerk.request('/workspace/meetings');
      expect(res.status).toBe(200);
      const html = await res.text();
      const coming = html.indexOf('Coming meetings');
      const recent = html.indexOf('Held in the last eight weeks');
      expect(coming).toBeGreaterThan(-1);
      expect(recent).toBeGreaterThan(coming);
      expect(html.slice(coming, recent)).toContain('9 April 2025');
      expect(html.slice(recent)).toContain('12 March 2025');
      // A meeting of last June is history, not work.
      expect(html).not.toContain('1 June 2024');
    });

    it('should show only the bodies a clerk clerks, and refuse another body’s meeting hub', async () => {
      const html = await (await licensingClerk.request('/workspace/meetings')).text();
      expect(html).toContain('Licensing Committee');
      expect(html).not.toContain('Children');
      const list = await (await clerk.request('/workspace/meetings')).text();
      const hubs = [...list.matchAll(/href="(\/workspace\/meetings\/[^"/]+)"/g)].map((m) => m[1]!);
      const notLicensing: string[] = [];
      for (const hub of hubs)
        if (!(await (await clerk.request(hub)).text()).includes('Licensing Committee')) notLicensing.push(hub);
      expect(notLicensing.length).toBe(2);
      expect((await licensingClerk.request(notLicensing[0]!)).status).toBe(403);
    });

    it('should link each task of the meeting from its hub, and answer 404 for an unknown meeting', async () => {
      const list = await (await clerk.request('/workspace/meetings')).text();
      const hub = /href="(\/workspace\/meetings\/[^"/]+)"/.exec(list)![1]!;
      const res = await clerk.request(hub);
      expect(res.status).toBe(200);
      const html = await res.text();
      const id = hub.split('/').pop()!;
      expect(html).toContain(`href="/workspace/meetings/${id}/agenda"`);
      expect(html).toContain(`href="/workspace/schedule/meetings/${id}"`);
      expect(html).toContain(`href="/meetings/${id}"`);
      expect((await clerk.request('/workspace/meetings/no-such-meeting')).status).toBe(404);
    });
  });
}
