import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideMerge, listMerges, proposeMerges } from '../../../src/store/people/personMerges.js';
import { resolvePerson } from '../../../src/store/people/resolvePerson.js';
import { saveMeetingRecord } from '../../../src/store/records/saveMeetingRecord.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../testStores.js';

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
      const saved = await saveMeetingRecord(
        t.store.db,
        buildMeetingRecord({
          date,
          attendance: names.map((name) => ({ name, kind: 'present' as const })),
          declarations: [],
        }),
        { sourceDocumentId: null, now: `${date}T12:00:00.000Z` },
      );
      return proposeMerges(t.store.db, saved.createdPersonIds, `${date}T12:00:00.000Z`);
    };

    it('should merge a short form of a given name automatically, with evidence, and let a clerk undo it', async () => {
      await attend('2024-01-10', ['Councillor Samuel Gardiner']);
      const merges = await attend('2024-02-10', ['Councillor Sam Gardiner']);
      expect(merges).toHaveLength(1);
      expect(merges[0]!.status).toBe('automatic');
      const [row] = await listMerges(t.store.db, ['automatic']);
      expect(row!.evidence.join(' ')).toMatch(/Sam/);
      const merged = await t.store.db
        .selectFrom('people')
        .select(['displayName', 'mergedIntoId'])
        .where('id', '=', merges[0]!.mergedPersonId)
        .executeTakeFirstOrThrow();
      expect(merged.mergedIntoId).toBe(merges[0]!.keptPersonId);
      // Later mentions of either spelling resolve to the kept person.
      const again = await resolvePerson(t.store.db, 'Cllr Sam Gardiner');
      expect(again?.personId).toBe(merges[0]!.keptPersonId);

      await decideMerge(t.store.db, merges[0]!.id, 'rejected', 'clerk');
      const undone = await t.store.db
        .selectFrom('people')
        .select('mergedIntoId')
        .where('id', '=', merges[0]!.mergedPersonId)
        .executeTakeFirstOrThrow();
      expect(undone.mergedIntoId).toBeNull();
      expect((await listMerges(t.store.db, ['rejected']))[0]?.id).toBe(merges[0]!.id);
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

    it('should refuse to decide an unknown match', async () => {
      await expect(decideMerge(t.store.db, 'nope', 'accepted', 'clerk')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
}
