import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { auditLogPages, readAuditLog } from '../../../src/app/audit/auditLog.js';
import type { Account } from '../../../src/domain/account.js';
import { AppError } from '../../../src/domain/errors.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const CHEAP = { cost: { log2N: 10, r: 8, p: 1 } };

for (const dialect of DIALECTS) {
  describe(`${dialect}: reading the audit log`, () => {
    let t: TestStore;
    let admin: Account;
    beforeEach(async () => {
      t = await testStore(dialect);
      admin = (
        await addUser(t.store, { email: 'admin@x.org', role: 'admin', password: 'long enough' }, 'cli:test', CHEAP)
      ).account;
      // Seven entries over three days, two at the same instant: the cursor must tell them apart.
      await t.store.transaction(async (repos) => {
        const at = ['2026-03-01T09:00:00.000Z', '2026-03-02T10:00:00.000Z', '2026-03-02T10:00:00.000Z'];
        for (const [i, when] of [
          ...at,
          '2026-03-03T08:00:00.000Z',
          '2026-03-03T09:00:00.000Z',
          '2026-03-03T23:59:59.000Z',
        ].entries())
          await repos.audit.add({
            id: `e${i}`,
            at: when,
            actor: i % 2 ? admin.id : 'cli:someone',
            action: i < 3 ? 'meeting.move' : 'person.rename',
            subjectKind: i < 3 ? 'meeting' : 'person',
            subjectId: `s${i}`,
            before: { n: i },
            after: { n: i + 1 },
          });
      });
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should page newest first by keyset, losing and repeating nothing', async () => {
      const seen: string[] = [];
      let page = await readAuditLog(t.store, admin, {}, 2);
      for (;;) {
        seen.push(...page.entries.map((e) => e.id));
        if (!page.next) break;
        page = await readAuditLog(t.store, admin, { before: page.next }, 2);
      }
      const all = (await readAuditLog(t.store, admin, {}, 100)).entries;
      expect(seen).toEqual(all.map((e) => e.id));
      expect(new Set(seen).size).toBe(all.length);
      expect(all.length).toBe(7); // six made here, one when the admin was added
      expect(all.map((e) => e.at)).toEqual([...all.map((e) => e.at)].sort().reverse());
    });

    it('should filter by who, what and inclusive dates, and name the actor', async () => {
      const byAdmin = await readAuditLog(t.store, admin, { actor: admin.id });
      expect(byAdmin.entries.map((e) => e.id).sort()).toEqual(['e1', 'e3', 'e5']);
      expect(byAdmin.actors.get(admin.id)).toBe('admin@x.org');
      const people = await readAuditLog(t.store, admin, {
        subjectKind: 'person',
        fromDate: '2026-03-03',
        toDate: '2026-03-03',
      });
      expect(people.entries.map((e) => e.id).sort()).toEqual(['e3', 'e4', 'e5']);
      const second = await readAuditLog(t.store, admin, { fromDate: '2026-03-02', toDate: '2026-03-02' });
      expect(second.entries.map((e) => e.id).sort()).toEqual(['e1', 'e2']);
    });

    it('should stream every entry in pages for an export', async () => {
      const ids: string[] = [];
      for await (const page of auditLogPages(t.store, admin, { subjectKind: 'meeting' }, 2))
        ids.push(...page.entries.map((e) => e.id));
      expect(ids).toEqual(['e2', 'e1', 'e0']);
    });

    it('should refuse anyone but an administrator', async () => {
      const clerk = (
        await addUser(t.store, { email: 'clerk@x.org', role: 'clerk', password: 'long enough' }, 'cli:test', CHEAP)
      ).account;
      await expect(readAuditLog(t.store, clerk, {})).rejects.toSatisfy(
        (e: unknown) => e instanceof AppError && e.code === 'FORBIDDEN',
      );
    });
  });
}
