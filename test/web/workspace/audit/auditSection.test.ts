import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { createApp } from '../../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: the audit log page and its exports`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let admin: Browser;
    beforeEach(async () => {
      t = await testStore(dialect);
      app = createApp(t.store);
      for (const [email, role] of [
        ['admin@council.example', 'admin'],
        ['clerk@council.example', 'clerk'],
      ] as const)
        await addUser(t.store, { email, role, password: 'correct horse' }, 'cli:test', CHEAP);
      // Text that reached the log from elsewhere is untrusted: markup and a spreadsheet formula.
      await t.store.transaction((repos) =>
        repos.audit.add({
          id: 'hostile',
          at: '2026-01-02T03:04:05.000Z',
          actor: 'cli:test',
          action: 'person.rename',
          subjectKind: 'person',
          subjectId: '=HYPERLINK("http://evil.example")',
          before: { name: 'Jo Bloggs' },
          after: { name: '<script>alert(1)</script>' },
        }),
      );
      admin = new Browser(app);
      await admin.signIn('admin@council.example', 'correct horse');
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should show a change made in the workspace with who made it and what changed', async () => {
      const accounts = await (await admin.request('/admin/accounts')).text();
      const action = /action="(\/admin\/accounts\/[^"]+\/role)"[^]*?name="csrf_token" value="([^"]+)"/.exec(
        accounts.slice(accounts.indexOf('clerk@council.example')),
      )!;
      const res = await admin.request(action[1]!, {
        method: 'POST',
        form: { csrf_token: action[2]!, role: 'councillor' },
      });
      expect(res.status).toBe(303);
      const page = await (await admin.request('/admin/audit')).text();
      expect(page).toMatch(/admin@council\.example<\/td>[^]*?account\.role/);
      expect(page).toMatch(/<strong>role<\/strong>: clerk → councillor/);
      expect(page).not.toContain('<script>alert(1)</script>');
      expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    it('should filter by date and keep a bad date as typed with an error beside it', async () => {
      const only = await (
        await admin.request('/admin/audit?from-day=2&from-month=1&from-year=2026&to-day=2&to-month=1&to-year=2026')
      ).text();
      expect(only).toContain('person.rename');
      expect(only).not.toContain('account.add');
      const bad = await admin.request('/admin/audit?from-day=31&from-month=2&from-year=2026');
      expect(bad.status).toBe(400);
      const html = await bad.text();
      expect(html).toContain('From date must be a real date');
      expect(html).toMatch(/name="from-day"[^>]*value="31"|value="31"[^>]*name="from-day"/);
      expect(html).toContain('href="#from-day"');
    });

    it('should export CSV a spreadsheet will not run and JSON Lines a tool can read', async () => {
      const csv = await admin.request('/admin/audit.csv');
      expect(csv.headers.get('content-disposition')).toContain('audit-log.csv');
      const rows = parse((await csv.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
      const hostile = rows.find((r) => r.action === 'person.rename')!;
      expect(hostile.subject_id!.startsWith("'=")).toBe(true);
      expect(JSON.parse(hostile.after!)).toEqual({ name: '<script>alert(1)</script>' });
      expect(rows.filter((r) => r.action === 'account.add')).toHaveLength(2);
      const lines = (await (await admin.request('/admin/audit.jsonl?kind=person')).text()).trim().split('\n');
      expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['hostile']);
    });

    it('should refuse the log and its exports to a clerk', async () => {
      const clerk = new Browser(app);
      await clerk.signIn('clerk@council.example', 'correct horse');
      for (const path of ['/admin/audit', '/admin/audit.csv', '/admin/audit.jsonl'])
        expect((await clerk.request(path)).status, path).toBe(403);
      expect((await new Browser(app).request('/admin/audit.csv')).status).toBe(303);
    });
  });
}
