import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideMerge } from '../../../src/app/people/decideMerge.js';
import { NameResolver } from '../../../src/app/people/nameResolver.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: person merges`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await testStore(dialect);
    });
    afterEach(async () => {
      await t?.drop();
    });

    const attend = async (date: string, names: string[]) => {
      const saved = await recordMeeting(
        t.store,
        buildMeetingRecord({
          date,
          attendance: names.map((name) => ({ name, kind: 'present' as const })),
          declarations: [],
        }),
        { sourceDocumentId: null, now: `${date}T12:00:00.000Z` },
      );
      return saved.merges;
    };

    it('should merge a short form of a given name automatically, with evidence, and let a clerk undo it', async () => {
      await attend('2024-01-10', ['Councillor Samuel Gardiner']);
      const merges = await attend('2024-02-10', ['Councillor Sam Gardiner']);
      expect(merges).toHaveLength(1);
      expect(merges[0]!.status).toBe('automatic');
      const [row] = await t.store.repos.merges.list(['automatic']);
      expect(row!.evidence.join(' ')).toMatch(/Sam/);
      const merged = await dbOf(t.store)
        .selectFrom('people')
        .select(['displayName', 'mergedIntoId'])
        .where('id', '=', merges[0]!.mergedPersonId)
        .executeTakeFirstOrThrow();
      expect(merged.mergedIntoId).toBe(merges[0]!.keptPersonId);
      // Later mentions of either spelling resolve to the kept person.
      const again = await t.store.transaction((repos) =>
        new NameResolver(repos, null, '2024-03-01T00:00:00.000Z').idOf('Cllr Sam Gardiner', 'councillor'),
      );
      expect(again).toBe(merges[0]!.keptPersonId);

      await decideMerge(t.store, merges[0]!.id, 'rejected', 'clerk');
      const undone = await dbOf(t.store)
        .selectFrom('people')
        .select('mergedIntoId')
        .where('id', '=', merges[0]!.mergedPersonId)
        .executeTakeFirstOrThrow();
      expect(undone.mergedIntoId).toBeNull();
      expect((await t.store.repos.merges.list(['rejected']))[0]?.id).toBe(merges[0]!.id);
    });

    it('should match transposed letters in a surname', async () => {
      await attend('2024-01-10', ['Councillor AJ Matsiko']);
      const merges = await attend('2024-02-10', ['Councillor AJ Matisko']);
      expect(merges.map((m) => m.status)).toEqual(['automatic']);
    });

    it('should not merge different people who share a surname', async () => {
      await attend('2024-01-10', ['Councillor John Smith']);
      const merges = await attend('2024-02-10', ['Councillor Jane Smith']);
      expect(merges).toEqual([]);
    });

    it('should merge a surname-only mention within one body', async () => {
      await attend('2024-01-10', ['Councillor Cheryl Barnard']);
      const merges = await attend('2024-02-10', ['Councillor Barnard']);
      expect(merges).toHaveLength(1);
      expect(merges[0]!.status).not.toBe('rejected');
    });

    it('should never merge two people both there at the same meeting', async () => {
      const saved = await recordMeeting(
        t.store,
        buildMeetingRecord({
          attendance: [
            { name: 'Councillor Clarke', kind: 'present' },
            { name: 'Ms D. Clarke', kind: 'in_attendance', capacity: 'officer', roleText: 'Director of Services' },
          ],
          declarations: [],
        }),
        { sourceDocumentId: null },
      );
      expect(saved.merges).toEqual([]);
      // Met apart, the surname alone is still read as the councillor of that body.
      expect((await attend('2024-02-10', ['Councillor Kay Barnard'])).length).toBe(0);
      expect((await attend('2024-03-10', ['Councillor Barnard'])).length).toBe(1);
    });

    it('should leave an officer and a councillor whose names nearly agree to a clerk', async () => {
      await attend('2024-01-10', ['Councillor Tommy Brennan']);
      const saved = await recordMeeting(
        t.store,
        buildMeetingRecord({
          date: '2024-02-10',
          body: { name: 'Planning Committee' },
          attendance: [{ name: 'Mr T. Brennan', kind: 'in_attendance', capacity: 'officer', roleText: 'Engineer' }],
          declarations: [],
        }),
        { sourceDocumentId: null },
      );
      expect(saved.merges.map((m) => m.status)).toEqual(['pending']);
      // Two councillors so written are matched at once, as before.
      await attend('2024-03-10', ['Councillor Tomasz Nowak']);
      expect((await attend('2024-04-10', ['Councillor T Nowak'])).map((m) => m.status)).toEqual(['automatic']);
    });

    it('should refuse to decide an unknown match', async () => {
      await expect(decideMerge(t.store, 'nope', 'accepted', 'clerk')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
}
