import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { createApp } from '../../../src/web/app.js';
import { Browser, CHEAP } from './browser.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: sign-in and the signed-in pages`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    beforeEach(async () => {
      t = await testStore(dialect);
      app = createApp(t.store);
      for (const [email, role] of [
        ['admin@council.example', 'admin'],
        ['clerk@council.example', 'clerk'],
        ['cllr@council.example', 'councillor'],
      ] as const)
        await addUser(t.store, { email, role, password: 'correct horse' }, 'cli:test', CHEAP);
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should sign in, set a session cookie only scripts cannot read, show the workspace and sign out', async () => {
      const browser = new Browser(app);
      expect((await browser.request('/workspace')).headers.get('location')).toBe('/login?next=%2Fworkspace');
      const res = await browser.signIn('Clerk@Council.example', 'correct horse');
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/workspace');
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('quorum_session='))!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      const page = await (await browser.request('/workspace')).text();
      expect(page).toContain('Signed in as clerk@council.example, clerk.');
      const csrf = /name="csrf_token" value="([^"]+)"/.exec(page)![1]!;
      expect((await browser.request('/logout', { method: 'POST', form: { csrf_token: csrf } })).status).toBe(303);
      expect((await browser.request('/workspace')).status).toBe(303);
    });

    it('should keep what was typed and say what is wrong, beside the field and in a summary', async () => {
      const browser = new Browser(app);
      const csrf = await browser.tokenOn('/login');
      const res = await browser.request('/login', {
        method: 'POST',
        form: { csrf_token: csrf, email: 'not an address <b>', password: '' },
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('govuk-error-summary');
      expect(html).toContain('value="not an address &lt;b&gt;"');
      expect(html).toContain('<a href="#password">Enter your password</a>');
    });

    it('should refuse a login form without its token or from another site', async () => {
      const browser = new Browser(app);
      const csrf = await browser.tokenOn('/login');
      const form = { csrf_token: csrf, email: 'clerk@council.example', password: 'correct horse' };
      expect((await browser.request('/login', { method: 'POST', form, origin: 'https://evil.example' })).status).toBe(
        403,
      );
      expect((await browser.request('/login', { method: 'POST', form, origin: null })).status).toBe(403);
      expect((await browser.request('/login', { method: 'POST', form: { ...form, csrf_token: 'x' } })).status).toBe(
        403,
      );
      expect((await browser.request('/login', { method: 'POST', form })).status).toBe(303);
    });

    it('should answer 429 with Retry-After once an account has failed five times, even with the right password', async () => {
      const browser = new Browser(app);
      for (let i = 0; i < 5; i++)
        expect((await browser.signIn('clerk@council.example', `wrong ${i}`)).status).toBe(401);
      const blocked = await browser.signIn('clerk@council.example', 'correct horse');
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another account from elsewhere is not held up by it.
      expect((await new Browser(app).signIn('cllr@council.example', 'correct horse')).status).toBe(303);
    });

    it('should refuse every write route to the public, and the admin routes to other roles', async () => {
      const writes = app.routes.filter((r) => !['GET', 'HEAD', 'ALL'].includes(r.method));
      const signedInWrites = writes.filter((r) => !r.path.startsWith('/login'));
      expect(signedInWrites.map((r) => r.path)).toContain('/logout');
      const concrete = (path: string): string => path.replace(/:(\w+)/g, 'x');
      for (const route of signedInWrites) {
        const res = await new Browser(app).request(concrete(route.path), { method: route.method, form: {} });
        expect([401, 403], `${route.method} ${route.path} for the public`).toContain(res.status);
      }
      // Councillors change nothing in the workspace (part 1): every write but signing out refuses them.
      const cllr = new Browser(app);
      await cllr.signIn('cllr@council.example', 'correct horse');
      const cllrCsrf = await cllr.tokenOn('/workspace');
      for (const route of signedInWrites.filter((r) => r.path !== '/logout')) {
        const res = await cllr.request(concrete(route.path), { method: route.method, form: { csrf_token: cllrCsrf } });
        expect(res.status, `${route.method} ${route.path} for a councillor`).toBe(403);
      }
      for (const email of ['clerk@council.example', 'cllr@council.example']) {
        const browser = new Browser(app);
        await browser.signIn(email, 'correct horse');
        const csrf = await browser.tokenOn('/workspace');
        expect((await browser.request('/admin/accounts')).status).toBe(403);
        for (const route of signedInWrites.filter((r) => r.path.startsWith('/admin'))) {
          const res = await browser.request(concrete(route.path), { method: route.method, form: { csrf_token: csrf } });
          expect(res.status, `${route.method} ${route.path} for ${email}`).toBe(403);
        }
      }
    });

    it('should let an admin deactivate an account, ending its sessions, with a token-checked form', async () => {
      const clerk = new Browser(app);
      await clerk.signIn('clerk@council.example', 'correct horse');
      const admin = new Browser(app);
      await admin.signIn('admin@council.example', 'correct horse');
      const page = await (await admin.request('/admin/accounts')).text();
      const action = /action="(\/admin\/accounts\/[^"]+\/deactivate)"[^]*?name="csrf_token" value="([^"]+)"/.exec(
        page.slice(page.indexOf('clerk@council.example')),
      )!;
      expect((await admin.request(action[1]!, { method: 'POST', form: {} })).status).toBe(403);
      expect((await admin.request(action[1]!, { method: 'POST', form: { csrf_token: action[2]! } })).status).toBe(303);
      expect(await (await admin.request('/admin/accounts')).text()).toMatch(
        /clerk@council\.example<\/td>[^]*?Deactivated/,
      );
      expect((await clerk.request('/workspace')).status).toBe(303);
    });

    it('should let an admin invite someone with a one-time link and change a role, keeping a refused address', async () => {
      const admin = new Browser(app);
      await admin.signIn('admin@council.example', 'correct horse');
      const csrf = await admin.tokenOn('/admin/accounts');
      const taken = await admin.request('/admin/accounts', {
        method: 'POST',
        form: { csrf_token: csrf, email: 'CLERK@council.example', role: 'clerk' },
      });
      expect(taken.status).toBe(400);
      const refused = await taken.text();
      expect(refused).toContain('value="CLERK@council.example"');
      expect(refused).toContain('already exists');
      const invited = await admin.request('/admin/accounts', {
        method: 'POST',
        form: { csrf_token: csrf, email: 'dm@council.example', role: 'decision_maker' },
      });
      const link = /(\/login\/link\/[\w-]{43})/.exec(await invited.text())![1]!;
      const newcomer = new Browser(app);
      const buttonToken = await newcomer.tokenOn(link);
      expect((await newcomer.request(link, { method: 'POST', form: { csrf_token: buttonToken } })).status).toBe(303);
      expect(await (await newcomer.request('/workspace')).text()).toContain('dm@council.example, decision maker');
      const page = await (await admin.request('/admin/accounts')).text();
      const roleForm = /action="(\/admin\/accounts\/[^"]+\/role)"/.exec(
        page.slice(page.indexOf('cllr@council.example')),
      )!;
      expect(
        (await admin.request(roleForm[1]!, { method: 'POST', form: { csrf_token: csrf, role: 'clerk' } })).status,
      ).toBe(303);
      const audit = await t.store.repos.audit.list();
      expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['account.role', 'account.add']));
    });
  });
}
