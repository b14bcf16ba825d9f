import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../testStores.js';

const OWN = 'to recommend that the Executive reviews the <em>harbour</em> parking charges & permits';
const ITEM = 'to recommend that the Executive publishes a flood risk map';

for (const dialect of DIALECTS) {
  describe(`${dialect}: the tracker's order with a meeting's own recommendation beside an item's`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
      // One meeting: item 43 recommends (resolution 2 of the item) and so does the meeting itself,
      // first of its own resolutions. SQLite sorts a missing item position first, PostgreSQL last.
      await recordMeeting(
        t.store,
        buildMeetingRecord({ resolutions: [{ label: null, text: OWN, kind: 'recommendation' }] }),
        { sourceDocumentId: null },
      );
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should number the item’s first and the meeting’s own after, on both engines', async () => {
      const rows = await t.store.transaction((repos) => repos.tracker.list({ bodyIds: null }));
      expect(rows.map((r) => [r.reference, r.text, r.item?.title ?? null])).toEqual([
        ['2024/25-01', ITEM, 'Coastal Flood Defence Programme'],
        ['2024/25-02', OWN, null],
      ]);
    });

    it('should list them in that order for the meeting too, with the meeting of the one that has no item', async () => {
      const [first] = await t.store.transaction((repos) => repos.tracker.list({ bodyIds: null }));
      const rows = await t.store.transaction((repos) =>
        repos.tracker.list({ bodyIds: null, meetingId: first!.meeting.id }),
      );
      expect(rows.map((r) => r.text)).toEqual([ITEM, OWN]);
      expect(rows[1]).toMatchObject({ item: null, meeting: { id: first!.meeting.id, date: '2025-03-12' } });
    });
  });
}
