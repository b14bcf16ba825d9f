import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveItemMinutes } from '../../../src/app/minutes/saveItemMinutes.js';
import { addFollowUpsFromMeeting } from '../../../src/app/workProgramme/addFollowUps.js';
import { addWorkProgrammeEntry } from '../../../src/app/workProgramme/addEntry.js';
import type { Account } from '../../../src/domain/account.js';
import { nameKey } from '../../../src/domain/names/nameKey.js';
import { createApp } from '../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { seedMinutesWorld, type MinutesWorld } from '../workspace/minutes/minutesFixtures.js';

const NOW = '2027-03-19T10:00:00.000Z';
const SECRET = 'Harbour lease renegotiation';

const fields = (over: Record<string, unknown>) => ({
  topic: 'Sea wall <b>repairs</b>',
  objectives: 'To scrutinise progress',
  source: 'officer',
  meetingId: '',
  status: 'unscheduled',
  executiveMember: 'Alex Adams',
  leadOfficer: 'Jo Harbourmaster',
  notes: 'Clerk only: chase the director',
  substantive: 'yes',
  exempt: '',
  ...over,
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: the public work programme`, () => {
    let t: TestStore;
    let world: MinutesWorld;
    let app: ReturnType<typeof createApp>;
    let slug: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      world = await seedMinutesWorld(t.store);
      const clerk: Account = (await t.store.repos.accounts.findByEmail('clerk@council.example'))!;
      const bodyId = (await t.store.repos.meetings.find(world.first))!.bodyId;
      slug = (await t.store.repos.bodies.find(bodyId))!.slug;
      const m = world.members[0]!;
      await t.store.repos.people.addAlias({
        id: 'a1',
        personId: m.id,
        alias: m.name,
        key: nameKey(m.name),
        sourceDocumentId: null,
      });
      const add = (over: Record<string, unknown>) =>
        addWorkProgrammeEntry(t.store, clerk, { ...fields(over), bodyId, municipalYear: '2026/27' }, NOW);
      await add({ meetingId: world.next });
      await add({ topic: SECRET, exempt: 'yes' });
      await add({ topic: 'Older topic', status: 'done' }).then(() => undefined);
      // A follow-up of the exempt item's resolution is exempt too.
      await saveItemMinutes(
        t.store,
        clerk,
        {
          meetingId: world.first,
          itemId: world.items[1]!,
          version: 0,
          text: 'RESOLVED that officers report back on the lease terms.',
        },
        NOW,
      );
      await addFollowUpsFromMeeting(t.store, clerk, world.first, NOW);
      app = createApp(t.store, { now: () => new Date(NOW), today: () => NOW.slice(0, 10) });
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should show the programme per body, linked from the body page, escaped, without exempt topics or notes', async () => {
      expect(await (await app.request(`/bodies/${slug}`)).text()).toContain(`/bodies/${slug}/work-programme`);
      const res = await app.request(`/bodies/${slug}/work-programme`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('Work programme 2026/27');
      expect(html).toContain('Sea wall &lt;b&gt;repairs&lt;/b&gt;');
      expect(html).toContain(`/people/${world.members[0]!.name.toLowerCase().replace(/ /g, '-')}`);
      expect(html).toContain(`/meetings/${world.next}`);
      expect(html).toContain('Not yet scheduled');
      expect(html).not.toContain(SECRET);
      expect(html).not.toContain('lease terms');
      expect(html).not.toContain('chase the director');
      expect((await app.request(`/bodies/${slug}/work-programme?year=nonsense`)).status).toBe(404);
      expect((await app.request('/bodies/no-such-body/work-programme')).status).toBe(404);
    });

    it('should publish the programme in the JSON API, Popolo and CSV, exempt topics never', async () => {
      const api = await app.request(`/api/v1/bodies/${slug}/work-programme?year=2026-27`);
      expect(api.status).toBe(200);
      const json = (await api.json()) as {
        municipal_year: string;
        data: { topic: string; executive_member_person: unknown }[];
      };
      expect(json.municipal_year).toBe('2026/27');
      expect(json.data.map((e) => e.topic).sort()).toEqual(['Older topic', 'Sea wall <b>repairs</b>']);
      expect(json.data[0]!.executive_member_person).toMatchObject({ id: world.members[0]!.id });
      const openapi = await (await app.request('/api/v1/openapi.json')).text();
      expect(openapi).toContain('/bodies/{slug}/work-programme');
      const popolo = (await (await app.request('/exports/popolo.json')).json()) as Record<string, { topic: string }[]>;
      expect(popolo['quorum:work_programme']!.map((e) => e.topic).sort()).toEqual([
        'Older topic',
        'Sea wall <b>repairs</b>',
      ]);
      const csv = await (await app.request(`/exports/work-programme.csv?body=${slug}`)).text();
      expect(csv.split('\n')[0]).toContain('municipal_year');
      expect(csv).toContain('Older topic');
      for (const text of [JSON.stringify(json), JSON.stringify(popolo), csv]) {
        expect(text).not.toContain(SECRET);
        expect(text).not.toContain('lease terms');
        expect(text).not.toContain('chase the director');
      }
    });
  });
}
