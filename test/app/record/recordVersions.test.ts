import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { importPaths } from '../../../src/app/importDocuments.js';
import { renamePerson } from '../../../src/app/people/renamePerson.js';
import { adoptTermsOfReference } from '../../../src/app/record/adoptTermsOfReference.js';
import { bodyRecordForClerk } from '../../../src/app/record/bodyRecordForClerk.js';
import { correctMembership } from '../../../src/app/record/correctMembership.js';
import { correctOfficerPost } from '../../../src/app/record/officerPosts.js';
import { mergePeopleAsClerk, renamePersonAsClerk } from '../../../src/app/record/peopleChanges.js';
import { personForClerk } from '../../../src/app/record/peopleForClerk.js';
import { setPoliticalBalance } from '../../../src/app/record/setPoliticalBalance.js';
import { StaleRecordError } from '../../../src/app/record/staleRecord.js';
import { updateBodySettings } from '../../../src/app/record/updateBodySettings.js';
import type { Account } from '../../../src/domain/account.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/people');
const FILES = ['fernleigh-2025-02-10.txt', 'fernleigh-2025-03-10.txt'].map((f) => path.join(FIXTURES, f));
const CHEAP = { cost: { log2N: 10, r: 8, p: 1 } };
const BODY = 'environment-committee';
const NOW = '2025-04-01T10:00:00.000Z';
const TODAY = '2025-04-01';
const SETTINGS = {
  size: 9,
  quorumRule: { fraction: 0.25, minimum: 3 },
  meetingsPerYear: null,
  allowsSubstitutes: true,
};

/** The error a save gave, or null when it saved. */
async function failure(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
    return null;
  } catch (error) {
    return error;
  }
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: optimistic locking of the record`, () => {
    let t: TestStore;
    let clerk: Account;
    let admin: Account;
    beforeAll(async () => {
      t = await testStore(dialect);
      await importPaths(t.store, FILES);
      const add = async (email: string, role: string, bodySlugs?: string[]) =>
        (await addUser(t.store, { email, role, bodySlugs, password: 'correct horse' }, 'cli:test', CHEAP)).account;
      clerk = await add('env.clerk@fernleigh.example', 'clerk', [BODY]);
      admin = await add('admin@fernleigh.example', 'admin');
    });
    afterAll(async () => {
      await t?.drop();
    });

    const record = () => bodyRecordForClerk(t.store, clerk, BODY, TODAY);
    const audits = async (subjectId: string) => (await t.store.repos.audit.list({ subjectId })).length;

    it('should start every row at version 1 and move a body on with each save of its forms', async () => {
      const before = await record();
      expect(before.version).toBe(1);
      expect(before.current.every((m) => m.version === 1)).toBe(true);
      await updateBodySettings(t.store, clerk, BODY, SETTINGS, NOW, 1);
      await setPoliticalBalance(t.store, clerk, BODY, [{ party: 'Labour', seats: 5 }], NOW, 2);
      await adoptTermsOfReference(
        t.store,
        clerk,
        BODY,
        {
          adoptedOn: '2025-03-01',
          purpose: 'Parks',
          powers: null,
          membershipRules: null,
          quorumText: null,
          frequencyText: null,
        },
        NOW,
        3,
      );
      expect((await record()).version).toBe(4);
    });

    it('should refuse a save from a page older than the body, saving and auditing nothing', async () => {
      const { version, body } = await record();
      const audited = await audits(body.id);
      const stale = await failure(
        updateBodySettings(t.store, clerk, BODY, { ...SETTINGS, size: 12 }, NOW, version - 1),
      );
      expect(stale).toBeInstanceOf(StaleRecordError);
      expect(stale).toMatchObject({ code: 'CONFLICT', kind: 'body', id: body.id });
      expect((stale as Error).message).toBe(
        'someone else changed this body since you opened the page: nothing was saved',
      );
      const after = await record();
      expect(after.body.size).toBe(9);
      expect(after.version).toBe(version);
      expect(await audits(body.id)).toBe(audited);
      expect(await failure(setPoliticalBalance(t.store, clerk, BODY, [], NOW, version + 1))).toBeInstanceOf(
        StaleRecordError,
      );
      expect((await record()).seats).toEqual([{ party: 'Labour', seats: 5 }]);
    });

    it('should let exactly one of two clerks saving from the same page win', async () => {
      const { version } = await record();
      const results = await Promise.allSettled([
        updateBodySettings(t.store, clerk, BODY, { ...SETTINGS, size: 10 }, NOW, version),
        updateBodySettings(t.store, admin, BODY, { ...SETTINGS, size: 11 }, NOW, version),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(StaleRecordError);
      const after = await record();
      expect(after.version).toBe(version + 1);
      expect(after.body.size).toBe(results[0]!.status === 'fulfilled' ? 10 : 11);
    });

    it('should refuse a stale membership correction and keep the membership as the other clerk left it', async () => {
      const membership = (await record()).current[0]!;
      const fields = {
        role: 'chair' as const,
        votingScope: 'full' as const,
        party: null,
        startsOn: null,
        endsOn: null,
      };
      await correctMembership(t.store, clerk, BODY, membership.id, fields, NOW, membership.version);
      const stale = await failure(
        correctMembership(
          t.store,
          admin,
          BODY,
          membership.id,
          { ...fields, role: 'vice_chair' },
          NOW,
          membership.version,
        ),
      );
      expect(stale).toMatchObject({ kind: 'membership', id: membership.id });
      const now = [...(await record()).current, ...(await record()).past].find((m) => m.id === membership.id)!;
      expect(now.role).toBe('chair');
      expect(now.version).toBe(membership.version + 1);
    });

    it('should refuse a stale rename, merge or post correction, and count a change made outside the workspace', async () => {
      const page = await personForClerk(t.store, 'jane-garrard');
      expect(page.version).toBe(1);
      // The CLI's rename holds no form, but moves the person on: a page opened before is now stale.
      await renamePerson(t.store, 'jane-garrard', 'Janet Garrard', { by: 'cli:test', now: NOW });
      expect(await failure(renamePersonAsClerk(t.store, admin, 'jane-garrard', 'Jane Garrod', NOW, 1))).toBeInstanceOf(
        StaleRecordError,
      );
      expect(await failure(mergePeopleAsClerk(t.store, admin, 'jane-garrard', 'tomas-brennan', NOW, 1))).toBeInstanceOf(
        StaleRecordError,
      );
      const fresh = await personForClerk(t.store, 'jane-garrard');
      expect(fresh.person.displayName).toBe('Janet Garrard');
      expect(fresh.version).toBeGreaterThan(1);
      await renamePersonAsClerk(t.store, admin, 'jane-garrard', 'Jane Garrard', NOW, fresh.version);

      const post = fresh.posts[0]!;
      const fields = { jobTitle: 'Governance Officer', organisation: null, startsOn: null, endsOn: '2025-03-31' };
      await correctOfficerPost(t.store, admin, post.id, fields, NOW, post.version);
      expect(
        await failure(correctOfficerPost(t.store, admin, post.id, { ...fields, endsOn: null }, NOW, post.version)),
      ).toMatchObject({ kind: 'officer_post' });
      const after = (await personForClerk(t.store, 'jane-garrard')).posts.find((p) => p.id === post.id)!;
      expect(after.endsOn).toBe('2025-03-31');
      expect(after.version).toBe(post.version + 1);
    });
  });
}
