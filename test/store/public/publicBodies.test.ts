import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../testStores.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: PublicBodies`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          date: '2024-03-01',
          attendance: [
            { name: 'Councillor Ada Lovelace', kind: 'present', roleText: 'Chair' },
            { name: 'Councillor Old Member', kind: 'present' },
          ],
        }),
        { sourceDocumentId: null },
      );
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          date: '2024-07-01',
          attendance: [
            { name: 'Councillor Ada Lovelace', kind: 'apologies', reason: 'unwell' },
            { name: 'Maya Chen', kind: 'in_attendance', capacity: 'officer' },
          ],
        }),
        { sourceDocumentId: null },
      );
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should list members over time, current first, without officers', async () => {
      const detail = await t.store.public.bodies.detail('harbourside-overview-and-scrutiny-committee', '2024-09-01');
      expect(detail!.members.map((m) => [m.name, m.current, m.firstSeen, m.lastSeen, m.roles])).toEqual([
        ['Ada Lovelace', true, '2024-03-01', '2024-07-01', ['Chair']],
        ['Old Member', false, '2024-03-01', '2024-03-01', []],
      ]);
    });

    it('should take nobody for a current member when the body last met over a year before', async () => {
      const detail = await t.store.public.bodies.detail('harbourside-overview-and-scrutiny-committee', '2026-12-05');
      expect(detail!.members.map((m) => [m.name, m.current])).toEqual([
        ['Ada Lovelace', false],
        ['Old Member', false],
      ]);
    });

    it('should group meetings by municipal year, newest first', async () => {
      const detail = await t.store.public.bodies.detail('harbourside-overview-and-scrutiny-committee', '2024-09-01');
      expect(detail!.meetingsByYear.map((y) => [y.municipalYear, y.meetings.length])).toEqual([
        ['2024/25', 1],
        ['2023/24', 1],
      ]);
      expect(await t.store.public.bodies.detail('nope', '2024-09-01')).toBeUndefined();
    });
  });
}
