import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/app/importDocuments.js';
import { mergePeople } from '../../../src/app/people/mergePeople.js';
import { renamePerson } from '../../../src/app/people/renamePerson.js';
import { splitPerson } from '../../../src/app/people/splitPerson.js';
import { undoPersonChange } from '../../../src/app/people/undoPersonChange.js';
import { AppError } from '../../../src/domain/errors.js';
import { countRecords } from '../../../src/store/repositories/statsRepository.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import path from 'node:path';
import { sql } from 'kysely';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/people');
const by = { by: 'clerk' };

for (const dialect of DIALECTS) {
  describe(`${dialect}: a clerk's corrections of people`, () => {
    let t: TestStore;
    let meetings: Map<string, string>;
    beforeAll(async () => {
      t = await testStore(dialect);
      await importPaths(t.store, [
        path.join(FIXTURES, 'fernleigh-2025-02-10.txt'),
        path.join(FIXTURES, 'fernleigh-2025-03-10.txt'),
      ]);
      const rows = await dbOf(t.store).selectFrom('meetings').select(['id', 'date']).execute();
      meetings = new Map(rows.map((r) => [r.date, r.id]));
    });
    afterAll(async () => {
      await t?.drop();
    });

    const detail = async (slug: string) => (await t.store.public.people.detail(slug))!;
    const snapshot = async () => ({
      counts: await countRecords(dbOf(t.store)),
      people: await dbOf(t.store)
        .selectFrom('people')
        .select(['id', 'displayName', 'mergedIntoId'])
        .orderBy('id')
        .execute(),
      attendance: await dbOf(t.store).selectFrom('attendance').select(['id', 'personId']).orderBy('id').execute(),
      memberships: await dbOf(t.store)
        .selectFrom('memberships')
        .select(['id', 'personId', 'firstSeenOn', 'lastSeenOn'])
        .orderBy('id')
        .execute(),
    });

    it('should rename a person, keep the page address, record who and when, and undo it', async () => {
      const before = await snapshot();
      const change = await renamePerson(t.store, 'tomas-brennan', 'Councillor Tomás Brennan', {
        ...by,
        now: '2025-04-01T10:00:00.000Z',
      });
      expect((await detail('tomas-brennan')).person.displayName).toBe('Tomás Brennan');
      const audit = await t.store.repos.personChanges.find(change.id);
      expect(audit).toMatchObject({
        kind: 'rename',
        madeBy: 'clerk',
        madeAt: '2025-04-01T10:00:00.000Z',
        before: { displayName: 'Tomas Brennan' },
        after: { displayName: 'Tomás Brennan' },
      });
      await undoPersonChange(t.store, change.id, by);
      expect((await detail('tomas-brennan')).person.displayName).toBe('Tomas Brennan');
      expect(await snapshot()).toMatchObject({ people: before.people, attendance: before.attendance });
      expect((await t.store.repos.personChanges.find(change.id))!.undoneById).not.toBeNull();
      await expect(undoPersonChange(t.store, change.id, by)).rejects.toThrow(/was undone/);
    });

    it('should merge two people into one page and undo the merge', async () => {
      const before = await snapshot();
      const change = await mergePeople(t.store, 'rosa-albright', 'priya-chandra', by);
      const rosa = await detail('rosa-albright');
      expect(rosa.attendance.map((a) => [a.date, a.kind])).toEqual([
        ['2025-03-10', 'present'],
        ['2025-02-10', 'present'],
      ]);
      expect((await detail('priya-chandra')).person.slug).toBe('rosa-albright');
      await undoPersonChange(t.store, change.id, by);
      expect((await detail('priya-chandra')).person.slug).toBe('priya-chandra');
      expect((await snapshot()).people).toEqual(before.people);
    });

    it('should split records at chosen meetings to a new person, recompute memberships, and undo', async () => {
      const before = await snapshot();
      const change = await splitPerson(t.store, 'helen-easton', {
        ...by,
        name: 'Councillor Helena Easton',
        meetingIds: [meetings.get('2025-03-10')!],
      });
      const helena = await detail('helena-easton');
      expect(helena.attendance.map((a) => [a.date, a.kind])).toEqual([['2025-03-10', 'present']]);
      expect(helena.memberships.map((m) => [m.basis, m.firstSeenOn, m.lastSeenOn])).toEqual([
        ['inferred', '2025-03-10', '2025-03-10'],
      ]);
      const helen = await detail('helen-easton');
      expect(helen.attendance.map((a) => a.date)).toEqual(['2025-02-10']);
      expect(helen.memberships.map((m) => [m.firstSeenOn, m.lastSeenOn])).toEqual([['2025-02-10', '2025-02-10']]);
      await undoPersonChange(t.store, change.id, by);
      expect(await t.store.repos.people.findByIdOrSlug('helena-easton')).toBeUndefined();
      const after = await snapshot();
      expect(after.attendance).toEqual(before.attendance);
      expect(after.memberships).toEqual(before.memberships);
      expect(after.people).toEqual(before.people);
    });

    it('should copy records to a second person for two names fused into one, and undo the copy', async () => {
      const before = await snapshot();
      const change = await splitPerson(t.store, 'owen-delacroix', {
        ...by,
        name: 'Councillor Ruth Okoro',
        meetingIds: [meetings.get('2025-02-10')!],
        copy: true,
      });
      expect((await detail('owen-delacroix')).attendance).toHaveLength(1);
      expect((await detail('ruth-okoro')).attendance.map((a) => [a.date, a.kind])).toEqual([['2025-02-10', 'present']]);
      await undoPersonChange(t.store, change.id, by);
      expect((await snapshot()).counts).toEqual(before.counts);
    });

    it('should copy every column of a line, those the register added included', async () => {
      const owen = (await t.store.repos.people.findByIdOrSlug('owen-delacroix'))!;
      const meetingId = meetings.get('2025-02-10')!;
      await sql`UPDATE attendance SET remote = 1, arrived_at = '18:40' WHERE person_id = ${owen.id} AND meeting_id = ${meetingId}`.execute(
        dbOf(t.store),
      );
      const change = await splitPerson(t.store, 'owen-delacroix', {
        ...by,
        name: 'Councillor Ruth Okoro',
        meetingIds: [meetingId],
        copy: true,
      });
      const ruth = (await t.store.repos.people.findByIdOrSlug('ruth-okoro'))!;
      const copied = await sql<{
        remote: number;
        arrivedAt: string | null;
      }>`SELECT remote, arrived_at FROM attendance WHERE person_id = ${ruth.id}`.execute(dbOf(t.store));
      expect(copied.rows.map((r) => [Number(r.remote), r.arrivedAt])).toEqual([[1, '18:40']]);
      await undoPersonChange(t.store, change.id, by);
      await sql`UPDATE attendance SET remote = 0, arrived_at = NULL WHERE person_id = ${owen.id}`.execute(
        dbOf(t.store),
      );
    });

    it('should refuse to undo a change that a later change built on, naming it', async () => {
      const rename = await renamePerson(t.store, 'farid-ghani', 'Farid Ghanis', by);
      const merge = await mergePeople(t.store, 'rosa-albright', 'farid-ghani', by);
      await expect(undoPersonChange(t.store, rename.id, by)).rejects.toThrow(merge.id);
      await undoPersonChange(t.store, merge.id, by);
      await undoPersonChange(t.store, rename.id, by);
      expect((await detail('farid-ghani')).person.displayName).toBe('Farid Ghani');
    });

    it('should refuse bad requests with one clear reason and change nothing', async () => {
      const before = await snapshot();
      const attempts = [
        () => renamePerson(t.store, 'nobody-at-all', 'X Y', by),
        () => renamePerson(t.store, 'rosa-albright', 'Councillor', by),
        () => mergePeople(t.store, 'rosa-albright', 'rosa-albright', by),
        () => splitPerson(t.store, 'rosa-albright', { ...by, name: 'Rose Albright', meetingIds: ['no-such-meeting'] }),
        () =>
          splitPerson(t.store, 'rosa-albright', {
            ...by,
            name: 'Tomas Brennan',
            meetingIds: [meetings.get('2025-02-10')!],
          }),
        () => undoPersonChange(t.store, 'no-such-change', by),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(AppError);
      expect(await snapshot()).toEqual(before);
    });
  });
}
