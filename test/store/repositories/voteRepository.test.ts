import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoriesOver } from '../../../src/store/repositories/repositories.js';
import { dbOf } from '../../../src/store/storeDb.js';
import {
  addMeetingResolutionsFixture,
  HOSTILE_RESOLUTION,
  type MeetingResolutionsFixture,
} from '../../publish/meetingResolutionsFixture.js';
import { DIALECTS, testStore, type TestStore } from '../testStores.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: named votes on a meeting's own resolutions`, () => {
    let t: TestStore;
    let f: MeetingResolutionsFixture;
    let personId: string;
    let ownBodyId: string;
    beforeAll(async () => {
      t = await testStore(dialect);
      f = await addMeetingResolutionsFixture(t.store);
      const db = dbOf(t.store);
      personId = (await db.selectFrom('people').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow()).id;
      ownBodyId = (
        await db.selectFrom('meetings').select('bodyId').where('id', '=', f.ownMeetingId).executeTakeFirstOrThrow()
      ).bodyId;
      await db
        .insertInto('votes')
        .values([
          { id: 'named-own', resolutionId: f.ownResolutionIds[0]!, personId, choice: 'for', count: 1 },
          { id: 'named-item', resolutionId: f.itemResolutionIds[0]!, personId, choice: 'against', count: 1 },
        ])
        .execute();
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should move with a split: castAt finds the vote at a meeting with no items', async () => {
      const votes = repositoriesOver(dbOf(t.store), dialect).votes;
      expect(await votes.castAt([personId], [f.ownMeetingId])).toEqual([{ id: 'named-own', from: personId }]);
      expect(await votes.castAt([personId], [f.itemMeetingId])).toEqual([{ id: 'named-item', from: personId }]);
    });

    it("should be seen by the body's voting checks, named by the resolution's text where there is no item", async () => {
      const votes = repositoriesOver(dbOf(t.store), dialect).votes;
      expect(await votes.castAtBody(ownBodyId, [personId])).toEqual([
        { personId, date: '2025-06-10', itemTitle: HOSTILE_RESOLUTION },
      ]);
    });
  });
}
