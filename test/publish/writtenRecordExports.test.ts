import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { amendMinutes, confirmPreviousMinutes } from '../../src/app/minutes/confirmMinutes.js';
import { recordMotion } from '../../src/app/minutes/recordMotion.js';
import { saveItemMinutes } from '../../src/app/minutes/saveItemMinutes.js';
import { recordDeclaration } from '../../src/app/declarations/changeDeclarations.js';
import { publishDecisionNotice } from '../../src/app/decisions/publishDecisionNotice.js';
import { recordRegister } from '../../src/app/register/recordRegister.js';
import { registerForClerk } from '../../src/app/register/registerView.js';
import type { Account } from '../../src/domain/account.js';
import { popoloFormat } from '../../src/publish/popolo/popoloFormat.js';
import { createApp } from '../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';
import { seedMinutesWorld, type MinutesWorld } from '../web/workspace/minutes/minutesFixtures.js';
import { aknProblems } from './akn/aknCheck.js';
import { exportText } from './exportFixtures.js';

const DRAFTED = '2027-03-19T10:00:00.000Z';
const CONFIRMED = '2027-04-15T19:00:00.000Z';
const AMENDED = '2027-05-20T19:00:00.000Z';
const BASE = 'http://localhost';

type Json = Record<string, any>;

/** RFC 5545 folds long lines: a line break and a space join them again. */
const unfolded = (ics: string): string => ics.replace(/\r\n[ \t]/g, '');

/**
 * What the workspace records of a meeting, seen in every export: the register (remote, late,
 * apologies with a reason), a declaration and its conduct, minutes with a recorded vote on a motion,
 * a decision notice with its call-in deadline; then the minutes confirmed (locked) and amended.
 */
