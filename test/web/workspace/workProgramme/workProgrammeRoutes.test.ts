import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveItemMinutes } from '../../../../src/app/minutes/saveItemMinutes.js';
import { createApp } from '../../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser } from '../browser.js';
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
  });
}
