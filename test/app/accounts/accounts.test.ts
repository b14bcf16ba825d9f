import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { resolveSession, signInWithLink, signInWithPassword, signOut } from '../../../src/app/accounts/sessions.js';
import type { AppError } from '../../../src/domain/errors.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const CHEAP = { cost: { log2N: 10, r: 8, p: 1 } };
const T0 = '2026-03-02T09:00:00.000Z';
const later = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

for (const dialect of DIALECTS) {
  describe(`${dialect}: accounts and sessions`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await testStore(dialect);
    });
    afterEach(async () => {
      await t?.drop();
    });

    const addClerk = (password?: string) =>
      addUser(t.store, { email: ' Jo@Council.example ', role: 'clerk', password }, 'cli:test', { ...CHEAP, now: T0 });

    it('should sign in with the password, keep the session while used, and end it on sign-out', async () => {
      const { account, signInToken } = await addClerk('correct horse');
      expect(signInToken).toBeNull();
      expect(account.email).toBe('jo@council.example');
      const result = await signInWithPassword(t.store, 'JO@council.example', 'correct horse', T0);
      if (!result.ok) throw new Error(result.problem);
      const { sessionToken, csrfToken } = result.signedIn;
      const live = await resolveSession(t.store, sessionToken, later(60));
      expect(live).toMatchObject({ account: { id: account.id, role: 'clerk' }, csrfToken });
      expect(JSON.stringify(live)).not.toContain('scrypt');
      // Used an hour in, so idle only from then: still live at nine hours.
      expect(await resolveSession(t.store, sessionToken, later(9 * 60 - 30))).not.toBeNull();
      await signOut(t.store, sessionToken, later(9 * 60));
      expect(await resolveSession(t.store, sessionToken, later(9 * 60 + 1))).toBeNull();
    });

    it('should end a session left idle for a working day, and any session after a week', async () => {
      await addClerk('correct horse');
      const first = await signInWithPassword(t.store, 'jo@council.example', 'correct horse', T0);
      if (!first.ok) throw new Error(first.problem);
      expect(await resolveSession(t.store, first.signedIn.sessionToken, later(8 * 60 + 1))).toBeNull();
      const second = await signInWithPassword(t.store, 'jo@council.example', 'correct horse', T0);
      if (!second.ok) throw new Error(second.problem);
      let at = 0;
      for (; at < 7 * 24 * 60; at += 6 * 60)
        expect(await resolveSession(t.store, second.signedIn.sessionToken, later(at))).not.toBeNull();
      expect(await resolveSession(t.store, second.signedIn.sessionToken, later(7 * 24 * 60))).toBeNull();
    });

    it('should say the same for an unknown address and a wrong password', async () => {
      await addClerk('correct horse');
      const wrong = await signInWithPassword(t.store, 'jo@council.example', 'wrong horse', T0);
      const unknown = await signInWithPassword(t.store, 'nobody@council.example', 'correct horse', T0);
      expect(wrong).toEqual({ ok: false, problem: expect.stringMatching(/correct email address and password/) });
      expect(unknown).toEqual(wrong);
    });

    it('should refuse a deactivated account and end its sessions', async () => {
      const { account } = await addClerk('correct horse');
      const result = await signInWithPassword(t.store, 'jo@council.example', 'correct horse', T0);
      if (!result.ok) throw new Error(result.problem);
      await t.store.transaction(async (repos) => {
        await repos.accounts.update(account.id, { active: false }, later(1));
        await repos.accounts.revokeSessions({ accountId: account.id }, later(1));
      });
      expect(await resolveSession(t.store, result.signedIn.sessionToken, later(2))).toBeNull();
      const again = await signInWithPassword(t.store, 'jo@council.example', 'correct horse', later(3));
      expect(again).toEqual({ ok: false, problem: expect.stringMatching(/deactivated/) });
    });

    it('should sign in once with a one-time link, and never after a day', async () => {
      const { signInToken } = await addClerk();
      expect(signInToken).toMatch(/^[\w-]{43}$/);
      const first = await signInWithLink(t.store, signInToken!, later(5));
      expect(first.ok).toBe(true);
      expect((await signInWithLink(t.store, signInToken!, later(6))).ok).toBe(false);
      const other = await addUser(t.store, { email: 'pat@council.example', role: 'admin' }, 'cli:test', {
        now: T0,
      });
      expect((await signInWithLink(t.store, other.signInToken!, later(24 * 60))).ok).toBe(false);
      // Nobody signs in with a password on an account that has none.
      expect((await signInWithPassword(t.store, 'pat@council.example', '', later(1))).ok).toBe(false);
    });

    it('should refuse a second account for one address, an unknown role or body, and bodies for a non-clerk', async () => {
      await addClerk('correct horse');
      const attempts = [
        addUser(t.store, { email: 'JO@council.example', role: 'admin' }, 'cli:test'),
        addUser(t.store, { email: 'a@council.example', role: 'mayor' }, 'cli:test'),
        addUser(t.store, { email: 'b@council.example', role: 'clerk', bodySlugs: ['no-such-body'] }, 'cli:test'),
        addUser(t.store, { email: 'c@council.example', role: 'councillor', bodySlugs: ['x'] }, 'cli:test'),
        addUser(t.store, { email: 'd@council.example', role: 'clerk', password: 'short' }, 'cli:test'),
      ];
      const codes = await Promise.all(
        attempts.map((p) =>
          p.then(
            () => 'ok',
            (e: AppError) => e.code,
          ),
        ),
      );
      expect(codes).toEqual(['CONFLICT', 'INPUT_INVALID', 'NOT_FOUND', 'INPUT_INVALID', 'INPUT_INVALID']);
      expect(await t.store.repos.accounts.count()).toBe(1);
    });

    it('should limit a clerk to named bodies and record the account in the audit log, without its password', async () => {
      const body = await t.store.transaction((repos) => repos.bodies.ensure('Planning Committee', undefined, T0));
      const { account } = await addUser(
        t.store,
        { email: 'kim@council.example', role: 'clerk', bodySlugs: [body.slug], password: 'correct horse' },
        'cli:admin',
        { ...CHEAP, now: T0 },
      );
      expect(account.bodyIds).toEqual([body.id]);
      const [entry] = await t.store.repos.audit.list({ subjectKind: 'account', subjectId: account.id });
      expect(entry).toMatchObject({
        actor: 'cli:admin',
        action: 'account.add',
        after: { email: 'kim@council.example' },
      });
      expect(JSON.stringify(entry)).not.toMatch(/scrypt|correct horse/);
    });
  });
}
