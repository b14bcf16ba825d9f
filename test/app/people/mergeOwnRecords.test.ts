import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergePeople } from '../../../src/app/people/mergePeople.js';
import { undoPersonChange } from '../../../src/app/people/undoPersonChange.js';
import type { IsoDate } from '../../../src/domain/isoDateType.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const by = { by: 'clerk' };
const NOW = '2027-02-01T09:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`${dialect}: a merge moves what belongs to the person`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await testStore(dialect);
      await t.store.transaction(async (repos) => {
        for (const [id, name] of [
          ['p-kept', 'Rosa Albright'],
          ['p-dup', 'Rosa Allbright'],
          ['p-older', 'R. Albright'],
        ] as const)
          await repos.people.add({
            id,
            slug: id,
            displayName: name,
            honorific: 'Councillor',
            givenName: null,
            familyName: null,
            kind: 'councillor',
            mergedIntoId: null,
            createdAt: NOW,
          });
        await repos.absence.addApproval({
          id: 'approval-1',
          personId: 'p-dup',
          approvedOn: '2027-01-10' as IsoDate,
          reason: 'Illness',
          until: null,
          recordedBy: 'clerk',
          recordedAt: NOW,
        });
        await repos.absence.addApproval({
          id: 'approval-2',
          personId: 'p-older',
          approvedOn: '2026-07-10' as IsoDate,
          reason: 'Maternity leave',
          until: '2026-12-31' as IsoDate,
          recordedBy: 'clerk',
          recordedAt: NOW,
        });
        const entry = (id: string, personId: string) => ({
          id,
          personId,
          category: 'land' as const,
          description: `House of ${personId}`,
          aroseOn: '2026-05-01' as IsoDate,
          registeredOn: '2026-05-10' as IsoDate,
          sensitive: false,
          createdAt: NOW,
          updatedAt: NOW,
        });
        await repos.interests.addEntry(entry('entry-kept', 'p-kept'));
        await repos.interests.addEntry(entry('entry-dup', 'p-dup'));
        await repos.interests.setReviewed('p-dup', '2026-12-01' as IsoDate, NOW, 'clerk');
      });
      // p-older was merged into p-dup already: its approval goes with it to the kept person.
      await mergePeople(t.store, 'p-dup', 'p-older', by);
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should move absence approvals, register entries and the last review to the kept person, and back on undo', async () => {
      const change = await mergePeople(t.store, 'p-kept', 'p-dup', by);
      const approvals = await t.store.repos.absence.approvalsOf(['p-kept']);
      expect(approvals.map((a) => a.id)).toEqual(['approval-2', 'approval-1']);
      expect(await t.store.repos.absence.approvalsOf(['p-dup', 'p-older'])).toEqual([]);
      const entries = await t.store.repos.interests.entriesOf(['p-kept']);
      expect(entries.map((e) => e.id).sort()).toEqual(['entry-dup', 'entry-kept']);
      expect(await t.store.repos.interests.reviewedOn('p-kept')).toBe('2026-12-01');
      // The register the clerk sees lists the kept person once, with both entries.
      const holders = await t.store.repos.interests.holders();
      expect(
        holders.filter((h) => h.name.includes('Albright') || h.name.includes('Allbright')).map((h) => h.id),
      ).toEqual(['p-kept']);

      await undoPersonChange(t.store, change.id, by);
      // Back where each was just before this merge: p-older's went to p-dup with the earlier merge.
      expect((await t.store.repos.absence.approvalsOf(['p-dup'])).map((a) => a.id)).toEqual([
        'approval-2',
        'approval-1',
      ]);
      expect((await t.store.repos.interests.entriesOf(['p-kept'])).map((e) => e.id)).toEqual(['entry-kept']);
      expect(await t.store.repos.interests.reviewedOn('p-kept')).toBeNull();
      expect(await t.store.repos.interests.reviewedOn('p-dup')).toBe('2026-12-01');
    });

    it("should keep the kept person's own review when both were reviewed", async () => {
      await t.store.transaction((repos) =>
        repos.interests.setReviewed('p-kept', '2027-01-20' as IsoDate, NOW, 'clerk'),
      );
      await mergePeople(t.store, 'p-kept', 'p-dup', by);
      expect(await t.store.repos.interests.reviewedOn('p-kept')).toBe('2027-01-20');
    });
  });
}
