import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { approveAbsence, sixMonthReport } from '../../../src/app/attendance/sixMonthReport.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import type { Account } from '../../../src/domain/account.js';
import { AppError } from '../../../src/domain/errors.js';
import type { IsoDate } from '../../../src/domain/isoDateType.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const CHEAP = { cost: { log2N: 10, r: 8, p: 1 } };
const TODAY = '2026-06-01' as IsoDate;

for (const dialect of DIALECTS) {
  describe(`${dialect}: the six-month rule across bodies`, () => {
    let t: TestStore;
    let clerk: Account;
    let bodyClerk: Account;
    beforeEach(async () => {
      t = await testStore(dialect);
      clerk = (await addUser(t.store, { email: 'c@x.org', role: 'clerk', password: 'long enough' }, 'cli:t', CHEAP))
        .account;
      // Ada attends the scrutiny committee in May; Tom last attended in October, then only sent apologies;
      // Rhian attends another body in March, so her absence from the committee does not count against her.
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          date: '2025-10-01',
          declarations: [],
          attendance: [
            { name: 'Councillor Ada Lovelace', kind: 'present' },
            { name: 'Councillor Tom Brown', kind: 'present' },
            { name: 'Councillor Rhian Evans', kind: 'apologies' },
            { name: 'Maya Chen', kind: 'in_attendance', capacity: 'officer' },
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
            { name: 'Councillor Ada Lovelace', kind: 'present' },
            { name: 'Councillor Tom Brown', kind: 'apologies' },
            { name: 'Councillor Rhian Evans', kind: 'absent' },
          ],
        }),
        { sourceDocumentId: null },
      );
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          body: { name: 'Licensing Committee' },
          date: '2026-03-10',
          items: [],
          declarations: [],
          attendance: [{ name: 'Councillor Rhian Evans', kind: 'present' }],
        }),
        { sourceDocumentId: null },
      );
      bodyClerk = (
        await addUser(
          t.store,
          { email: 'lic@x.org', role: 'clerk', password: 'long enough', bodySlugs: ['licensing-committee'] },
          'cli:t',
          CHEAP,
        )
      ).account;
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should count attendance at any body, not apologies, and list the most urgent first without officers', async () => {
      const rows = await sixMonthReport(t.store, clerk, TODAY);
      // Within a state, the period that ends soonest comes first.
      expect(rows.map((r) => [r.displayName, r.lastAttendedOn, r.status?.state])).toEqual([
        ['Tom Brown', '2025-10-01', 'lapsed'],
        ['Rhian Evans', '2026-03-10', 'attending'],
        ['Ada Lovelace', '2026-05-06', 'attending'],
      ]);
      expect(rows[0]!.displayName).toBe('Tom Brown');
      expect(rows[0]!.status?.periodEndsOn).toBe('2026-04-01');
    });

    it('should excuse an absence approved in time, and audit the approval', async () => {
      const tom = (await sixMonthReport(t.store, clerk, TODAY)).find((r) => r.displayName === 'Tom Brown')!;
      await approveAbsence(
        t.store,
        clerk,
        tom.personId,
        { approvedOn: '2026-03-20', reason: 'Ill health', until: '2026-09-30' },
        '2026-03-21T10:00:00.000Z',
      );
      const after = (await sixMonthReport(t.store, clerk, TODAY)).find((r) => r.personId === tom.personId)!;
      expect(after.status?.state).toBe('excused');
      expect(after.status?.approval?.reason).toBe('Ill health');
      const [entry] = await t.store.transaction((repos) => repos.audit.list({ subjectKind: 'person' }));
      expect(entry).toMatchObject({ action: 'absence.approve', actor: clerk.id, subjectId: tom.personId });
    });

    it('should refuse approvals from a clerk of one body, a date to come, or an end before the start', async () => {
      const tom = (await sixMonthReport(t.store, clerk, TODAY)).find((r) => r.displayName === 'Tom Brown')!;
      const code = (p: Promise<unknown>) =>
        p.then(
          () => 'ok',
          (e: unknown) => (e instanceof AppError ? e.code : 'other'),
        );
      const input = { approvedOn: '2026-03-20', reason: 'Ill health', until: null };
      expect(await code(approveAbsence(t.store, bodyClerk, tom.personId, input, '2026-03-21T00:00:00Z'))).toBe(
        'FORBIDDEN',
      );
      expect(await code(approveAbsence(t.store, clerk, tom.personId, input, '2026-03-19T00:00:00Z'))).toBe(
        'INPUT_INVALID',
      );
      expect(
        await code(
          approveAbsence(t.store, clerk, tom.personId, { ...input, until: '2026-03-01' }, '2026-03-21T00:00:00Z'),
        ),
      ).toBe('INPUT_INVALID');
      expect(await code(approveAbsence(t.store, clerk, 'nobody', input, '2026-03-21T00:00:00Z'))).toBe('NOT_FOUND');
    });
  });
}