for (const dialect of DIALECTS) {
  describe(`${dialect}: the written record in the exports`, () => {
    let t: TestStore;
    let world: MinutesWorld;
    let clerk: Account;
    let app: ReturnType<typeof createApp>;
    beforeEach(async () => {
      t = await testStore(dialect);
      world = await seedMinutesWorld(t.store);
      clerk = (await t.store.repos.accounts.findByEmail('clerk@council.example'))!;
      app = createApp(t.store, { today: () => '2027-06-01', now: () => new Date('2027-06-01T09:00:00Z') });
    });
    afterEach(async () => {
      await t?.drop();
    });

    const get = async (path: string): Promise<string> => {
      const res = await app.request(`${BASE}${path}`);
      expect(res.status, path).toBe(200);
      return res.text();
    };
    const json = async (path: string): Promise<Json> => JSON.parse(await get(path)) as Json;

    async function recordTheMeeting(): Promise<void> {
      const [a, b, c, d, e] = world.members;
      const view = await registerForClerk(t.store, clerk, world.first);
      const member = (personId: string, status: string, extra: Record<string, string> = {}) => ({
        personId,
        status,
        reason: '',
        arrival: '',
        arrivalTime: '',
        departure: '',
        departureTime: '',
        ...extra,
      });
      await recordRegister(
        t.store,
        clerk,
        world.first,
        {
          version: view.version,
          fingerprint: view.fingerprint,
          members: [
            member(a!.id, 'present'),
            member(b!.id, 'remote'),
            member(c!.id, 'apologies', { reason: 'Unwell' }),
            member(d!.id, 'present', { arrival: `during:${world.items[0]}`, arrivalTime: '18:45' }),
            member(e!.id, 'present'),
          ],
          substitutes: [],
          others: [],
        } as never,
        DRAFTED,
      );
      await recordDeclaration(
        t.store,
        clerk,
        world.first,
        {
          personId: a!.id,
          itemId: world.items[0],
          kind: 'disclosable_pecuniary',
          text: 'Owns a beach hut on the sea wall',
          leftRoom: true,
          tookNoPart: true,
          dispensation: false,
        },
        DRAFTED,
      );
      await saveItemMinutes(
        t.store,
        clerk,
        { meetingId: world.first, itemId: world.items[0]!, version: 0, text: 'The report was presented.' },
        DRAFTED,
      );
      await recordMotion(
        t.store,
        clerk,
        { meetingId: world.first, itemId: world.items[0]!, version: 1 },
        {
          kind: 'motion',
          text: 'that the sea wall repairs be approved',
          moverId: b!.id,
          seconderId: d!.id,
          rule: 'simple_majority',
          membership: '',
          mode: 'recorded',
          tally: { for: '', against: '', abstain: '' },
          votes: [
            { personId: b!.id, choice: 'for' },
            { personId: d!.id, choice: 'for' },
            { personId: e!.id, choice: 'against' },
            { personId: a!.id, choice: 'not_voting' },
            // Every member of the body is named, one who sent apologies too.
            { personId: c!.id, choice: 'not_voting' },
          ],
          castingVote: '',
          assentOutcome: '',
        },
        DRAFTED,
      );
      await publishDecisionNotice(
        t.store,
        clerk,
        {
          title: 'Sea wall repairs',
          decision: 'The repairs are approved.',
          makerKind: 'committee',
          decisionMaker: 'Harbourside Overview and Scrutiny Committee',
          bodySlug: 'harbourside-overview-and-scrutiny-committee',
          isKey: true,
          reasons: 'The wall is failing.',
          alternatives: 'Do nothing.',
          callIn: 'subject_to_call_in',
          urgencyReason: '',
          decidedOn: '2027-03-18',
          publishedOn: '2027-03-19',
        },
        DRAFTED,
      );
    }

    it('should show the draft, then the confirmed and locked minutes with an amendment, in every format', async () => {
      await recordTheMeeting();
      const [a, b, c, d, e] = world.members;

      // JSON API: the register's facts, the declaration's conduct, the draft, the motion and its votes.
      const meeting = await json(`/api/v1/meetings/${world.first}`);
      const line = (id: string) => meeting.attendance.find((l: Json) => l.person.id === id);
      expect(line(b!.id)).toMatchObject({ kind: 'present', remote: true });
      expect(line(c!.id)).toMatchObject({ kind: 'apologies', reason: 'Unwell' });
      expect(line(d!.id).arrival).toMatchObject({ item: { id: world.items[0] }, during: true, time: '18:45' });
      expect(meeting.declarations[0]).toMatchObject({
        kind: 'disclosable_pecuniary',
        left_room: true,
        took_no_part: true,
      });
      expect(meeting.minutes).toMatchObject({ status: 'draft', locked: false, confirmed_by: null, amendments: [] });
      const item = await json(`/api/v1/items/${world.items[0]}`);
      const motion = item.resolutions.find((r: Json) => r.motion)?.motion;
      expect(motion).toMatchObject({ kind: 'motion', result: 'carried', rule: 'simple_majority', tally: null });
      expect(motion.mover.id).toBe(b!.id);
      expect(motion.votes.map((v: Json) => [v.person.id, v.vote]).sort()).toEqual(
        [
          [b!.id, 'for'],
          [d!.id, 'for'],
          [e!.id, 'against'],
          [a!.id, 'not_voting'],
          [c!.id, 'not_voting'],
        ].sort(),
      );
      const notices = await json('/api/v1/decision-notices');
      expect(notices.data[0]).toMatchObject({
        title: 'Sea wall repairs',
        published_on: '2027-03-19',
        // Five clear working days after Friday 19 March 2027: Good Friday and Easter Monday do not count.
        call_in_deadline: '2027-03-30',
        implementable_on: '2027-03-31',
      });
      const openApi = await json('/api/v1/openapi.json');
      expect(Object.keys(openApi.paths)).toEqual(
        expect.arrayContaining(['/decision-notices', '/decision-notices/{id}', '/meetings/{id}/minutes.akn']),
      );

      // Akoma Ntoso: valid, says draft, votes named.
      let akn = await get(`/api/v1/meetings/${world.first}/minutes.akn`);
      expect(await aknProblems(akn)).toEqual([]);
      expect(akn).toContain('<docStatus>Draft minutes, not yet confirmed</docStatus>');
      expect(akn).toMatch(/<quorum:minutes[^>]*status="draft"[^>]*locked="false"/);
      expect(akn).toContain('Recorded vote:');
      expect(akn).toContain('remotely');

      // OParl: resultsProtocol, the item's result, the extension.
      let oparl = await json(`/oparl/v1/meetings/${world.first}`);
      expect(oparl.resultsProtocol).toMatchObject({ name: 'Draft minutes', mimeType: 'application/akn+xml' });
      expect(oparl['quorum:minutes']).toMatchObject({ status: 'draft', locked: false });
      expect(oparl.agendaItem[0]).toMatchObject({ result: 'Carried' });
      expect(oparl['quorum:attendance'].find((l: Json) => l.person.endsWith(b!.id))).toMatchObject({ remote: true });
      expect(oparl['quorum:declarations'][0]).toMatchObject({ leftRoom: true, tookNoPart: true });
      expect((await json(oparl.resultsProtocol.id.replace(/^https?:\/\/[^/]+/, ''))).accessUrl).toContain(
        '/minutes.akn',
      );

      // Popolo: the motion's result, the named votes.
      const popolo = JSON.parse(await exportText(t.store, popoloFormat, { baseUrl: BASE })) as Json;
      const event = popolo.vote_events.find((v: Json) => v.votes.length === 5);
      expect(event).toMatchObject({ result: 'pass', 'quorum:rule': 'simple_majority' });
      expect(popolo.motions.find((m: Json) => m.id === event.motion_id)).toMatchObject({
        result: 'pass',
        creator_id: b!.id,
      });

      // Feeds: the draft is an entry; the calendar says so.
      let atom = await get('/feeds/meetings.atom');
      expect(atom).toContain('Draft minutes published: Harbourside');
      expect(unfolded(await get('/feeds/meetings.ics'))).toContain('Draft minutes published');

      // The next meeting confirms them; a correction is recorded later.
      await confirmPreviousMinutes(t.store, clerk, { meetingId: world.next }, CONFIRMED);
      expect((await json(`/api/v1/meetings/${world.first}`)).minutes).toMatchObject({
        status: 'confirmed',
        locked: true,
        confirmed_by: { id: world.next },
      });
      atom = await get('/feeds/meetings.atom');
      // One entry for the first meeting's minutes, changed from draft to confirmed (the next meeting's
      // own minutes are now a draft: the confirmation is minuted there).
      const entries = [...atom.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
      const minutesEntries = entries.filter((x) => x.includes(`/meetings/${world.first}#minutes<`));
      expect(minutesEntries).toHaveLength(1);
      expect(minutesEntries[0]).toContain('Minutes confirmed: Harbourside');
      expect(minutesEntries[0]).toContain(`<updated>${CONFIRMED}</updated>`);
      expect(unfolded(await get('/feeds/meetings.ics'))).toContain('Minutes confirmed as a correct record');
      await amendMinutes(
        t.store,
        clerk,
        world.first,
        {
          itemId: world.items[0],
          text: 'Cllr Dean arrived at 18:50.',
          reason: 'Time misrecorded',
          agreedAtMeetingId: world.next,
        },
        AMENDED,
      );
      const amended = await json(`/api/v1/meetings/${world.first}`);
      expect(amended.minutes.amendments).toEqual([
        expect.objectContaining({
          text: 'Cllr Dean arrived at 18:50.',
          reason: 'Time misrecorded',
          recorded_at: AMENDED,
        }),
      ]);
      akn = await get(`/api/v1/meetings/${world.first}/minutes.akn`);
      expect(await aknProblems(akn)).toEqual([]);
      expect(akn).toMatch(/<quorum:minutes[^>]*status="confirmed"[^>]*locked="true"/);
      expect(akn).toMatch(/Confirmed as a correct record at the meeting of Thursday,? 15 April 2027/);
      expect(akn).toContain('Cllr Dean arrived at 18:50.');
      oparl = await json(`/oparl/v1/meetings/${world.first}`);
      expect(oparl['quorum:minutes']).toMatchObject({ status: 'confirmed', locked: true });
      expect(oparl['quorum:minutes'].amendments[0]).toMatchObject({ reason: 'Time misrecorded' });
      atom = await get('/feeds/meetings.atom');
      expect(atom).toContain('Minutes amended: Harbourside');
      expect(await get('/feeds/meetings.rss')).toContain('Time misrecorded');
    });

    it('should keep an amendment to an exempt item’s minutes out of every export', async () => {
      await recordTheMeeting();
      await confirmPreviousMinutes(t.store, clerk, { meetingId: world.next }, CONFIRMED);
      await amendMinutes(
        t.store,
        clerk,
        world.first,
        { itemId: world.items[1], text: 'Secret price corrected.', reason: 'Secret', agreedAtMeetingId: world.next },
        AMENDED,
      );
      for (const path of [
        `/api/v1/meetings/${world.first}`,
        `/api/v1/meetings/${world.first}/minutes.akn`,
        `/oparl/v1/meetings/${world.first}`,
        '/feeds/meetings.atom',
        '/feeds/meetings.rss',
      ])
        expect(await get(path), path).not.toContain('Secret');
    });
  });
}
