import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpsFor } from '../../../src/app/digest/followUpsFor.js';
import type { IsoDate } from '../../../src/domain/isoDateType.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { CHEAP } from '../../web/workspace/browser.js';
import { addFollowUpFixture, TODAY } from './followUpFixture.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: followUpsFor`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
      await addFollowUpFixture(t.store, CHEAP);
    });
    afterAll(async () => {
      await t?.drop();
    });

    const accountOf = async (email: string) =>
      (await t.store.transaction((repos) => repos.accounts.findByEmail(email)))!;

    it('should list what a clerk of every body has to chase, by the tracker’s rules', async () => {
      const f = await followUpsFor(t.store, await accountOf('clerk@x.org'), TODAY as IsoDate);
      expect(f.overdueResponses.map((r) => r.recommendationId)).toEqual([
        'rec-answer-later',
        'rec-licensing',
        'rec-overdue',
        'rec-exempt',
      ]);
      expect(f.responsesDueSoon.map((r) => r.recommendationId)).toEqual(['rec-due-today', 'rec-due-soon']);
      expect(f.overdueActions.map((a) => a.actionId)).toEqual(['act-exempt', 'act-overdue', 'act-licensing']);
      const exempt = f.overdueResponses.find((r) => r.recommendationId === 'rec-exempt')!;
      expect(exempt.isExempt).toBe(true);
      expect(f.overdueActions.find((a) => a.actionId === 'act-exempt')!.isExempt).toBe(true);
      expect(f.overdueResponses.find((r) => r.recommendationId === 'rec-overdue')).toMatchObject({
        bodyName: 'Harbourside Overview and Scrutiny Committee',
        itemTitle: 'Coastal Flood Defence Programme',
        decisionMaker: 'Executive Member for Place',
        isExempt: false,
      });
    });

    it('should keep a clerk to their bodies, give an administrator all, and refuse a councillor', async () => {
      const lic = await followUpsFor(t.store, await accountOf('lic@x.org'), TODAY as IsoDate);
      expect(lic.overdueResponses.map((r) => r.recommendationId)).toEqual(['rec-licensing']);
      expect(lic.responsesDueSoon).toEqual([]);
      expect(lic.overdueActions.map((a) => a.actionId)).toEqual(['act-licensing']);
      const admin = await followUpsFor(t.store, await accountOf('admin@x.org'), TODAY as IsoDate);
      expect(admin.overdueResponses).toHaveLength(4);
      await expect(followUpsFor(t.store, await accountOf('cllr@x.org'), TODAY as IsoDate)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('should count a response once it is dated, and an overdue one again the day after its due date', async () => {
      const clerk = await accountOf('clerk@x.org');
      // On 2 April the response dated 2 April counts: that recommendation is answered.
      const next = await followUpsFor(t.store, clerk, '2026-04-02' as IsoDate);
      expect(next.overdueResponses.map((r) => r.recommendationId)).not.toContain('rec-answer-later');
      expect(next.overdueResponses.map((r) => r.recommendationId)).toContain('rec-due-today');
      // On 1 April that response is dated in the future: not made yet, so the recommendation is overdue.
      const today = await followUpsFor(t.store, clerk, TODAY as IsoDate);
      expect(today.overdueResponses.map((r) => r.recommendationId)).toContain('rec-answer-later');
    });
  });
}
