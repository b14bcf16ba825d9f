import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { importPaths } from '../../../../src/app/importDocuments.js';
import { createApp } from '../../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/people');
const BODY = '/workspace/bodies/environment-committee';
const SETTINGS = {
  'quorum-percent': '25',
  'quorum-minimum': '3',
  'meetings-min': '',
  'meetings-max': '',
  substitutes: 'yes',
};

/** The value of the hidden `version` field of the form posting to `action`. */
function versionIn(html: string, action: string): string {
  const form = new RegExp(`<form[^>]*action="${action}"[^>]*>([\\s\\S]*?)</form>`).exec(html)![1]!;
  return /name="version" value="(\d+)"/.exec(form)![1]!;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: two clerks editing the same record`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    const signedIn = async (email: string): Promise<Browser> => {
      const b = new Browser(app);
      await b.signIn(email, 'correct horse');
      return b;
    };
    beforeAll(async () => {
      t = await testStore(dialect);
      await importPaths(t.store, [
        path.join(FIXTURES, 'fernleigh-2025-02-10.txt'),
        path.join(FIXTURES, 'fernleigh-2025-03-10.txt'),
      ]);
      app = createApp(t.store);
      for (const [email, role, bodySlugs] of [
        ['env@fernleigh.example', 'clerk', ['environment-committee']],
        ['admin@fernleigh.example', 'admin', undefined],
      ] as const)
        await addUser(t.store, { email, role, bodySlugs, password: 'correct horse' }, 'cli:test', CHEAP);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should refuse the second save of a body with 409, keep what was typed and show the body as it is now', async () => {
      const first = await signedIn('env@fernleigh.example');
      const second = await signedIn('admin@fernleigh.example');
      // Both open the body page before either saves.
      const firstForm = await first.hiddenFields(BODY, `${BODY}/settings`);
      const secondForm = await second.hiddenFields(BODY, `${BODY}/settings`);
      expect(firstForm.version).toBe(secondForm.version);
      const saved = await first.request(`${BODY}/settings`, {
        method: 'POST',
        form: { ...firstForm, ...SETTINGS, size: '7' },
      });
      expect(saved.status).toBe(303);

      const refused = await second.request(`${BODY}/settings`, {
        method: 'POST',
        form: { ...secondForm, ...SETTINGS, size: '11', 'quorum-minimum': '4' },
      });
      expect(refused.status).toBe(409);
      const html = await refused.text();
      expect(html).toMatch(/<title>Error: /);
      expect(html).toContain('Someone else changed this body');
      expect(html).toContain('role="alert"');
      // As it is now: the first clerk's size, in the notice and the summary list.
      expect(html).toMatch(
        /<dt class="govuk-summary-list__key">Size<\/dt><dd class="govuk-summary-list__value">7 seats/,
      );
      // What the second clerk typed is still in the form, which now carries the current version.
      expect(html).toContain('id="size" name="size" type="text" value="11"');
      expect(html).toContain('value="4"');
      expect(Number(versionIn(html, `${BODY}/settings`))).toBe(Number(secondForm.version) + 1);
      expect((await t.store.repos.bodies.findBySlug('environment-committee'))!.size).toBe(7);

      // Saving again from that page replaces the other change, knowingly.
      const again = await second.request(`${BODY}/settings`, {
        method: 'POST',
        form: {
          csrf_token: secondForm.csrf_token!,
          version: versionIn(html, `${BODY}/settings`),
          ...SETTINGS,
          size: '11',
        },
      });
      expect(again.status).toBe(303);
      expect((await t.store.repos.bodies.findBySlug('environment-committee'))!.size).toBe(11);
      const audit = await t.store.repos.audit.list({ subjectKind: 'body' });
      expect(audit.filter((e) => e.action === 'body.settings')).toHaveLength(2);
    });

    it('should keep a 400 on the version it was opened with, so a change made meanwhile still shows', async () => {
      const clerk = await signedIn('env@fernleigh.example');
      const form = await clerk.hiddenFields(BODY, `${BODY}/balance`);
      const bad = await clerk.request(`${BODY}/balance`, { method: 'POST', form: { ...form, seats: 'Labour seven' } });
      expect(bad.status).toBe(400);
      const html = await bad.text();
      expect(versionIn(html, `${BODY}/balance`)).toBe(form.version);
      // Someone else saves the body meanwhile (another form of the same body).
      const admin = await signedIn('admin@fernleigh.example');
      const other = await admin.hiddenFields(BODY, `${BODY}/settings`);
      expect(
        (await admin.request(`${BODY}/settings`, { method: 'POST', form: { ...other, ...SETTINGS, size: '9' } }))
          .status,
      ).toBe(303);
      const stale = await clerk.request(`${BODY}/balance`, {
        method: 'POST',
        form: { csrf_token: form.csrf_token!, version: versionIn(html, `${BODY}/balance`), seats: 'Labour: 7' },
      });
      expect(stale.status).toBe(409);
      expect(await stale.text()).toContain('Labour: 7');
      expect(
        await t.store.repos.bodies.seats((await t.store.repos.bodies.findBySlug('environment-committee'))!.id),
      ).toEqual([]);
    });

    it('should refuse a stale membership, rename and post with 409 and the current values', async () => {
      const clerk = await signedIn('env@fernleigh.example');
      const admin = await signedIn('admin@fernleigh.example');
      const page = await (await clerk.request(BODY)).text();
      const link = new RegExp(
        `href="(${BODY}/memberships/[^"]+)">Change<span class="govuk-visually-hidden"> Rosa Albright`,
      ).exec(page)![1]!;
      const membership = {
        role: 'member',
        vote: 'full',
        party: '',
        'start-day': '',
        'start-month': '',
        'start-year': '',
      };
      const clerkForm = await clerk.hiddenFields(link, link);
      const adminForm = await admin.hiddenFields(link, link);
      const ends = { 'end-day': '31', 'end-month': '3', 'end-year': '2025' };
      expect(
        (await admin.request(link, { method: 'POST', form: { ...adminForm, ...membership, ...ends, role: 'chair' } }))
          .status,
      ).toBe(303);
      const refused = await clerk.request(link, {
        method: 'POST',
        form: { ...clerkForm, ...membership, 'end-day': '', 'end-month': '', 'end-year': '', party: 'Green' },
      });
      expect(refused.status).toBe(409);
      const html = await refused.text();
      expect(html).toContain('Someone else changed this membership');
      expect(html).toContain('<dd class="govuk-summary-list__value">Chair</dd>');
      expect(html).toMatch(
        /<dt class="govuk-summary-list__key">End date<\/dt><dd class="govuk-summary-list__value">[^<]*31 March 2025<\/dd>/,
      );
      expect(html).toContain('value="Green"');

      const person = '/workspace/people/tomas-brennan';
      const rename = `${person}/rename`;
      const opened = await admin.hiddenFields(person, rename);
      const otherAdmin = await signedIn('admin@fernleigh.example');
      expect(
        (
          await otherAdmin.request(rename, {
            method: 'POST',
            form: { ...(await otherAdmin.hiddenFields(person, rename)), name: 'Tomás Brennan' },
          })
        ).status,
      ).toBe(303);
      const staleRename = await admin.request(rename, { method: 'POST', form: { ...opened, name: 'Thomas Brennan' } });
      expect(staleRename.status).toBe(409);
      const renameHtml = await staleRename.text();
      expect(renameHtml).toContain('Someone else changed this person');
      expect(renameHtml).toContain('<dd class="govuk-summary-list__value">Tomás Brennan</dd>');
      expect(renameHtml).toContain('value="Thomas Brennan"');

      const jane = '/workspace/people/jane-garrard';
      const postLink = /href="(\/workspace\/people\/jane-garrard\/posts\/[^"]+)"/.exec(
        await (await admin.request(jane)).text(),
      )![1]!;
      const post = {
        title: 'Governance Officer',
        organisation: '',
        'start-day': '',
        'start-month': '',
        'start-year': '',
      };
      const firstPost = await admin.hiddenFields(postLink, postLink);
      const secondPost = await otherAdmin.hiddenFields(postLink, postLink);
      expect((await admin.request(postLink, { method: 'POST', form: { ...firstPost, ...post, ...ends } })).status).toBe(
        303,
      );
      const stalePost = await otherAdmin.request(postLink, {
        method: 'POST',
        form: {
          ...secondPost,
          ...post,
          title: 'Senior Governance Officer',
          'end-day': '',
          'end-month': '',
          'end-year': '',
        },
      });
      expect(stalePost.status).toBe(409);
      const postHtml = await stalePost.text();
      expect(postHtml).toContain('Someone else changed this post');
      expect(postHtml).toMatch(
        /<dt class="govuk-summary-list__key">End date<\/dt><dd class="govuk-summary-list__value">[^<]*31 March 2025<\/dd>/,
      );
      expect(postHtml).toContain('value="Senior Governance Officer"');
    });
  });
}
