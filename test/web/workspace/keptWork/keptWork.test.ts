import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tokenHash } from '../../../../src/app/accounts/secretToken.js';
import { dbOf } from '../../../../src/store/storeDb.js';
import { createApp } from '../../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser } from '../browser.js';
import { seedMinutesWorld, type MinutesWorld } from '../minutes/minutesFixtures.js';

const TYPED =
  'The Director presented the report on "sea wall" repairs <b>in full</b>.\n\nMembers asked about the cost.';

function csrfOf(html: string): string {
  return /name="csrf_token" value="([^"]+)"/.exec(html)![1]!;
}
function versionOf(html: string): string {
  return /name="version" value="(\d+)"/.exec(html)![1]!;
}
function keptOf(html: string): string | undefined {
  return /name="kept" value="([^"]+)"/.exec(html)?.[1];
}
function textareaOf(html: string): string {
  return /<textarea[^>]*name="minutes"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)![1]!;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: work typed when the session has ended`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let world: MinutesWorld;
    const clock = { now: new Date('2027-03-19T10:00:00Z') };
    beforeEach(async () => {
      clock.now = new Date('2027-03-19T10:00:00Z');
      t = await testStore(dialect);
      world = await seedMinutesWorld(t.store);
      app = createApp(t.store, { now: () => clock.now, today: () => clock.now.toISOString().slice(0, 10) });
    });
    afterEach(async () => {
      await t?.drop();
    });

    /** A clerk types minutes; their session ends before they press Save. */
    async function typeAndLoseSession(end: 'idle' | 'expired'): Promise<{
      clerk: Browser;
      itemPath: string;
      oldCsrf: string;
      version: string;
      refused: Response;
    }> {
      const clerk = new Browser(app);
      await clerk.signIn('clerk@council.example', 'correct horse');
      const itemPath = `/workspace/meetings/${world.first}/minutes/${world.items[0]}`;
      const page = await (await clerk.request(itemPath)).text();
      const oldCsrf = csrfOf(page);
      const version = versionOf(page);
      if (end === 'idle') clock.now = new Date(clock.now.getTime() + 9 * 3_600_000);
      else await dbOf(t.store).updateTable('sessions').set({ expiresAt: '2027-03-19T09:00:00.000Z' }).execute();
      const refused = await clerk.request(itemPath, {
        method: 'POST',
        form: { csrf_token: oldCsrf, version, minutes: TYPED, intent: 'save', password: 'not kept' },
      });
      return { clerk, itemPath, oldCsrf, version, refused };
    }

    it('should keep the minutes typed, say so, and give them back in the form after signing in again', async () => {
      const { clerk, itemPath, oldCsrf, version, refused } = await typeAndLoseSession('idle');
      expect(refused.status).toBe(401);
      const login = await refused.text();
      expect(login).toContain('What you typed has been kept');
      const kept = keptOf(login)!;
      expect(kept).toMatch(/^[\w-]{43}$/);
      expect(login).not.toContain(kept.slice(0, 10) + '&'); // only in the hidden field, not in a URL
      expect(login).toContain(`name="next" value="${itemPath}"`);
      // What is kept: the typed fields, never the forgery token or a password; only the token's hash.
      const row = await dbOf(t.store).selectFrom('keptForms').selectAll().executeTakeFirstOrThrow();
      expect(row.tokenHash).toBe(tokenHash(kept));
      expect(row.fieldsJson).toContain('sea wall');
      expect(row.fieldsJson).not.toContain(oldCsrf);
      expect(row.fieldsJson).not.toContain('not kept');
      expect(await (await app.request(`/meetings/${world.first}`)).text()).not.toContain('sea wall');

      // Sign in again from the sign-in page that was shown, with its hidden fields.
      const signedIn = await clerk.request('/login', {
        method: 'POST',
        form: {
          csrf_token: csrfOf(login),
          next: itemPath,
          kept,
          email: 'clerk@council.example',
          password: 'correct horse',
        },
      });
      expect(signedIn.status).toBe(303);
      expect(signedIn.headers.get('location')).toBe(itemPath);
      const back = await clerk.request(itemPath);
      expect(back.status).toBe(200);
      const html = await back.text();
      expect(html).toContain('What you typed is back in the form below');
      expect(textareaOf(html)).toBe(
        'The Director presented the report on &quot;sea wall&quot; repairs &lt;b&gt;in full&lt;/b&gt;.\n\nMembers asked about the cost.',
      );
      const freshCsrf = csrfOf(html);
      expect(freshCsrf).not.toBe(oldCsrf);
      expect(versionOf(html)).toBe(version);
      // Once only: the next visit shows the page as it is.
      expect(textareaOf(await (await clerk.request(itemPath)).text())).not.toContain('sea wall');
      expect(await dbOf(t.store).selectFrom('keptForms').selectAll().execute()).toEqual([]);

      // Not submitted for them: saving is the clerk's own press, with the new session's token.
      const saved = await clerk.request(itemPath, {
        method: 'POST',
        form: { csrf_token: freshCsrf, version, minutes: TYPED, intent: 'save' },
      });
      expect(saved.status).toBe(303);
      expect(await (await clerk.request(itemPath)).text()).toContain('sea wall');
    });

    it('should give nothing to another account signing in with the kept token, and keep it for its author', async () => {
      const { itemPath, refused } = await typeAndLoseSession('expired');
      const login = await refused.text();
      const kept = keptOf(login)!;
      for (const email of ['planning.clerk@council.example', 'cllr@council.example']) {
        const other = new Browser(app);
        const csrf = await other.tokenOn('/login');
        const res = await other.request('/login', {
          method: 'POST',
          form: { csrf_token: csrf, next: '/workspace', kept, email, password: 'correct horse' },
        });
        expect(res.status).toBe(303);
        expect(res.headers.get('location')).toBe('/workspace');
        expect(other.cookies.has('quorum_kept')).toBe(false);
        // Even with the token put in the cookie by hand, the page of another account is not filled.
        other.cookies.set('quorum_kept', kept);
        const page = await (await other.request(itemPath)).text();
        expect(page).not.toContain('sea wall');
      }
      const author = new Browser(app);
      const csrf = await author.tokenOn('/login');
      await author.request('/login', {
        method: 'POST',
        form: { csrf_token: csrf, next: '/workspace', kept, email: 'clerk@council.example', password: 'correct horse' },
      });
      expect(textareaOf(await (await author.request(itemPath)).text())).toContain('sea wall');
    });

    it('should keep nothing for a form without its session token, from another site, or after an hour', async () => {
      const clerk = new Browser(app);
      await clerk.signIn('clerk@council.example', 'correct horse');
      const itemPath = `/workspace/meetings/${world.first}/minutes/${world.items[0]}`;
      const page = await (await clerk.request(itemPath)).text();
      clock.now = new Date(clock.now.getTime() + 9 * 3_600_000);
      const form = { csrf_token: csrfOf(page), version: versionOf(page), minutes: TYPED, intent: 'save' };
      const forged = await clerk.request(itemPath, { method: 'POST', form: { ...form, csrf_token: 'x'.repeat(43) } });
      expect(forged.status).toBe(401);
      expect(keptOf(await forged.text())).toBeUndefined();
      expect((await clerk.request(itemPath, { method: 'POST', form, origin: 'https://evil.example' })).status).toBe(
        401,
      );
      expect(await dbOf(t.store).selectFrom('keptForms').selectAll().execute()).toEqual([]);
      // A session removed from the store names nobody: nothing is kept, and the page says so.
      await dbOf(t.store).deleteFrom('sessions').execute();
      const gone = await (await clerk.request(itemPath, { method: 'POST', form })).text();
      expect(gone).toContain('could not be kept');
      expect(keptOf(gone)).toBeUndefined();
      // Kept, then not claimed within the hour.
      await clerk.signIn('clerk@council.example', 'correct horse');
      const again = await (await clerk.request(itemPath)).text();
      clock.now = new Date(clock.now.getTime() + 9 * 3_600_000);
      const late = await clerk.request(itemPath, {
        method: 'POST',
        form: { ...form, csrf_token: csrfOf(again) },
      });
      const kept = keptOf(await late.text())!;
      clock.now = new Date(clock.now.getTime() + 61 * 60_000);
      const csrf = await clerk.tokenOn('/login');
      const res = await clerk.request('/login', {
        method: 'POST',
        form: { csrf_token: csrf, next: '/workspace', kept, email: 'clerk@council.example', password: 'correct horse' },
      });
      expect(res.headers.get('location')).toBe('/workspace');
    });

    it('should bring a decision back to the page it was typed on (its Referer), not the address it posts to', async () => {
      const clerk = new Browser(app);
      await clerk.signIn('clerk@council.example', 'correct horse');
      const page = await (await clerk.request('/workspace/decisions/new')).text();
      expect(page).toContain('action="/workspace/decisions"');
      clock.now = new Date(clock.now.getTime() + 9 * 3_600_000);
      const refused = await clerk.request('/workspace/decisions', {
        method: 'POST',
        referer: '/workspace/decisions/new',
        form: { csrf_token: csrfOf(page), reasons: 'Because the wall is falling down.' },
      });
      const login = await refused.text();
      const res = await clerk.request('/login', {
        method: 'POST',
        form: {
          csrf_token: csrfOf(login),
          next: '/workspace',
          kept: keptOf(login)!,
          email: 'clerk@council.example',
          password: 'correct horse',
        },
      });
      expect(res.headers.get('location')).toBe('/workspace/decisions/new');
      const back = await (await clerk.request('/workspace/decisions/new')).text();
      expect(back).toMatch(/<textarea[^>]*name="reasons"[^>]*>Because the wall is falling down\.<\/textarea>/);
    });

    it('should give back a form from an old tab sent after signing in again in another tab, saving nothing', async () => {
      const clerk = new Browser(app);
      await clerk.signIn('clerk@council.example', 'correct horse');
      const itemPath = `/workspace/meetings/${world.first}/minutes/${world.items[0]}`;
      // The old tab: the form as it was opened in the first session.
      const oldTab = await (await clerk.request(itemPath)).text();
      clock.now = new Date(clock.now.getTime() + 9 * 3_600_000);
      // Another tab (the same cookies) signs in again; then the old tab's Save is pressed.
      expect((await clerk.signIn('clerk@council.example', 'correct horse')).headers.get('location')).toBe('/workspace');
      const form = { csrf_token: csrfOf(oldTab), version: versionOf(oldTab), minutes: TYPED, intent: 'save' };
      const sent = await clerk.request(itemPath, { method: 'POST', form });
      expect(sent.status).toBe(303);
      expect(sent.headers.get('location')).toBe(itemPath);
      expect(await (await app.request(`/meetings/${world.first}`)).text()).not.toContain('sea wall');
      const back = await (await clerk.request(itemPath)).text();
      expect(back).toContain('Your session had ended, so nothing was saved.');
      expect(textareaOf(back)).toContain('&quot;sea wall&quot; repairs &lt;b&gt;in full&lt;/b&gt;');
      expect(csrfOf(back)).not.toBe(csrfOf(oldTab));
      expect(textareaOf(await (await clerk.request(itemPath)).text())).not.toContain('sea wall');

      // A token of no session of this account (forged, or another account's) keeps nothing.
      const other = new Browser(app);
      await other.signIn('planning.clerk@council.example', 'correct horse');
      const othersToken = await other.tokenOn('/workspace');
      for (const csrf_token of ['x'.repeat(43), othersToken]) {
        const refused = await clerk.request(itemPath, { method: 'POST', form: { ...form, csrf_token } });
        expect(refused.status).toBe(403);
      }
      expect(await dbOf(t.store).selectFrom('keptForms').selectAll().execute()).toEqual([]);
    });

    it('should give kept work back after signing in from another tab than the sign-in page that holds it', async () => {
      const { clerk, itemPath, refused } = await typeAndLoseSession('idle');
      const oldLogin = await refused.text();
      expect(keptOf(oldLogin)).toBeDefined();
      // Another account signing in is not given it.
      const other = new Browser(app);
      expect((await other.signIn('planning.clerk@council.example', 'correct horse')).headers.get('location')).toBe(
        '/workspace',
      );
      // The author signs in from a fresh sign-in page in another tab.
      const signedIn = await clerk.signIn('clerk@council.example', 'correct horse');
      expect(signedIn.headers.get('location')).toBe(itemPath);
      const back = await (await clerk.request(itemPath)).text();
      expect(back).toContain('What you typed is back in the form below');
      expect(textareaOf(back)).toContain('&quot;sea wall&quot;');
      // Once only: the old tab's sign-in page no longer brings it back.
      const again = new Browser(app);
      const res = await again.request('/login', {
        method: 'POST',
        form: {
          csrf_token: await again.tokenOn('/login'),
          next: '/workspace',
          kept: keptOf(oldLogin)!,
          email: 'clerk@council.example',
          password: 'correct horse',
        },
      });
      expect(res.headers.get('location')).toBe('/workspace');
    });
  });
}
