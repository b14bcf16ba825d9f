import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveItemMinutes } from '../../../src/app/minutes/saveItemMinutes.js';
import { addFollowUpsFromMeeting } from '../../../src/app/workProgramme/addFollowUps.js';
import { addWorkProgrammeEntry } from '../../../src/app/workProgramme/addEntry.js';
import { changeWorkProgrammeEntry } from '../../../src/app/workProgramme/changeEntry.js';
import { prioritisationOf, setPrioritisation } from '../../../src/app/workProgramme/prioritisationOf.js';
import { pullForwardPlanEntry } from '../../../src/app/workProgramme/pullForwardPlanEntry.js';
import { scoreWorkProgrammeEntry } from '../../../src/app/workProgramme/scoreEntry.js';
import { workProgrammeBoard } from '../../../src/app/workProgramme/workProgrammeBoard.js';
import type { Account } from '../../../src/domain/account.js';
import type { IsoDate } from '../../../src/domain/isoDateType.js';
import { nameKey } from '../../../src/domain/names/nameKey.js';
import { DEFAULT_PRIORITISATION } from '../../../src/domain/workProgramme/prioritisation.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { NEXT, seedMinutesWorld, type MinutesWorld } from '../../web/workspace/minutes/minutesFixtures.js';

const NOW = '2027-03-19T10:00:00.000Z';
const TODAY = '2027-03-19' as IsoDate;
const YEAR = '2026/27';

function code(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'ok',
    (error: { code?: string }) => error.code ?? String(error),
  );
}

