import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../testStores.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: PublicPeople`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
      const meetings: [string, { name: string; kind: 'present' | 'apologies' }][] = [
        ['2024-06-10', { name: 'Councillor Samuel Gardiner', kind: 'present' }],
        ['2024-09-10', { name: 'Councillor Sam Gardiner', kind: 'apologies' }],
        ['2024-12-10', { name: 'Councillor Samuel Gardiner', kind: 'present' }],
        ['2025-06-10', { name: 'Cllr Samuel Gardiner', kind: 'present' }],
      ];
      for (const [date, a] of meetings) {
        await recordMeeting(
          t.store,
          buildMeetingRecord({
            date,
            attendance: [a],
            declarations: date === '2024-12-10' ? [{ name: a.name, item: '43', text: 'is a school governor' }] : [],
          }),
          { sourceDocumentId: null, now: `${date}T10:00:00Z` },
        );
      }
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should gather every spelling, meeting and declaration of a person', async () => {
      const detail = await t.store.public.people.detail('samuel-gardiner');
      expect(detail).toBeDefined();
      expect(detail!.aliases).toEqual([
        'Cllr Samuel Gardiner',
        'Councillor Sam Gardiner',
        'Councillor Samuel Gardiner',
      ]);
      expect(detail!.attendance.map((a) => a.date)).toEqual(['2025-06-10', '2024-12-10', '2024-09-10', '2024-06-10']);
      expect(detail!.declarations.map((d) => [d.text, d.itemTitle])).toEqual([
        ['is a school governor', 'Coastal Flood Defence Programme'],
      ]);
    });

    it('should give attendance rates per body and municipal year', async () => {
      const detail = await t.store.public.people.detail('samuel-gardiner');
      expect(detail!.rates.map((r) => [r.municipalYear, r.attended, r.expected])).toEqual([
        ['2024/25', 2, 3],
        ['2025/26', 1, 1],
      ]);
    });

    it('should list a merged person once, with all their meetings', async () => {
      const people = await t.store.public.people.list();
      const gardiner = people.filter((p) => p.displayName.includes('Gardiner'));
      expect(gardiner).toHaveLength(1);
      expect(gardiner[0]!.meetings).toBe(4);
    });
  });
}
