import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordMotion, removeMotion } from '../../../src/app/minutes/recordMotion.js';
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

    const motion = (text: string, outcome: 'carried' | 'lost', kind = 'motion') => {
      const [a, b] = world.members;
      return {
        kind,
        text,
        moverId: a!.id,
        seconderId: b!.id,
        rule: 'simple_majority',
        membership: '',
        mode: 'tally',
        tally:
          outcome === 'carried' ? { for: '8', against: '2', abstain: '0' } : { for: '2', against: '8', abstain: '0' },
        votes: [],
        castingVote: '',
        assentOutcome: '',
      };
    };
    const target = (version: number) => ({ meetingId: world.first, itemId: world.items[0]!, version });

    it('should track a carried motion that recommends, not a lost one or an amendment, and keep it when the text is saved', async () => {
      const recommends = 'to recommend that the Executive repairs the sea wall before winter';
      expect((await recordMotion(t.store, clerk, target(0), motion(recommends, 'lost'), NOW)).outcome).toBe('lost');
      await recordMotion(t.store, clerk, target(1), motion(`${recommends}, amended`, 'carried', 'amendment'), NOW);
      expect(await rows()).toEqual([]);
      expect((await recordMotion(t.store, clerk, target(2), motion(recommends, 'carried'), NOW)).outcome).toBe(
        'carried',
      );
      const [made] = await rows();
      expect(await rows()).toHaveLength(1);
      expect(made!.text).toBe(recommends);
      expect(made!.reference).toMatch(/^\d{4}\/\d{2}-01$/);
      expect(made!.meeting.id).toBe(world.first);
      // Writing the item's minutes afterwards neither drops the motion's recommendation nor tracks it twice.
      await save('RESOLVED that the report be noted.', 3);
      expect((await rows()).map((r) => [r.id, r.reference])).toEqual([[made!.id, made!.reference]]);
      const audit = await t.store.transaction((repos) => repos.audit.list({ subjectKind: 'recommendation' }));
      expect(audit.map((e) => e.action)).toEqual(['recommendation.add']);
    });

    it('should drop an untracked motion’s recommendation with the motion, and keep one the clerk has tracked', async () => {
      const motions = async () => t.store.transaction((repos) => repos.minutes.motions(world.items[0]!));
      await recordMotion(
        t.store,
        clerk,
        target(0),
        motion('to recommend that the Executive funds buses', 'carried'),
        NOW,
      );
      await removeMotion(t.store, clerk, { ...target(1), resolutionId: (await motions())[0]!.id }, NOW);
      expect(await rows()).toEqual([]);

      await recordMotion(
        t.store,
        clerk,
        target(2),
        motion('to recommend that the Executive funds trams', 'carried'),
        NOW,
      );
      const [made] = await rows();
      await changeRecommendation(
        t.store,
        clerk,
        made!.id,
        { version: 1, decisionMaker: 'The Executive', addresseeAccountId: '', sentOn: '2027-03-18', rag: '' },
        NOW,
      );
      await removeMotion(t.store, clerk, { ...target(3), resolutionId: (await motions())[0]!.id }, NOW);
      expect((await rows()).map((r) => [r.id, r.status])).toEqual([[made!.id, 'sent']]);
    });
  });
}
