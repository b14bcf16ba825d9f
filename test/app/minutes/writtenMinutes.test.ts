import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { amendMinutes, confirmPreviousMinutes } from '../../../src/app/minutes/confirmMinutes.js';
import { moveInMinutes } from '../../../src/app/minutes/moveInMinutes.js';
import { numberMinutes } from '../../../src/app/minutes/numberMinutes.js';
import { readItemMinutes, readMeetingMinutes } from '../../../src/app/minutes/readMinutes.js';
import { recordMotion, removeMotion } from '../../../src/app/minutes/recordMotion.js';
import { saveItemMinutes } from '../../../src/app/minutes/saveItemMinutes.js';
import type { Account } from '../../../src/domain/account.js';
import { stableId } from '../../../src/domain/ids.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { seedMinutesWorld, type MinutesWorld } from '../../web/workspace/minutes/minutesFixtures.js';

const NOW = '2027-03-19T10:00:00.000Z';

async function account(t: TestStore, email: string): Promise<Account> {
  return (await t.store.repos.accounts.findByEmail(email))!;
}

function code(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'ok',
    (error: { code?: string }) => error.code ?? String(error),
  );
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: written minutes`, () => {
    let t: TestStore;
    let world: MinutesWorld;
    let clerk: Account;
    beforeEach(async () => {
      t = await testStore(dialect);
      world = await seedMinutesWorld(t.store);
      clerk = await account(t, 'clerk@council.example');
    });
    afterEach(async () => {
      await t?.drop();
    });

    const save = (text: string, version: number, itemId = world.items[0]!, actor = clerk) =>
      saveItemMinutes(t.store, actor, { meetingId: world.first, itemId, version, text }, NOW);

    it('should save points and resolutions as a draft, keep resolution ids across saves, and refuse a stale version', async () => {
      await save('Opening.\n\nRESOLVED that\n1. the plan be approved;\n2. officers report back.', 0);
      const first = await t.store.transaction((repos) => repos.minutes.items(world.first));
      expect(first[0]).toMatchObject({ minutesVersion: 1, points: 1, resolutions: 2 });
      expect((await t.store.repos.minutes.state(world.first))?.status).toBe('draft');
      const ids = (await t.store.repos.actions.recentResolutions(null, 10)).map((r) => r.id).sort();
      await save(
        'Opening, revised.\n\nRESOLVED that\n1. the plan be approved as amended;\n2. officers report back.',
        1,
      );
      const again = (await t.store.repos.actions.recentResolutions(null, 10)).map((r) => r.id).sort();
      expect(again).toEqual(ids);
      expect(await code(save('Someone else', 1))).toBe('CONFLICT');
      expect(await code(save('RESOLVED:', 2))).toBe('INPUT_INVALID');
      expect((await t.store.repos.items.find(world.items[0]!))?.minutesText).toContain('as amended');
    });

    it('should refuse a clerk of another body and a councillor', async () => {
      expect(await code(save('x', 0, world.items[0], await account(t, 'planning.clerk@council.example')))).toBe(
        'FORBIDDEN',
      );
      expect(await code(save('x', 0, world.items[0], await account(t, 'cllr@council.example')))).toBe('FORBIDDEN');
      expect(
        await code(readMeetingMinutes(t.store, await account(t, 'planning.clerk@council.example'), world.first)),
      ).toBe('FORBIDDEN');
    });

    it('should confirm the previous meeting’s minutes at the next meeting, then lock them and take amendments', async () => {
      expect(await code(confirmPreviousMinutes(t.store, clerk, { meetingId: world.first }, NOW))).toBe('CONFLICT');
      expect(await code(confirmPreviousMinutes(t.store, clerk, { meetingId: world.next }, NOW))).toBe('CONFLICT');
      await save('RESOLVED: to note the report.', 0);
      const amendment = { itemId: '', text: 'Correct a name.', reason: 'Misspelt', agreedAtMeetingId: world.next };
      expect(await code(amendMinutes(t.store, clerk, world.first, amendment, NOW))).toBe('CONFLICT');
      expect(await confirmPreviousMinutes(t.store, clerk, { meetingId: world.next }, NOW)).toEqual({
        confirmedMeetingId: world.first,
      });
      const view = await readMeetingMinutes(t.store, clerk, world.first);
      expect(view.state).toMatchObject({ status: 'confirmed', confirmedByMeetingId: world.next });
      expect(view.confirmedBy?.id).toBe(world.next);
      // The confirming meeting's "Minutes of the last meeting" item minutes it, as a draft of its own.
      const next = await readItemMinutes(t.store, clerk, world.next, world.confirmItem);
      expect(next.item.minutesText).toBe(
        'RESOLVED: that the minutes of the meeting held on Thursday 18 March 2027 be confirmed as a correct record.',
      );
      expect(next.item.resolutions).toBe(1);
      expect(next.state?.status).toBe('draft');
      expect(await code(confirmPreviousMinutes(t.store, clerk, { meetingId: world.next }, NOW))).toBe('CONFLICT');
      expect(await code(save('An edit after confirmation', 1))).toBe('CONFLICT');
      expect(await code(numberMinutes(t.store, clerk, world.first, NOW))).toBe('CONFLICT');
      expect(
        await code(amendMinutes(t.store, clerk, world.first, { ...amendment, agreedAtMeetingId: world.first }, NOW)),
      ).toBe('INPUT_INVALID');
      expect(await code(amendMinutes(t.store, clerk, world.first, { ...amendment, reason: ' ' }, NOW))).toBe(
        'INPUT_INVALID',
      );
      await amendMinutes(t.store, clerk, world.first, amendment, NOW);
      expect((await readMeetingMinutes(t.store, clerk, world.first)).amendments).toMatchObject([
        { text: 'Correct a name.', reason: 'Misspelt', agreedAt: { id: world.next } },
      ]);
      const actions = (await t.store.repos.audit.list()).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['minutes.item.save', 'minutes.confirm', 'minutes.amend']));
    });

    it('should count imported minutes as confirmed and locked', async () => {
      await t.store.transaction(async (repos) => {
        const item = (await repos.items.find(world.confirmItem))!;
        await repos.items.save({ ...item, minutesText: 'Imported words.', sourceDocumentId: null });
      });
      const view = await readMeetingMinutes(t.store, clerk, world.next);
      expect(view.state).toEqual({ status: 'confirmed', confirmedByMeetingId: null, confirmedAt: null });
      const write = saveItemMinutes(
        t.store,
        clerk,
        { meetingId: world.next, itemId: world.confirmItem, version: 0, text: 'x' },
        NOW,
      );
      expect(await code(write)).toBe('CONFLICT');
    });

    it('should record a motion as a resolution with its votes; a lost one is neither formal nor a decision', async () => {
      const [a, b, c] = world.members;
      const motion = {
        kind: 'motion',
        text: 'to approve the budget',
        moverId: a!.id,
        seconderId: b!.id,
        rule: 'simple_majority',
        membership: '',
        mode: 'tally',
        tally: { for: '48', against: '12', abstain: '3' },
        votes: [],
        castingVote: '',
        assentOutcome: '',
      };
      const target = { meetingId: world.first, itemId: world.items[0]!, version: 0 };
      expect((await recordMotion(t.store, clerk, target, motion, NOW)).outcome).toBe('carried');
      const lost = {
        ...motion,
        kind: 'amendment',
        rule: 'two_thirds_of_those_voting',
        tally: { for: '48', against: '25', abstain: '0' },
      };
      expect(await code(recordMotion(t.store, clerk, target, lost, NOW))).toBe('CONFLICT');
      expect((await recordMotion(t.store, clerk, { ...target, version: 1 }, lost, NOW)).outcome).toBe('lost');
      expect(
        await code(recordMotion(t.store, clerk, { ...target, version: 2 }, { ...motion, moverId: 'nobody' }, NOW)),
      ).toBe('INPUT_INVALID');
      const view = await readItemMinutes(t.store, clerk, world.first, world.items[0]!);
      expect(view.members.map((m) => m.name)).toContain(c!.name);
      expect(view.motions.map((m) => [m.motionKind, m.kind, m.isFormal, m.outcome])).toEqual([
        ['motion', 'decision', true, 'carried'],
        ['amendment', 'other', false, 'lost'],
      ]);
      expect([...view.motions[0]!.votes].sort((x, y) => x.choice.localeCompare(y.choice))).toEqual([
        { personId: null, choice: 'abstain', count: 3 },
        { personId: null, choice: 'against', count: 12 },
        { personId: null, choice: 'for', count: 48 },
      ]);
      // Text saved afterwards keeps the motions, after the resolutions it holds.
      await save('RESOLVED: to note the report.', 2);
      const positions = await t.store.transaction((repos) => repos.minutes.motions(world.items[0]!));
      expect(positions.map((p) => p.position)).toEqual([2, 3]);
      await removeMotion(t.store, clerk, { ...target, version: 3, resolutionId: positions[1]!.id }, NOW);
      expect((await t.store.transaction((repos) => repos.minutes.motions(world.items[0]!))).length).toBe(1);
    });

    it("should number the minuted items in order, continuing the body's scheme for the municipal year", async () => {
      await t.store.transaction(async (repos) => {
        const earlier = {
          ...(await repos.meetings.find(world.first))!,
          id: stableId('meeting', 'earlier'),
          date: '2027-02-01',
        };
        await repos.meetings.save(earlier);
        const item = (await repos.items.find(world.items[0]!))!;
        await repos.items.save({
          ...item,
          id: stableId('item', 'earlier'),
          meetingId: earlier.id,
          minuteNumber: 'HOS.41',
          sourceDocumentId: null,
        });
      });
      await save('RESOLVED: to note the report.', 0, world.items[1]);
      await save('Members discussed repairs.', 0, world.items[0]);
      await numberMinutes(t.store, clerk, world.first, NOW);
      const items = await t.store.transaction((repos) => repos.minutes.items(world.first));
      expect(items.map((i) => i.minuteNumber)).toEqual(['HOS.42', 'HOS.43']);
      // The exempt item was taken first: the minutes' order differs from the agenda's, and the numbers follow it.
      await moveInMinutes(t.store, clerk, { meetingId: world.first, itemId: world.items[1]!, direction: 'up' }, NOW);
      await numberMinutes(t.store, clerk, world.first, NOW);
      const moved = await t.store.transaction((repos) => repos.minutes.items(world.first));
      expect(moved.map((i) => [i.minutePosition, i.minuteNumber])).toEqual([
        [2, 'HOS.43'],
        [1, 'HOS.42'],
      ]);
      expect(
        await code(
          moveInMinutes(t.store, clerk, { meetingId: world.first, itemId: world.items[1]!, direction: 'x' }, NOW),
        ),
      ).toBe('INPUT_INVALID');
    });
  });
}
