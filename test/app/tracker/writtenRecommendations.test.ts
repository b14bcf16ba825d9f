import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveItemMinutes } from '../../../src/app/minutes/saveItemMinutes.js';
import { changeRecommendation } from '../../../src/app/tracker/changeRecommendation.js';
import { trackerBoard } from '../../../src/app/tracker/trackerBoard.js';
import type { Account } from '../../../src/domain/account.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { seedMinutesWorld, type MinutesWorld } from '../../web/workspace/minutes/minutesFixtures.js';

const NOW = '2027-03-19T10:00:00.000Z';
const TODAY = '2027-03-19';

for (const dialect of DIALECTS) {
  describe(`${dialect}: recommendations written in the workspace's minutes`, () => {
    let t: TestStore;
    let world: MinutesWorld;
    let clerk: Account;
    beforeEach(async () => {
      t = await testStore(dialect);
      world = await seedMinutesWorld(t.store);
      clerk = (await t.store.repos.accounts.findByEmail('clerk@council.example'))!;
    });
    afterEach(async () => {
      await t?.drop();
    });

    const save = (text: string, version: number) =>
      saveItemMinutes(t.store, clerk, { meetingId: world.first, itemId: world.items[0]!, version, text }, NOW);
    const rows = async () => (await trackerBoard(t.store, clerk, {}, TODAY)).rows;

    it('should track a resolution to recommend once, follow its text, and drop it when no longer made', async () => {
      await save(
        'RESOLVED that\n1. the report be noted;\n2. to recommend that the Executive funds more youth workers.',
        0,
      );
      const [made] = await rows();
      expect(await rows()).toHaveLength(1);
      expect(made!.text).toBe('to recommend that the Executive funds more youth workers.');
      expect(made!.reference).toMatch(/^\d{4}\/\d{2}-01$/);
      await save(
        'RESOLVED that\n1. the report be noted;\n2. to recommend that the Executive funds ten more youth workers.',
        1,
      );
      const after = await rows();
      expect(after.map((r) => [r.id, r.reference, r.text])).toEqual([
        [made!.id, made!.reference, 'to recommend that the Executive funds ten more youth workers.'],
      ]);
      await save('RESOLVED that the report be noted.', 2);
      expect(await rows()).toEqual([]);
      const audit = await t.store.transaction((repos) => repos.audit.list({ subjectKind: 'recommendation' }));
      expect(audit.map((e) => e.action).sort()).toEqual([
        'recommendation.add',
        'recommendation.drop',
        'recommendation.text',
      ]);
    });

    it('should keep a recommendation the clerk has started to track when the minutes stop making it', async () => {
      await save('RESOLVED to recommend that the Executive reviews school transport.', 0);
      const [made] = await rows();
      await changeRecommendation(
        t.store,
        clerk,
        made!.id,
        { version: 1, decisionMaker: 'The Executive', addresseeAccountId: '', sentOn: '2027-03-18', rag: '' },
        NOW,
      );
      await save('RESOLVED that the report be noted.', 1);
      const kept = await rows();
      expect(kept.map((r) => [r.id, r.reference, r.status])).toEqual([[made!.id, made!.reference, 'sent']]);
      // Saved again: neither dropped nor tracked twice.
      await save('RESOLVED that the report be noted.', 2);
      expect(await rows()).toHaveLength(1);
    });
  });
}
