import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../testStores.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: PublicItems topic history`, () => {
    let t: TestStore;
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      t = await testStore(dialect);
      const meetings: [string, string[]][] = [
        ['2021-03-10', ["Children's Services Improvement", 'Parks Strategy']],
        [
          '2022-06-15',
          ["Children's Integrated Services Ofsted Focussed Visit and Improvement Programme", 'Housing Strategy'],
        ],
        ['2024-01-20', ["Verbal update on Children's Integrated Services Improvement", 'Apologies for absence']],
        ['2024-02-20', ['Exempt: Children’s Services Improvement contract']],
      ];
      for (const [date, titles] of meetings) {
        const saved = await recordMeeting(
          t.store,
          buildMeetingRecord({
            date,
            items: titles.map((title, n) => ({
              minuteNumber: String(n + 1),
              title,
              isExempt: title.startsWith('Exempt'),
            })),
            attendance: [],
            declarations: [],
          }),
          { sourceDocumentId: null },
        );
        titles.forEach((title, n) => (ids[title] = saved.itemIds[n]!));
      }
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should find the same subject at earlier and later meetings, oldest first, without exempt items', async () => {
      const history = await t.store.public.items.topicHistory(ids["Children's Services Improvement"]!);
      expect(history.map((h) => h.date)).toEqual(['2022-06-15', '2024-01-20']);
      expect(history[0]!.shared).toContain('improvement');
    });

    it('should not link items sharing one word', async () => {
      expect(await t.store.public.items.topicHistory(ids['Parks Strategy']!)).toEqual([]);
    });
  });
}
