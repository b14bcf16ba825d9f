import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { listClerkMeetings, readClerkMeeting } from '../../../src/app/meetings/clerkMeetings.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import type { Account } from '../../../src/domain/account.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const CHEAP = { cost: { log2N: 10, r: 8, p: 1 } };

for (const dialect of DIALECTS) {
  describe(`${dialect}: a clerk's meetings`, () => {
    let t: TestStore;
    let clerk: Account;
    let councillor: Account;
    beforeEach(async () => {
      t = await testStore(dialect);
      await recordMeeting(t.store, buildMeetingRecord({ date: '2025-03-12' }), { sourceDocumentId: null });
      await recordMeeting(t.store, buildMeetingRecord({ date: '2025-01-08' }), { sourceDocumentId: null });
      clerk = (await addUser(t.store, { email: 'c@x.org', role: 'clerk', password: 'pw pw pw pw' }, 'cli:t', CHEAP))
        .account;
      councillor = (
        await addUser(t.store, { email: 'd@x.org', role: 'councillor', password: 'pw pw pw pw' }, 'cli:t', CHEAP)
      ).account;
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should list a meeting held today as coming, and reach back exactly eight weeks', async () => {
      const onTheDay = await listClerkMeetings(t.store, clerk, '2025-03-12T00:30:00Z');
      expect(onTheDay.coming.map((m) => m.date)).toEqual(['2025-03-12']);
      // 8 January is 63 days before 12 March: history, not work.
      expect(onTheDay.recent).toEqual([]);
      // ... and exactly 56 days before 5 March.
      const weekBefore = await listClerkMeetings(t.store, clerk, '2025-03-05T12:00:00Z');
      expect(weekBefore.recent.map((m) => m.date)).toEqual(['2025-01-08']);
      expect(weekBefore.coming.map((m) => m.date)).toEqual(['2025-03-12']);
    });

    it('should refuse a councillor, and an unknown meeting', async () => {
      await expect(listClerkMeetings(t.store, councillor, '2025-03-12T12:00:00Z')).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(readClerkMeeting(t.store, clerk, 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
}
