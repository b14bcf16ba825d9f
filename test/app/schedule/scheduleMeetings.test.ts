import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { cancelMeeting } from '../../../src/app/schedule/cancelMeeting.js';
import { confirmCalendar } from '../../../src/app/schedule/confirmCalendar.js';
import { createMeeting } from '../../../src/app/schedule/createMeeting.js';
import { editMeetingPlace } from '../../../src/app/schedule/editMeetingPlace.js';
import { moveMeeting } from '../../../src/app/schedule/moveMeeting.js';
import { previewCalendar } from '../../../src/app/schedule/previewCalendar.js';
import { reinstateMeeting } from '../../../src/app/schedule/reinstateMeeting.js';
import type { Account } from '../../../src/domain/account.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const PLACE = {
  venue: 'Council Chamber',
  isRemote: false,
  streamUrl: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};
const AT = '2025-03-03T10:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`${dialect}: scheduling use cases`, () => {
    let t: TestStore;
    let clerk: Account;
    let other: Account;
    let bodyId: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      const body = await t.store.repos.bodies.ensure('Planning Committee', 'committee', AT);
      const licensing = await t.store.repos.bodies.ensure('Licensing Committee', 'committee', AT);
      bodyId = body.id;
      clerk = (await addUser(t.store, { email: 'c@x.example', role: 'clerk', bodySlugs: [body.slug] }, 'cli:test'))
        .account;
      other = (await addUser(t.store, { email: 'o@x.example', role: 'clerk', bodySlugs: [licensing.slug] }, 'cli:test'))
        .account;
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should refuse a clerk of another body in every write, writing nothing', async () => {
      const input = { bodyId, date: '2025-04-10', startTime: '18:00', ...PLACE };
      await expect(createMeeting(t.store, other, input, AT)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const made = await createMeeting(t.store, clerk, input, AT);
      if (!made.ok) throw new Error('not created');
      const id = made.value.id;
      await expect(
        moveMeeting(t.store, other, { meetingId: id, date: '2025-04-11', startTime: '18:00' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(cancelMeeting(t.store, other, { meetingId: id, reason: 'x' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(editMeetingPlace(t.store, other, { meetingId: id, ...PLACE })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(
        confirmCalendar(t.store, other, { bodyId, meetings: [{ row: 1, date: '2025-05-01', startTime: '18:00' }] }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect((await t.store.repos.audit.list({ subjectKind: 'meeting' })).map((e) => e.action)).toEqual([
        'meeting.create',
      ]);
    });

    it('should grow the revision only with what a calendar shows, keep each public change, and refuse a stale form', async () => {
      const made = await createMeeting(
        t.store,
        clerk,
        { bodyId, date: '2025-04-10', startTime: '18:00', ...PLACE },
        AT,
      );
      if (!made.ok) throw new Error('not created');
      const id = made.value.id;
      expect(made.value.revision).toBe(0);
      const contact = await editMeetingPlace(
        t.store,
        clerk,
        { meetingId: id, ...PLACE, contactName: 'Ann Officer' },
        '2025-03-03T10:01:00.000Z',
      );
      expect(contact.ok && contact.value.revision).toBe(0);
      const stream = await editMeetingPlace(t.store, clerk, {
        meetingId: id,
        ...PLACE,
        isRemote: true,
        streamUrl: 'http://insecure.example',
      });
      expect(stream.ok ? [] : stream.problems).toEqual([
        { field: 'streamUrl', message: 'Enter the full address of the stream, starting https://' },
      ]);
      const moved = await moveMeeting(
        t.store,
        clerk,
        { meetingId: id, date: '2025-04-17', startTime: '17:30', seenUpdatedAt: '2025-03-03T10:01:00.000Z' },
        '2025-03-03T10:02:00.000Z',
      );
      expect(moved.ok && moved.value.revision).toBe(1);
      await expect(
        cancelMeeting(t.store, clerk, { meetingId: id, reason: 'x', seenUpdatedAt: '2025-03-03T10:01:00.000Z' }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      const cancelled = await cancelMeeting(
        t.store,
        clerk,
        { meetingId: id, reason: 'No business' },
        '2025-03-03T10:03:00.000Z',
      );
      expect(cancelled.ok && cancelled.value.revision).toBe(2);
      await expect(
        moveMeeting(t.store, clerk, { meetingId: id, date: '2025-04-24', startTime: '18:00' }),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      const back = await reinstateMeeting(t.store, clerk, { meetingId: id }, '2025-03-03T10:04:00.000Z');
      expect([back.status, back.revision]).toEqual(['scheduled', 3]);
      const changes = await t.store.repos.meetingChanges.ofMeeting(id);
      expect(changes.map((c) => [c.kind, c.fromDate, c.toDate, c.reason])).toEqual([
        ['moved', '2025-04-10', '2025-04-17', null],
        ['cancelled', '2025-04-17', '2025-04-17', 'No business'],
        ['reinstated', '2025-04-17', '2025-04-17', null],
      ]);
      // A new meeting on the date the first one left takes a fresh id, not the moved meeting's.
      const again = await createMeeting(
        t.store,
        clerk,
        { bodyId, date: '2025-04-10', startTime: '18:00', ...PLACE },
        AT,
      );
      expect(again.ok && again.value.id).not.toBe(id);
      const sameDay = await createMeeting(
        t.store,
        clerk,
        { bodyId, date: '2025-04-17', startTime: '10:00', ...PLACE },
        AT,
      );
      expect(sameDay.ok ? [] : sameDay.problems.map((p) => p.field)).toEqual(['date']);
    });

    it('should schedule a confirmed calendar all or nothing', async () => {
      const bad = await confirmCalendar(t.store, clerk, {
        bodyId,
        meetings: [
          { row: 1, date: '2025-06-02', startTime: '18:00' },
          { row: 2, date: '2025-06-02', startTime: '10:00' },
          { row: 3, date: '2025-07-07', startTime: 'evening' },
        ],
      });
      expect(bad.ok ? [] : bad.problems.map((p) => p.field)).toEqual(['date-2', 'time-3']);
      expect(await t.store.repos.meetings.ofBody(bodyId, '2025-01-01', '2026-12-31')).toHaveLength(0);
      const preview = await previewCalendar(
        t.store,
        clerk,
        { bodyId, startYear: 2025, frequency: { kind: 'monthly_day', day: 31, time: '18:00' } },
        '2025-05-01',
      );
      expect(preview.meetings).toHaveLength(12);
      const ok = await confirmCalendar(
        t.store,
        clerk,
        { bodyId, meetings: preview.meetings.map((m, i) => ({ row: i + 1, date: m.date, startTime: m.time })) },
        AT,
      );
      expect(ok.ok && ok.value.map((m) => m.status)).toEqual(Array(12).fill('scheduled'));
      expect(await t.store.repos.audit.list({ subjectKind: 'meeting', limit: 100 })).toHaveLength(12);
      const next = await previewCalendar(
        t.store,
        clerk,
        { bodyId, startYear: 2025, frequency: { kind: 'monthly_day', day: 31, time: '18:00' } },
        '2025-05-01',
      );
      expect(next.meetings).toHaveLength(0);
      expect(next.leftOut.filter((l) => l.reason === 'the body already meets that day')).toHaveLength(12);
    });

    it("should start a stored revision from the old SEQUENCE so that a subscriber's calendar never goes back", async () => {
      // The migration's backfill, run again over a meeting recorded before it: created and updated 90.5 seconds apart.
      const made = await createMeeting(
        t.store,
        clerk,
        { bodyId, date: '2025-04-10', startTime: '18:00', ...PLACE },
        AT,
      );
      if (!made.ok) throw new Error('not created');
      const db = dbOf(t.store);
      await db.updateTable('meetings').set({ updatedAt: '2025-03-03T10:01:30.500Z', revision: 0 }).execute();
      const { MIGRATIONS } = await import('../../../src/store/migrations/index.js');
      const migration = MIGRATIONS['0008-meeting-schedule']!;
      await migration.down!(db);
      await migration.up(db);
      const row = await sql<{ revision: number }>`SELECT revision FROM meetings`.execute(db);
      expect(Number(row.rows[0]!.revision)).toBe(90);
    });
  });
}
