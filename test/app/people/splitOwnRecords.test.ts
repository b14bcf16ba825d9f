import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/app/importDocuments.js';
import { splitPerson } from '../../../src/app/people/splitPerson.js';
import { undoPersonChange } from '../../../src/app/people/undoPersonChange.js';
import type { IsoDate } from '../../../src/domain/isoDateType.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/people');
const by = { by: 'clerk' };
const NOW = '2027-02-01T09:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`${dialect}: a split moves a meeting's votes with it, and the person's own records where the clerk chooses`, () => {
    let t: TestStore;
    let feb: string;
    let rosa: string;
    let tomas: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      await importPaths(t.store, [
        path.join(FIXTURES, 'fernleigh-2025-02-10.txt'),
        path.join(FIXTURES, 'fernleigh-2025-03-10.txt'),
      ]);
      const db = dbOf(t.store);
      feb = (await db.selectFrom('meetings').select('id').where('date', '=', '2025-02-10').executeTakeFirstOrThrow())
        .id;
      rosa = (await t.store.repos.people.findByIdOrSlug('rosa-albright'))!.id;
      tomas = (await t.store.repos.people.findByIdOrSlug('tomas-brennan'))!.id;
      const resolution = await db
        .selectFrom('resolutions')
        .innerJoin('agendaItems', 'agendaItems.id', 'resolutions.itemId')
        .select('resolutions.id')
        .where('agendaItems.meetingId', '=', feb)
        .executeTakeFirstOrThrow();
      // A recorded vote naming Rosa, and Tomas substituting for her, at February's meeting.
      await db
        .insertInto('votes')
        .values({ id: 'vote-rosa', resolutionId: resolution.id, personId: rosa, choice: 'for', count: null })
        .execute();
      await sql`UPDATE attendance SET substitute_for_id = ${rosa} WHERE person_id = ${tomas} AND meeting_id = ${feb}`.execute(
        db,
      );
      await t.store.transaction(async (repos) => {
        for (const [id, reason] of [
          ['approval-1', 'Illness'],
          ['approval-2', 'Study leave'],
        ] as const)
          await repos.absence.addApproval({
            id,
            personId: rosa,
            approvedOn: '2025-01-10' as IsoDate,
            reason,
            until: null,
            recordedBy: 'clerk',
            recordedAt: NOW,
          });
        for (const id of ['entry-1', 'entry-2'])
          await repos.interests.addEntry({
            id,
            personId: rosa,
            category: 'land',
            description: `House ${id}`,
            aroseOn: '2024-05-01' as IsoDate,
            registeredOn: '2024-05-10' as IsoDate,
            sensitive: false,
            createdAt: NOW,
            updatedAt: NOW,
          });
        // entry-2 has ended: its state row must go where the entry goes.
        await repos.interests.claimVersion('entry-2', 0, NOW);
        await repos.interests.setEnded('entry-2', '2024-12-01' as IsoDate, '2024-12-05' as IsoDate, NOW);
        await repos.interests.setReviewed(rosa, '2025-01-20' as IsoDate, NOW, 'clerk');
      });
    });
    afterEach(async () => {
      await t?.drop();
    });

    const votes = async () =>
      dbOf(t.store).selectFrom('votes').select(['id', 'personId']).where('id', '=', 'vote-rosa').execute();
    const substitutedFor = async () =>
      (
        await dbOf(t.store)
          .selectFrom('attendance')
          .select('substituteForId')
          .where('personId', '=', tomas)
          .where('meetingId', '=', feb)
          .executeTakeFirstOrThrow()
      ).substituteForId;

    it('should move the chosen approvals, entries (with their state) and review, the votes and substitutions, and undo it all', async () => {
      const change = await splitPerson(t.store, 'rosa-albright', {
        ...by,
        name: 'Councillor Rose Allbright',
        meetingIds: [feb],
        approvalIds: ['approval-2'],
        interestEntryIds: ['entry-2'],
        moveReview: true,
      });
      const rose = (await t.store.repos.people.findByIdOrSlug('rose-allbright'))!.id;
      expect((await t.store.repos.absence.approvalsOf([rose])).map((a) => a.id)).toEqual(['approval-2']);
      expect((await t.store.repos.absence.approvalsOf([rosa])).map((a) => a.id)).toEqual(['approval-1']);
      const moved = await t.store.repos.interests.entriesOf([rose]);
      expect(moved.map((e) => [e.id, e.endedOn])).toEqual([['entry-2', '2024-12-01']]);
      expect((await t.store.repos.interests.entriesOf([rosa])).map((e) => e.id)).toEqual(['entry-1']);
      expect(await t.store.repos.interests.reviewedOn(rose)).toBe('2025-01-20');
      expect(await t.store.repos.interests.reviewedOn(rosa)).toBeNull();
      expect(await votes()).toEqual([{ id: 'vote-rosa', personId: rose }]);
      expect(await substitutedFor()).toBe(rose);

      await undoPersonChange(t.store, change.id, by);
      expect(await t.store.repos.people.findByIdOrSlug('rose-allbright')).toBeUndefined();
      expect((await t.store.repos.absence.approvalsOf([rosa])).map((a) => a.id).sort()).toEqual([
        'approval-1',
        'approval-2',
      ]);
      const back = await t.store.repos.interests.entriesOf([rosa]);
      expect(back.map((e) => [e.id, e.endedOn])).toEqual([
        ['entry-1', null],
        ['entry-2', '2024-12-01'],
      ]);
      expect(await t.store.repos.interests.reviewedOn(rosa)).toBe('2025-01-20');
      expect(await votes()).toEqual([{ id: 'vote-rosa', personId: rosa }]);
      expect(await substitutedFor()).toBe(rosa);
    });

    it('should leave what the clerk did not choose with the person split from, and copy no vote', async () => {
      await splitPerson(t.store, 'rosa-albright', {
        ...by,
        name: 'Councillor Ruth Okoro',
        meetingIds: [feb],
        copy: true,
      });
      const ruth = (await t.store.repos.people.findByIdOrSlug('ruth-okoro'))!.id;
      expect(await t.store.repos.absence.approvalsOf([ruth])).toEqual([]);
      expect(await t.store.repos.interests.entriesOf([ruth])).toEqual([]);
      expect((await t.store.repos.absence.approvalsOf([rosa])).length).toBe(2);
      expect(await votes()).toEqual([{ id: 'vote-rosa', personId: rosa }]);
      expect(await substitutedFor()).toBe(rosa);
    });

    it('should refuse records that are not the person’s, and an undo that would delete what was filed since', async () => {
      await expect(
        splitPerson(t.store, 'rosa-albright', {
          ...by,
          name: 'Councillor Rose Allbright',
          meetingIds: [feb],
          approvalIds: ['approval-of-nobody'],
        }),
      ).rejects.toThrow(/approval-of-nobody: not an absence approval or register entry of Rosa Albright/);
      expect(await t.store.repos.people.findByIdOrSlug('rose-allbright')).toBeUndefined();

      const change = await splitPerson(t.store, 'rosa-albright', {
        ...by,
        name: 'Councillor Rose Allbright',
        meetingIds: [feb],
      });
      const rose = (await t.store.repos.people.findByIdOrSlug('rose-allbright'))!.id;
      await t.store.transaction((repos) =>
        repos.absence.addApproval({
          id: 'approval-rose',
          personId: rose,
          approvedOn: '2025-03-01' as IsoDate,
          reason: 'Jury service',
          until: null,
          recordedBy: 'clerk',
          recordedAt: NOW,
        }),
      );
      await expect(undoPersonChange(t.store, change.id, by)).rejects.toThrow(/absence_approvals\.person_id/);
      // Nothing half-undone: Rose, her approval and the moved vote are all still there.
      expect((await t.store.repos.absence.approvalsOf([rose])).map((a) => a.id)).toEqual(['approval-rose']);
      expect(await votes()).toEqual([{ id: 'vote-rosa', personId: rose }]);
    });
  });
}
