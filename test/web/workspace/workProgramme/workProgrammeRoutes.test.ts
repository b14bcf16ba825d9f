import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { prioritisationOf } from '../../../../src/app/workProgramme/prioritisationOf.js';
import { saveItemMinutes } from '../../../../src/app/minutes/saveItemMinutes.js';
import { createApp } from '../../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';
import { seedMinutesWorld, type MinutesWorld } from '../minutes/minutesFixtures.js';

function csrfOf(html: string): string {
  return /name="csrf_token" value="([^"]+)"/.exec(html)![1]!;
}

function versionOf(html: string): string {
  return /name="version" value="(\d+)"/.exec(html)![1]!;
}

const TOPIC = 'Sea wall <script>alert(1)</script> repairs';

for (const dialect of DIALECTS) {
  describe(`${dialect}: work programme pages`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let world: MinutesWorld;
    let bodyId: string;
    const clock = { now: new Date('2027-03-19T10:00:00Z') };
    beforeEach(async () => {
      t = await testStore(dialect);
      world = await seedMinutesWorld(t.store);
      bodyId = (await t.store.repos.meetings.find(world.first))!.bodyId;
      app = createApp(t.store, { now: () => clock.now, today: () => clock.now.toISOString().slice(0, 10) });
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should add a topic (errors kept as typed, escaped), change it, refuse a stale version, score it and warn of a full meeting', async () => {
      const clerk = new Browser(app);
      await clerk.signIn('clerk@council.example', 'correct horse');
      expect(await (await clerk.request('/workspace')).text()).toContain('href="/workspace/work-programme"');
      const home = await (await clerk.request('/workspace/work-programme')).text();
      expect(home).toContain('Harbourside Overview and Scrutiny Committee');
      expect(home).not.toContain('Planning Committee');
      const redirect = await clerk.request(`/workspace/work-programme/bodies/${bodyId}?year=2026-27`);
      expect(redirect.status).toBe(303);
      const board = redirect.headers.get('location')!;
      expect(board).toBe(`/workspace/work-programme/bodies/${bodyId}/2026-27`);
      const form = await (await clerk.request(`${board}/new`)).text();
      const csrf = csrfOf(form);
      const typed = {
        csrf_token: csrf,
        topic: '',
        objectives: TOPIC,
        source: 'public',
        meetingId: world.next,
        status: 'scheduled',
        executiveMember: 'Bea Brown',
        leadOfficer: '',
        notes: '',
        substantive: 'yes',
      };
      const refused = await clerk.request(board, { method: 'POST', form: typed });
      expect(refused.status).toBe(400);
      const refusedHtml = await refused.text();
      expect(refusedHtml).toContain('govuk-error-summary');
      expect(refusedHtml).toContain('href="#topic"');
      expect(refusedHtml).toContain('Sea wall &lt;script&gt;');
      expect(refusedHtml).not.toContain('<script>alert');
      for (const topic of [TOPIC, 'Second', 'Third']) {
        const added = await clerk.request(board, { method: 'POST', form: { ...typed, topic } });
        expect(added.status).toBe(303);
      }
      const boardHtml = await (await clerk.request(`${board}?saved=added`)).text();
      expect(boardHtml).toContain('Topic added');
      expect(boardHtml).toContain('more than 2 substantive items');
      expect(boardHtml).not.toContain('<script>alert');
      const entryPath = /href="(\/workspace\/work-programme\/entries\/[^"/]+)"/.exec(boardHtml)![1]!;
      const entryHtml = await (await clerk.request(entryPath)).text();
      const version = versionOf(entryHtml);
      const change = { ...typed, topic: 'Renamed', meetingId: '', status: 'unscheduled', version };
      expect((await clerk.request(entryPath, { method: 'POST', form: change })).status).toBe(303);
      const stale = await clerk.request(entryPath, { method: 'POST', form: { ...change, topic: 'Mine' } });
      expect(stale.status).toBe(409);
      const staleHtml = await stale.text();
      expect(staleHtml).toContain('Someone else changed this entry');
      expect(staleHtml).toContain('value="Mine"');
      const after = await (await clerk.request(board)).text();
      expect(after).toContain('Renamed');
      expect(after).not.toContain('more than 2 substantive items');

      const scorePath = `${entryPath}/scores`;
      const scoreHtml = await (await clerk.request(scorePath)).text();
      const scoreForm = { csrf_token: csrf, version: versionOf(scoreHtml) };
      const bad = await clerk.request(scorePath, { method: 'POST', form: { ...scoreForm, 'score-risk': '7' } });
      expect(bad.status).toBe(400);
      expect(await bad.text()).toContain('href="#score-risk"');
      const scores = {
        'score-effectiveness': '3',
        'score-communities': '3',
        'score-risk': '2',
        'score-difference': '2',
        'score-elsewhere': '0',
      };
      expect((await clerk.request(scorePath, { method: 'POST', form: { ...scoreForm, ...scores } })).status).toBe(303);
      expect(await (await clerk.request(board)).text()).toContain('13 of 15');
      const audit = await t.store.repos.audit.list({ subjectKind: 'work_programme_entry' });
      expect(audit.map((a) => a.action)).toContain('work_programme.score');
    });

    it('should list a meeting’s planned topics from its hub and add follow-ups from its resolutions', async () => {
      const clerkAccount = (await t.store.repos.accounts.findByEmail('clerk@council.example'))!;
      await saveItemMinutes(
        t.store,
        clerkAccount,
        {
          meetingId: world.first,
          itemId: world.items[0]!,
          version: 0,
          text: 'RESOLVED that officers be asked to return with costed options.',
        },
        '2027-03-19T10:00:00.000Z',
      );
      const clerk = new Browser(app);
      await clerk.signIn('clerk@council.example', 'correct horse');
      const page = `/workspace/meetings/${world.first}/work-programme`;
      expect(await (await clerk.request(`/workspace/meetings/${world.first}`)).text()).toContain(page);
      const html = await (await clerk.request(page)).text();
      const posted = await clerk.request(`${page}/follow-ups`, { method: 'POST', form: { csrf_token: csrfOf(html) } });
      expect(posted.status).toBe(303);
      expect(posted.headers.get('location')).toBe(`${page}?added=1`);
      const next = await (await clerk.request(`/workspace/meetings/${world.next}/work-programme`)).text();
      expect(next).toContain('Sea wall repairs: follow-up');
      const again = await clerk.request(`${page}/follow-ups`, { method: 'POST', form: { csrf_token: csrfOf(html) } });
      expect(again.headers.get('location')).toBe(`${page}?added=0`);
      // A clerk of another body may not.
      const other = new Browser(app);
      await other.signIn('planning.clerk@council.example', 'correct horse');
      expect((await other.request(page)).status).toBe(403);
    });

    it('should let an administrator change the prioritisation questions (errors kept as typed), and show clerks them read-only', async () => {
      await addUser(
        t.store,
        { email: 'admin@council.example', role: 'admin', password: 'correct horse' },
        'cli:test',
        CHEAP,
      );
      const admin = new Browser(app);
      await admin.signIn('admin@council.example', 'correct horse');
      const path = '/admin/work-programme/prioritisation';
      expect(await (await admin.request('/workspace')).text()).toContain(`href="${path}"`);
      expect(await (await admin.request('/workspace/work-programme')).text()).toContain(`href="${path}"`);
      const form = await (await admin.request(path)).text();
      expect(form).toContain('Is it critical to the effectiveness of the council?');
      const shown = {
        csrf_token: csrfOf(form),
        rows: '5',
        ...Object.fromEntries(
          ['effectiveness', 'communities', 'risk', 'difference', 'elsewhere'].flatMap((key, n) => [
            [`key-${n}`, key],
            [`question-${n}`, /id="question-\d"[^>]*>([^<]*)</.exec(form.slice(form.indexOf(`name="key-${n}"`)))![1]!],
            [`max-${n}`, '3'],
          ]),
        ),
        'against-4': 'yes',
        'max-new': '3',
        threshold: '9',
      };
      const typed = {
        ...shown,
        'question-1': '',
        'max-2': '11',
        'question-new': 'Is it <b>timely</b>?',
        'max-new': '2',
        threshold: 'nine',
      };
      const refused = await admin.request(path, { method: 'POST', form: typed });
      expect(refused.status).toBe(400);
      const refusedHtml = await refused.text();
      expect(refusedHtml).toContain('govuk-error-summary');
      for (const field of ['question-1', 'max-2', 'threshold']) expect(refusedHtml).toContain(`href="#${field}"`);
      expect(refusedHtml).toContain('Is it &lt;b&gt;timely&lt;/b&gt;?');
      expect(refusedHtml).toContain('value="11"');
      expect(refusedHtml).toContain('value="nine"');
      const tooHigh = await admin.request(path, { method: 'POST', form: { ...shown, threshold: '16' } });
      expect(tooHigh.status).toBe(400);
      expect(await tooHigh.text()).toContain('Enter a threshold of 15 or less');
      const none = Object.fromEntries([0, 1, 2, 3, 4].map((n) => [`remove-${n}`, 'yes']));
      const empty = await admin.request(path, { method: 'POST', form: { ...shown, ...none } });
      expect(empty.status).toBe(400);
      expect(await empty.text()).toContain('href="#remove-0"');
      expect((await t.store.transaction((repos) => prioritisationOf(repos))).threshold).toBe(9);

      const saved = await admin.request(path, {
        method: 'POST',
        form: {
          ...shown,
          'question-0': 'Is it critical to how the council works?',
          'max-0': '5',
          'remove-4': 'yes',
          'question-new': 'Is it timely?',
          'max-new': '2',
          threshold: '10',
        },
      });
      expect(saved.status).toBe(303);
      expect(saved.headers.get('location')).toBe(`${path}?saved=1`);
      expect(await (await admin.request(`${path}?saved=1`)).text()).toContain('Prioritisation questions saved');
      const now = await t.store.transaction((repos) => prioritisationOf(repos));
      expect(now.threshold).toBe(10);
      expect(now.criteria.map((c) => [c.key, c.maxScore, c.countsAgainst])).toEqual([
        ['effectiveness', 5, false],
        ['communities', 3, false],
        ['risk', 3, false],
        ['difference', 3, false],
        ['is_it_timely', 2, false],
      ]);
      expect(now.criteria[0]!.question).toBe('Is it critical to how the council works?');
      const audit = await t.store.repos.audit.list({ subjectKind: 'settings' });
      expect(audit.map((a) => a.action)).toContain('work_programme.prioritisation');

      // A clerk reads the questions on the work programme's home but may not change them.
      const clerk = new Browser(app);
      await clerk.signIn('clerk@council.example', 'correct horse');
      const home = await (await clerk.request('/workspace/work-programme')).text();
      expect(home).toContain('Is it timely?');
      expect(home).toContain('scoring 10 of 16');
      expect(home).not.toContain(`href="${path}"`);
      expect((await clerk.request(path)).status).toBe(403);
      const csrf = await clerk.tokenOn('/workspace');
      expect((await clerk.request(path, { method: 'POST', form: { ...shown, csrf_token: csrf } })).status).toBe(403);
    });
  });
}