const fields = (over: Record<string, unknown> = {}) => ({
  topic: 'Sea wall repairs',
  objectives: 'To scrutinise progress',
  source: 'councillor',
  meetingId: '',
  status: 'unscheduled',
  executiveMember: 'Councillor Alex Adams',
  leadOfficer: 'Jo Harbourmaster',
  notes: '',
  substantive: 'yes',
  exempt: '',
  ...over,
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: work programme`, () => {
    let t: TestStore;
    let world: MinutesWorld;
    let clerk: Account;
    let bodyId: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      world = await seedMinutesWorld(t.store);
      clerk = (await t.store.repos.accounts.findByEmail('clerk@council.example'))!;
      bodyId = (await t.store.repos.meetings.find(world.first))!.bodyId;
      // The record knows its members by their spellings, as the importer leaves them.
      for (const m of world.members)
        await t.store.repos.people.addAlias({
          id: `a-${m.id}`,
          personId: m.id,
          alias: m.name,
          key: nameKey(m.name),
          sourceDocumentId: null,
        });
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should add, schedule and change an entry, link the executive member, refuse a stale version, and audit', async () => {
      const entry = await addWorkProgrammeEntry(t.store, clerk, { ...fields(), bodyId, municipalYear: YEAR }, NOW);
      expect(entry).toMatchObject({ status: 'unscheduled', source: 'councillor', version: 1 });
      // "Councillor Alex Adams" is the record's Alex Adams; the officer is not in the record.
      expect(entry.executiveMemberId).toBe(world.members[0]!.id);
      expect(entry.leadOfficerId).toBeNull();
      const changed = await changeWorkProgrammeEntry(
        t.store,
        clerk,
        entry.id,
        { ...fields({ meetingId: world.next }), version: 1 },
        NOW,
      );
      expect(changed).toMatchObject({ status: 'scheduled', plannedOn: NEXT, meetingId: world.next, version: 2 });
      expect(await code(changeWorkProgrammeEntry(t.store, clerk, entry.id, { ...fields(), version: 1 }, NOW))).toBe(
        'CONFLICT',
      );
      // A meeting of another body, or "scheduled" without a meeting, is refused.
      expect(
        await code(
          changeWorkProgrammeEntry(t.store, clerk, entry.id, { ...fields({ meetingId: world.other }), version: 2 }),
        ),
      ).toBe('INPUT_INVALID');
      expect(
        await code(
          changeWorkProgrammeEntry(t.store, clerk, entry.id, { ...fields({ status: 'scheduled' }), version: 2 }),
        ),
      ).toBe('INPUT_INVALID');
      expect(
        await code(addWorkProgrammeEntry(t.store, clerk, { ...fields({ topic: ' ' }), bodyId, municipalYear: YEAR })),
      ).toBe('INPUT_INVALID');
      const audit = await t.store.repos.audit.list({ subjectId: entry.id });
      expect(audit.map((a) => a.action).sort()).toEqual(['work_programme.add', 'work_programme.change']);
    });

    it('should refuse a clerk of another body and a councillor', async () => {
      for (const email of ['planning.clerk@council.example', 'cllr@council.example']) {
        const other = (await t.store.repos.accounts.findByEmail(email))!;
        expect(await code(addWorkProgrammeEntry(t.store, other, { ...fields(), bodyId, municipalYear: YEAR }))).toBe(
          'FORBIDDEN',
        );
        expect(await code(workProgrammeBoard(t.store, other, bodyId, null, TODAY))).toBe('FORBIDDEN');
        expect(await code(addFollowUpsFromMeeting(t.store, other, world.first))).toBe('FORBIDDEN');
      }
    });

    it('should score each criterion, keep who scored and when, and compare the total with the threshold', async () => {
      const entry = await addWorkProgrammeEntry(t.store, clerk, { ...fields(), bodyId, municipalYear: YEAR }, NOW);
      const half = await scoreWorkProgrammeEntry(
        t.store,
        clerk,
        entry.id,
        { version: 1, scores: { effectiveness: '3' } },
        NOW,
      );
      expect(half).toMatchObject({ total: null, meetsThreshold: null });
      expect(
        await code(
          scoreWorkProgrammeEntry(t.store, clerk, entry.id, { version: 2, scores: { effectiveness: '4' } }, NOW),
        ),
      ).toBe('INPUT_INVALID');
      const scores = { effectiveness: '3', communities: '2', risk: '2', difference: '1', elsewhere: '3' };
      // "Already reviewed elsewhere" scored 3 counts 0: 3 + 2 + 2 + 1 + 0 = 8, under the threshold of 9.
      const full = await scoreWorkProgrammeEntry(
        t.store,
        clerk,
        entry.id,
        { version: 2, scores },
        '2027-03-20T10:00:00.000Z',
      );
      expect(full).toMatchObject({ total: 8, max: 15, threshold: 9, meetsThreshold: false });
      const kept = (await t.store.repos.workProgramme.scoresOf([entry.id])).get(entry.id)!;
      expect(kept.find((s) => s.criterion === 'effectiveness')).toMatchObject({ scoredBy: clerk.id, scoredAt: NOW });
      expect(kept.find((s) => s.criterion === 'risk')).toMatchObject({ scoredAt: '2027-03-20T10:00:00.000Z' });
      expect(await code(scoreWorkProgrammeEntry(t.store, clerk, entry.id, { version: 2, scores }))).toBe('CONFLICT');
      const again = await scoreWorkProgrammeEntry(
        t.store,
        clerk,
        entry.id,
        { version: 3, scores: { ...scores, elsewhere: '0' } },
        NOW,
      );
      expect(again).toMatchObject({ total: 11, meetsThreshold: true });
      const board = await workProgrammeBoard(t.store, clerk, bodyId, YEAR, TODAY);
      expect(board.entries[0]!.priority.total).toBe(11);
      expect(
        (await t.store.repos.audit.list({ subjectId: entry.id })).filter((a) => a.action === 'work_programme.score'),
      ).toHaveLength(3);
    });

    it('should let an administrator set the council’s own criteria and threshold, the protocol’s being the default', async () => {
      expect(await t.store.transaction((repos) => prioritisationOf(repos))).toEqual(DEFAULT_PRIORITISATION);
      const criteria = [{ key: 'risk', question: 'Is it a risk?', maxScore: 5, countsAgainst: false }];
      expect(await code(setPrioritisation(t.store, clerk, { criteria, threshold: 3 }))).toBe('FORBIDDEN');
      const admin = { ...clerk, id: 'admin-1', role: 'admin' as const, bodyIds: [] };
      expect(await code(setPrioritisation(t.store, admin, { criteria, threshold: 6 }))).toBe('INPUT_INVALID');
      await setPrioritisation(t.store, admin, { criteria, threshold: 3 }, NOW);
      expect((await t.store.transaction((repos) => prioritisationOf(repos))).threshold).toBe(3);
    });

    it('should warn where a meeting has more than two substantive items', async () => {
      for (const topic of ['One', 'Two', 'Three'])
        await addWorkProgrammeEntry(
          t.store,
          clerk,
          { ...fields({ topic, meetingId: world.next }), bodyId, municipalYear: YEAR },
          NOW,
        );
      expect((await workProgrammeBoard(t.store, clerk, bodyId, YEAR, TODAY)).overloaded).toEqual([NEXT]);
      // A fourth, for information only, does not add to the load; with one of the three dropped, none is overloaded.
      await addWorkProgrammeEntry(
        t.store,
        clerk,
        { ...fields({ topic: 'Note', meetingId: world.next, substantive: '' }), bodyId, municipalYear: YEAR },
        NOW,
      );
      const board = await workProgrammeBoard(t.store, clerk, bodyId, YEAR, TODAY);
      const one = board.entries.find((e) => e.topic === 'One')!;
      await changeWorkProgrammeEntry(t.store, clerk, one.id, {
        ...fields({ topic: 'One', meetingId: world.next, status: 'dropped' }),
        version: 1,
      });
      expect((await workProgrammeBoard(t.store, clerk, bodyId, YEAR, TODAY)).overloaded).toEqual([]);
    });

    it('should turn "asked to return" and "further information" resolutions into entries due at the next meeting, once', async () => {
      await saveItemMinutes(
        t.store,
        clerk,
        {
          meetingId: world.first,
          itemId: world.items[0]!,
          version: 0,
          text: 'Discussion.\n\nRESOLVED that\n1. the report be noted;\n2. officers be asked to return to a future meeting with the costed options;\n3. further information on the tender be circulated to members.',
        },
        NOW,
      );
      await saveItemMinutes(
        t.store,
        clerk,
        {
          meetingId: world.first,
          itemId: world.items[1]!,
          version: 0,
          text: 'RESOLVED that officers report back on the lease.',
        },
        NOW,
      );
      const first = await addFollowUpsFromMeeting(t.store, clerk, world.first, NOW);
      expect(first.added.map((e) => e.objectives)).toEqual(
        [
          'officers be asked to return to a future meeting with the costed options;',
          'further information on the tender be circulated to members.',
          'officers report back on the lease.',
        ].map((s) => expect.stringContaining(s.replace(/[;.]$/, ''))),
      );
      expect(
        first.added.every((e) => e.meetingId === world.next && e.plannedOn === NEXT && e.source === 'follow_up'),
      ).toBe(true);
      expect(first.added.map((e) => e.exempt)).toEqual([false, false, true]);
      expect(first.added[0]!.municipalYear).toBe(YEAR);
      const again = await addFollowUpsFromMeeting(t.store, clerk, world.first, NOW);
      expect(again).toMatchObject({ added: [], alreadyThere: 3 });
      // The last meeting of the calendar has no next one: its follow-ups wait unscheduled.
      await saveItemMinutes(
        t.store,
        clerk,
        {
          meetingId: world.next,
          itemId: world.confirmItem,
          version: 0,
          text: 'RESOLVED that the item return in the new year.',
        },
        NOW,
      );
      const last = await addFollowUpsFromMeeting(t.store, clerk, world.next, NOW);
      expect(last.added).toHaveLength(1);
      expect(last.added[0]).toMatchObject({ status: 'unscheduled', meetingId: null, plannedOn: null });
    });

    it('should pull a forward plan entry into the programme once, referring to it', async () => {
      const input = {
        bodyId,
        forwardPlanEntryId: 'fp-1',
        topic: 'Harbour strategy',
        meetingId: world.next,
        executiveMember: 'Bea Brown',
      };
      const first = await pullForwardPlanEntry(t.store, clerk, input, NOW);
      expect(first.created).toBe(true);
      expect(first.entry).toMatchObject({
        source: 'forward_plan',
        sourceRef: 'fp-1',
        status: 'scheduled',
        plannedOn: NEXT,
        municipalYear: YEAR,
        executiveMemberId: world.members[1]!.id,
      });
      const second = await pullForwardPlanEntry(t.store, clerk, input, NOW);
      expect(second).toMatchObject({ created: false, entry: { id: first.entry.id } });
      const planning = (await t.store.repos.accounts.findByEmail('planning.clerk@council.example'))!;
      expect(await code(pullForwardPlanEntry(t.store, planning, input))).toBe('FORBIDDEN');
      expect(
        await code(
          pullForwardPlanEntry(t.store, clerk, { ...input, forwardPlanEntryId: 'fp-2', meetingId: world.other }),
        ),
      ).toBe('INPUT_INVALID');
    });
  });
}
