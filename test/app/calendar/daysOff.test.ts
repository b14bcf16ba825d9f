import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { planPublication } from '../../../src/app/agenda/publishAgenda.js';
import { readAgenda } from '../../../src/app/agenda/readAgenda.js';
import { startAgenda } from '../../../src/app/agenda/startAgenda.js';
import { addDayOff, listDaysOff, removeDayOff } from '../../../src/app/calendar/daysOff.js';
import { previewCalendar } from '../../../src/app/schedule/previewCalendar.js';
import { MEETING_DATE, seedAgendaWorld } from '../../web/workspace/agendaFixtures.js';
import { CHEAP } from '../../web/workspace/browser.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const NOW = '2027-03-01T10:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`${dialect}: the council's days off`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await testStore(dialect);
    });
    afterEach(async () => {
      await t.drop();
    });

    it('should add, rename, list and remove a day off, refusing a bad date', async () => {
      expect(await addDayOff(t.store, { date: '2027-12-24', name: 'Christmas closure' })).toEqual({
        date: '2027-12-24',
        name: 'Christmas closure',
      });
      await addDayOff(t.store, { date: ' 2027-03-15 ', name: 'Staff training day' });
      await addDayOff(t.store, { date: '2027-03-15', name: 'Offices closed' });
      expect(await listDaysOff(t.store)).toEqual([
        { date: '2027-03-15', name: 'Offices closed' },
        { date: '2027-12-24', name: 'Christmas closure' },
      ]);
      await expect(addDayOff(t.store, { date: '2027-02-30', name: 'x' })).rejects.toMatchObject({
        code: 'INPUT_INVALID',
        message: expect.stringMatching(/^date: enter a date as YYYY-MM-DD/),
      });
      await expect(addDayOff(t.store, { date: '2027-02-03', name: ' ' })).rejects.toMatchObject({
        message: expect.stringMatching(/^name: /),
      });
      expect(await removeDayOff(t.store, '2027-03-15')).toBe(true);
      expect(await removeDayOff(t.store, '2027-03-15')).toBe(false);
      expect(await listDaysOff(t.store)).toHaveLength(1);
    });

    it('should move the agenda deadline earlier when the council closes on one of its clear days', async () => {
      const { meetingId } = await seedAgendaWorld(t.store);
      const clerk = (await t.store.repos.accounts.findByEmail('clerk@council.example'))!;
      await startAgenda(t.store, clerk, { meetingId }, NOW);
      // Meeting Thursday 18 March 2027: clear days 11 to 17 March, so publish by Wednesday 10th.
      expect((await readAgenda(t.store, clerk, meetingId, NOW)).deadline.lastWorkingDay).toBe('2027-03-10');
      expect(await planPublication(t.store, clerk, meetingId, NOW)).toMatchObject({
        meetingDate: MEETING_DATE,
        deadline: '2027-03-10',
        isLate: false,
      });
      await addDayOff(t.store, { date: '2027-03-15', name: 'Offices closed' });
      expect((await readAgenda(t.store, clerk, meetingId, NOW)).deadline.lastWorkingDay).toBe('2027-03-09');
      expect(await planPublication(t.store, clerk, meetingId, '2027-03-10T09:00:00.000Z')).toMatchObject({
        deadline: '2027-03-09',
        isLate: true,
      });
    });

    it('should keep a generated calendar off the council’s days off', async () => {
      const body = await t.store.repos.bodies.ensure('Planning Committee', 'committee', NOW);
      const clerk = (
        await addUser(t.store, { email: 'c@x.example', role: 'clerk', bodySlugs: [body.slug] }, 'cli:test', CHEAP)
      ).account;
      const frequency = { kind: 'monthly_day' as const, day: 15, time: '18:00' };
      const before = await previewCalendar(
        t.store,
        clerk,
        { bodyId: body.id, startYear: 2025, frequency },
        '2025-05-01',
      );
      expect(before.meetings.map((m) => m.date)).toContain('2025-07-15');
      await addDayOff(t.store, { date: '2025-07-15', name: 'Offices closed' });
      const after = await previewCalendar(
        t.store,
        clerk,
        { bodyId: body.id, startYear: 2025, frequency },
        '2025-05-01',
      );
      expect(after.meetings.map((m) => m.date)).not.toContain('2025-07-15');
      expect(after.meetings).toHaveLength(before.meetings.length);
    });
  });
}
