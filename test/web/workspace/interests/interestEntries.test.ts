import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { recordMeeting } from '../../../../src/app/recordMeeting.js';
import { createApp } from '../../../../src/web/app.js';
import { buildMeetingRecord } from '../../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

const NOW = new Date('2025-03-20T09:00:00Z');

const dates = (name: string, d: string, m: string, y: string): Record<string, string> => ({
  [`${name}-day`]: d,
  [`${name}-month`]: m,
  [`${name}-year`]: y,
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: changing and ending register of interests entries`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let clerk: Browser;
    let registerPath: string;
    let entryPath: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      app = createApp(t.store, { now: () => NOW });
      await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null });
      await addUser(t.store, { email: 'clerk@x.org', role: 'clerk', password: 'correct horse' }, 'cli:t', CHEAP);
      clerk = new Browser(app);
      await clerk.signIn('clerk@x.org', 'correct horse');
      const home = await (await clerk.request('/workspace/interests')).text();
      registerPath = /href="(\/workspace\/interests\/[^"]+)">Tom Brown</.exec(home)![1]!;
      const csrf = await clerk.tokenOn(registerPath);
      const added = await clerk.request(`${registerPath}/entries`, {
        method: 'POST',
        form: {
          csrf_token: csrf,
          category: 'land',
          description: 'Beach hut on the coastal path, Northgate',
          ...dates('aroseOn', '10', '1', '2024'),
          ...dates('registeredOn', '1', '3', '2024'),
        },
      });
      expect(added.status).toBe(303);
      const register = await (await clerk.request(registerPath)).text();
      entryPath = /href="(\/workspace\/interests\/[^"]+\/entries\/[^"]+)">Change or end/.exec(register)![1]!;
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should change an entry from the version shown, refuse a stale save keeping what was typed, and audit both', async () => {
      const page = await (await clerk.request(entryPath)).text();
      expect(page).toContain('Beach hut on the coastal path, Northgate</textarea>');
      const hidden = await clerk.hiddenFields(entryPath, entryPath);
      expect(hidden.version).toBe('0');
      const form = {
        ...hidden,
        category: 'land',
        description: 'Beach hut and slipway, Northgate',
        ...dates('aroseOn', '10', '1', '2024'),
        ...dates('registeredOn', '2', '2', '2024'),
      };
      const saved = await clerk.request(entryPath, { method: 'POST', form });
      expect(saved.status).toBe(303);
      const register = await (await clerk.request(saved.headers.get('location')!)).text();
      expect(register).toContain('Beach hut and slipway, Northgate');
      // Registered on 2 February: within the 28 days now, so no longer flagged late.
      expect(register).not.toContain('days late');
      expect(register).toContain('Entry changed');

      // A second clerk's form, opened at version 0, is refused: their text kept, what it says now shown.
      const stale = await clerk.request(entryPath, {
        method: 'POST',
        form: { ...form, description: 'Boat shed <b>by the harbour</b>' },
      });
      expect(stale.status).toBe(409);
      const staleHtml = await stale.text();
      expect(staleHtml).toContain('Someone else changed this entry');
      // Saving again after checking works: the page now carries the current version.
      expect(staleHtml).toContain('name="version" value="1"');
      expect(staleHtml).toContain('Boat shed &lt;b&gt;by the harbour&lt;/b&gt;</textarea>');
      expect(staleHtml).toContain('It now says: Land: Beach hut and slipway, Northgate');
      expect(await (await clerk.request(registerPath)).text()).not.toContain('Boat shed');

      const audit = await t.store.repos.audit.list({ subjectKind: 'interest' });
      const edit = audit.find((a) => a.action === 'interest.edit')!;
      expect(edit.before).toMatchObject({ description: 'Beach hut on the coastal path, Northgate', version: 0 });
      expect(edit.after).toMatchObject({ description: 'Beach hut and slipway, Northgate', version: 1 });
      expect(audit.filter((a) => a.action === 'interest.edit')).toHaveLength(1);
    });

    it('should end an interest: off the published register, kept with its end and the 28-day rule applied to the end', async () => {
      const hidden = await clerk.hiddenFields(entryPath, `${entryPath}/end`);
      const refused = await clerk.request(`${entryPath}/end`, {
        method: 'POST',
        form: { ...hidden, ...dates('endedOn', '1', '1', '2023'), ...dates('endRegisteredOn', '1', '3', '2025') },
      });
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('The date the interest ended must be on or after the date it arose');
      const ended = await clerk.request(`${entryPath}/end`, {
        method: 'POST',
        form: { ...hidden, ...dates('endedOn', '1', '1', '2025'), ...dates('endRegisteredOn', '10', '2', '2025') },
      });
      expect(ended.status).toBe(303);
      const register = await (await clerk.request(registerPath)).text();
      expect(register).toContain('Ended interests');
      expect(register).toContain('No entries registered.');
      // The end registered 40 days after it: 12 days past the 28 (due by 29 January 2025).
      expect(register).toContain('12 days late (due by 29 January 2025)');
      const person = /href="\/people\/([^"]+)"/.exec(register)![1]!;
      const publicPerson = await (await new Browser(app).request(`/people/${person}`)).text();
      expect(publicPerson).toContain('Register of interests');
      expect(publicPerson).not.toContain('Beach hut');
      // The old form, at the version before the end, cannot change the entry now.
      const stale = await clerk.request(entryPath, {
        method: 'POST',
        form: {
          ...hidden,
          category: 'land',
          description: 'Beach hut',
          ...dates('aroseOn', '10', '1', '2024'),
          ...dates('registeredOn', '1', '3', '2024'),
        },
      });
      expect(stale.status).toBe(409);
      const audit = await t.store.repos.audit.list({ subjectKind: 'interest' });
      expect(audit.find((a) => a.action === 'interest.end')?.after).toMatchObject({
        endedOn: '2025-01-01',
        endRegisteredOn: '2025-02-10',
      });
    });
  });
}
