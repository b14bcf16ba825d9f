import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { importPaths } from '../../../../src/app/importDocuments.js';
import type { IsoDate } from '../../../../src/domain/isoDateType.js';
import { createApp } from '../../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/people');
const BODY = '/workspace/bodies/environment-committee';

for (const dialect of DIALECTS) {
  describe(`${dialect}: editing the record in the workspace`, () => {
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
      await t.store.repos.bodies.ensure('Planning Committee', undefined, '2025-01-01T00:00:00.000Z');
      app = createApp(t.store);
      for (const [email, role, bodySlugs] of [
        ['env@fernleigh.example', 'clerk', ['environment-committee']],
        ['planning@fernleigh.example', 'clerk', ['planning-committee']],
        ['admin@fernleigh.example', 'admin', undefined],
        ['cllr@fernleigh.example', 'councillor', undefined],
      ] as const)
        await addUser(t.store, { email, role, bodySlugs, password: 'correct horse' }, 'cli:test', CHEAP);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should list bodies for clerks and refuse councillors', async () => {
      const clerk = await signedIn('env@fernleigh.example');
      const list = await (await clerk.request('/workspace/bodies')).text();
      expect(list).toContain('href="/workspace/bodies/environment-committee"');
      expect((await (await signedIn('cllr@fernleigh.example')).request('/workspace/bodies')).status).toBe(403);
      expect(await (await clerk.request('/workspace')).text()).toContain('href="/workspace/bodies"');
    });

    it('should show errors beside the fields and in a summary, keep what was typed, and save with POST-redirect-GET', async () => {
      const clerk = await signedIn('env@fernleigh.example');
      const csrf = await clerk.tokenOn(BODY);
      const bad = await clerk.request(`${BODY}/settings`, {
        method: 'POST',
        form: {
          csrf_token: csrf,
          size: 'nine<b>',
          'quorum-percent': '25',
          'quorum-minimum': '3',
          'meetings-min': '6',
          'meetings-max': '',
          substitutes: 'yes',
        },
      });
      expect(bad.status).toBe(400);
      const html = await bad.text();
      expect(html).toContain('govuk-error-summary');
      expect(html).toContain('<a href="#size">Size must be a whole number, like 3</a>');
      expect(html).toContain('value="nine&lt;b&gt;"');
      expect(html).toMatch(/<title>Error: /);
      const good = await clerk.request(`${BODY}/settings`, {
        method: 'POST',
        form: {
          ...(await clerk.hiddenFields(BODY, `${BODY}/settings`)),
          size: '3',
          'quorum-percent': '25',
          'quorum-minimum': '3',
          'meetings-min': '6',
          'meetings-max': '10',
          substitutes: 'no',
        },
      });
      expect(good.status).toBe(303);
      expect(good.headers.get('location')).toBe(`${BODY}?saved=settings`);
      const page = await (await clerk.request(good.headers.get('location')!)).text();
      expect(page).toContain('Size, quorum and meetings saved');
      expect(page).toContain('3 seats');
      // The date input: a missing month is named, and the boxes keep what was typed.
      const terms = await clerk.request(`${BODY}/terms`, {
        method: 'POST',
        form: {
          csrf_token: csrf,
          'tor-adopted-day': '4',
          'tor-adopted-month': '',
          'tor-adopted-year': '2025',
          'tor-purpose': 'To look after parks',
        },
      });
      expect(terms.status).toBe(400);
      const termsHtml = await terms.text();
      expect(termsHtml).toContain('<a href="#tor-adopted-month">Date adopted must include a month</a>');
      expect(termsHtml).toContain('To look after parks');
      expect(termsHtml).toContain('name="tor-adopted-day" type="text" inputmode="numeric" value="4"');
    });

    it('should refuse (403) a clerk of another body every change of this one, and a form without its token', async () => {
      const other = await signedIn('planning@fernleigh.example');
      const csrf = await other.tokenOn('/workspace');
      expect((await other.request(BODY)).status).toBe(200);
      for (const [action, form] of [
        ['settings', { size: '3', 'quorum-percent': '25', 'quorum-minimum': '3', substitutes: 'yes' }],
        ['balance', { seats: 'Labour: 3' }],
        ['terms', { 'tor-adopted-day': '1', 'tor-adopted-month': '1', 'tor-adopted-year': '2025', 'tor-purpose': 'x' }],
        ['memberships', { 'member-person': 'priya-chandra', 'member-role': 'member', 'member-vote': 'full' }],
      ] as const) {
        const res = await other.request(`${BODY}/${action}`, { method: 'POST', form: { csrf_token: csrf, ...form } });
        expect(res.status, action).toBe(403);
      }
      const ok = await other.request('/workspace/bodies/planning-committee/balance', {
        method: 'POST',
        form: {
          ...(await other.hiddenFields(
            '/workspace/bodies/planning-committee',
            '/workspace/bodies/planning-committee/balance',
          )),
          seats: 'Labour: 3',
        },
      });
      expect(ok.status).toBe(303);
      const clerk = await signedIn('env@fernleigh.example');
      expect((await clerk.request(`${BODY}/balance`, { method: 'POST', form: { seats: 'Labour: 3' } })).status).toBe(
        403,
      );
    });

    it('should correct a membership and say on the public page what the document said and who corrected it', async () => {
      const clerk = await signedIn('env@fernleigh.example');
      const page = await (await clerk.request(BODY)).text();
      const link = new RegExp(
        `href="(${BODY}/memberships/[^"]+)">Change<span class="govuk-visually-hidden"> Rosa Albright`,
      ).exec(page)![1]!;
      const form = {
        ...(await clerk.hiddenFields(link, link)),
        role: 'chair',
        vote: 'full',
        party: '',
        'start-day': '',
        'start-month': '',
        'start-year': '',
        'end-day': '31',
        'end-month': '13',
        'end-year': '2025',
      };
      const bad = await clerk.request(link, { method: 'POST', form });
      expect(bad.status).toBe(400);
      expect(await bad.text()).toContain('End date must be a real date');
      const saved = await clerk.request(link, { method: 'POST', form: { ...form, 'end-month': '3' } });
      expect(saved.status).toBe(303);
      const publicPage = await (await new Browser(app).request('/bodies/environment-committee')).text();
      expect(publicPage).toMatch(
        /Role: the document said member; corrected to chair by env@fernleigh\.example on \d+ \w+ \d{4}\./,
      );
      expect(await (await clerk.request(BODY)).text()).toContain(
        'End date: the document said nothing; corrected to 31 March 2025',
      );
    });

    it('should let a clerk for every body rename and undo on the people page, and refuse a clerk of named bodies', async () => {
      const named = await signedIn('env@fernleigh.example');
      const namedCsrf = await named.tokenOn('/workspace/people/tomas-brennan');
      const refused = await named.request('/workspace/people/tomas-brennan/rename', {
        method: 'POST',
        form: { csrf_token: namedCsrf, name: 'Tomás Brennan' },
      });
      expect(refused.status).toBe(403);
      const admin = await signedIn('admin@fernleigh.example');
      const csrf = await admin.tokenOn('/workspace/people/tomas-brennan');
      const empty = await admin.request('/workspace/people/tomas-brennan/rename', {
        method: 'POST',
        form: { csrf_token: csrf, name: ' ' },
      });
      expect(empty.status).toBe(400);
      expect(await empty.text()).toContain('<a href="#name">Enter the correct name</a>');
      const renamed = await admin.request('/workspace/people/tomas-brennan/rename', {
        method: 'POST',
        form: {
          ...(await admin.hiddenFields('/workspace/people/tomas-brennan', '/workspace/people/tomas-brennan/rename')),
          name: 'Tomás Brennan',
        },
      });
      expect(renamed.status).toBe(303);
      const publicPage = await (await new Browser(app).request('/people/tomas-brennan')).text();
      expect(publicPage).toContain(
        'Name: the document said “Tomas Brennan”; corrected to “Tomás Brennan” by admin@fernleigh.example',
      );
      const page = await (await admin.request('/workspace/people/tomas-brennan')).text();
      const undo = /action="(\/workspace\/people\/tomas-brennan\/undo\/[^"]+)"/.exec(page)![1]!;
      expect((await admin.request(undo, { method: 'POST', form: { csrf_token: csrf } })).status).toBe(303);
      expect(await (await new Browser(app).request('/people/tomas-brennan')).text()).not.toContain('the document said');
    });

    it('should show the review queue and let a clerk accept a match and dismiss a flag', async () => {
      const admin = await signedIn('admin@fernleigh.example');
      const page = await (await admin.request('/workspace/people/review')).text();
      const flag = /action="(\/workspace\/people\/review\/flags\/[^"]+)"/.exec(page);
      const match = /action="(\/workspace\/people\/review\/matches\/[^"]+)"/.exec(page);
      expect(flag ?? match, 'the fixtures raise something to review').not.toBeNull();
      const csrf = await admin.tokenOn('/workspace/people/review');
      if (flag) {
        const res = await admin.request(flag[1]!, { method: 'POST', form: { csrf_token: csrf } });
        expect(res.headers.get('location')).toBe('/workspace/people/review?saved=flag');
        expect(await (await admin.request('/workspace/people/review')).text()).not.toContain(flag[1]!);
        const audit = await t.store.repos.audit.list({ subjectKind: 'review_flag' });
        expect(audit).toHaveLength(1);
      }
      if (match) {
        const res = await admin.request(match[1]!, {
          method: 'POST',
          form: { csrf_token: csrf, decision: 'accepted' },
        });
        expect(res.status).toBe(303);
        expect(await (await admin.request('/workspace/people/review')).text()).not.toContain(match[1]!);
      }
      const named = await signedIn('env@fernleigh.example');
      if (flag)
        expect(
          (
            await named.request(flag[1]!, {
              method: 'POST',
              form: { csrf_token: await named.tokenOn('/workspace') },
            })
          ).status,
        ).toBe(403);
    });

    it('should split a person on the people page, moving the absence approval the clerk chose, keeping choices on an error', async () => {
      const helen = (await t.store.repos.people.findByIdOrSlug('helen-easton'))!;
      const meeting = (await t.store.repos.attendance.recordsOf([helen.id])).attendance[0]!.meetingId;
      await t.store.transaction(async (repos) => {
        for (const [id, reason] of [
          ['approval-helen', 'Illness <b>'],
          ['approval-helena', 'Study leave'],
        ] as const)
          await repos.absence.addApproval({
            id,
            personId: helen.id,
            approvedOn: '2025-01-10' as IsoDate,
            reason,
            until: null,
            recordedBy: 'clerk',
            recordedAt: '2025-01-10T09:00:00.000Z',
          });
      });
      const admin = await signedIn('admin@fernleigh.example');
      const pagePath = '/workspace/people/helen-easton';
      const page = await (await admin.request(pagePath)).text();
      expect(page).toContain('Absence approved on Friday 10 January 2025: Illness &lt;b&gt;');
      const hidden = await admin.hiddenFields(pagePath, `${pagePath}/split`);
      const unnamed = await admin.request(`${pagePath}/split`, {
        method: 'POST',
        form: { ...hidden, meeting, approval: 'approval-helena', 'split-name': '' },
      });
      expect(unnamed.status).toBe(400);
      expect(await unnamed.text()).toMatch(/value="approval-helena"\s+checked/);
      const split = await admin.request(`${pagePath}/split`, {
        method: 'POST',
        form: { ...hidden, meeting, approval: 'approval-helena', 'split-name': 'Councillor Helena Eston' },
      });
      expect(split.status).toBe(303);
      const helena = (await t.store.repos.people.findByIdOrSlug('helena-eston'))!;
      expect((await t.store.repos.absence.approvalsOf([helena.id])).map((a) => a.id)).toEqual(['approval-helena']);
      expect((await t.store.repos.absence.approvalsOf([helen.id])).map((a) => a.id)).toEqual(['approval-helen']);
    });
  });
}
