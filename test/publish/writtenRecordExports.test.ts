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
import { decisionNoticesCsvFormat } from '../../src/publish/csv/decisionNoticesCsv.js';
import { recordCallIn } from '../../src/app/callIn/recordCallIn.js';
import { decideCallIn } from '../../src/app/callIn/decideCallIn.js';
import { dbOf } from '../../src/store/storeDb.js';
import { oparlErrors } from './oparl/oparlSchemas.js';
import { createApp } from '../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';
import { seedMinutesWorld, type MinutesWorld } from '../web/workspace/minutes/minutesFixtures.js';
import { aknProblems } from './akn/aknCheck.js';
import { exportText } from './exportFixtures.js';

const DRAFTED = '2027-03-19T10:00:00.000Z';
const CONFIRMED = '2027-04-15T19:00:00.000Z';
const AMENDED = '2027-05-20T19:00:00.000Z';
const CALLED_IN = '2027-03-24T12:00:00.000Z';
const CALL_IN_DECIDED = '2027-04-08T20:00:00.000Z';
const BASE = 'http://localhost';
/** The portal's own address, as OParl ids carry it (the schemas' "url" format wants a real host name). */
const PORTAL = 'https://council.example';

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
      app = createApp(t.store, {
        baseUrl: PORTAL,
        today: () => '2027-06-01',
        now: () => new Date('2027-06-01T09:00:00Z'),
      });
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

    const atomEntries = (atom: string): string[] => [...atom.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
    /** The OParl list's objects, every page followed. */
    const oparlList = async (path: string): Promise<Json[]> => {
      const out: Json[] = [];
      let page = await json(path);
      for (;;) {
        out.push(...(page.data as Json[]));
        if (!page.links.next) return out;
        page = await json(String(page.links.next).replace(/^https?:\/\/[^/]+/, ''));
      }
    };
    const noticeId = async (): Promise<string> => (await json('/api/v1/decision-notices')).data[0].id as string;

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

    it('should publish a decision notice, and its call-in and outcome, in OParl, Popolo, CSV and the feeds', async () => {
      await recordTheMeeting();
      const id = await noticeId();

      // OParl: a Paper of type "Decision notice", valid, linked to the meeting it was taken at.
      let paper = await json(`/oparl/v1/papers/${id}`);
      expect(oparlErrors('Paper', paper)).toEqual([]);
      expect(paper).toMatchObject({ paperType: 'Decision notice', name: 'Sea wall repairs', date: '2027-03-19' });
      expect(paper.keyword).toEqual(['key decision']);
      expect(paper.consultation[0]).toMatchObject({ authoritative: true, role: 'Decision' });
      expect(paper.consultation[0].meeting).toBe(`${PORTAL}/oparl/v1/meetings/${world.first}`);
      expect(paper['quorum:decisionNotice']).toMatchObject({
        decision: 'The repairs are approved.',
        reasons: 'The wall is failing.',
        alternatives: 'Do nothing.',
        callIn: 'subject_to_call_in',
        callInDeadline: '2027-03-30',
        implementableOn: '2027-03-31',
        callIns: [],
      });
      expect(paper.modified).toBe(DRAFTED);
      const consultation = await json(`/oparl/v1/consultations/${id}`);
      expect(oparlErrors('Consultation', consultation)).toEqual([]);
      expect((await oparlList('/oparl/v1/bodies/council/papers')).map((p) => p.id)).toContain(paper.id);

      // Popolo, CSV, feeds.
      let popolo = JSON.parse(await exportText(t.store, popoloFormat, { baseUrl: BASE, today: '2027-06-01' })) as Json;
      expect(popolo['quorum:decision_notices']).toEqual([
        expect.objectContaining({
          id,
          event_id: world.first,
          is_key: true,
          call_in_deadline: '2027-03-30',
          call_ins: [],
        }),
      ]);
      let csv = await exportText(t.store, decisionNoticesCsvFormat, { baseUrl: BASE, today: '2027-06-01' });
      expect(csv).toContain('Sea wall repairs,The repairs are approved.,Harbourside Overview and Scrutiny Committee');
      let atom = await get('/feeds/meetings.atom');
      let entries = atomEntries(atom).filter((e) => e.includes(`/decisions/${id}#notice<`));
      expect(entries).toHaveLength(1);
      expect(entries[0]).toContain(
        'Decision published: Sea wall repairs (Harbourside Overview and Scrutiny Committee)',
      );
      expect(entries[0]).toContain('It may be called in until Tuesday 30 March 2027');
      // Not published yet on the day before: in no output.
      const before = createApp(t.store, { baseUrl: PORTAL, today: () => '2027-03-18' });
      expect(await (await before.request(`${BASE}/oparl/v1/papers/${id}`)).status).toBe(404);
      expect(await (await before.request(`${BASE}/feeds/meetings.atom`)).text()).not.toContain('Sea wall repairs (');

      // Called in: the same entry, changed; OParl's modified is the call-in's.
      await recordCallIn(
        t.store,
        clerk,
        id,
        {
          requestedOn: '2027-03-24',
          members: 'Cllr Adams\nCllr Brown\nCllr Cole',
          grounds: 'The costs were not shown.',
        },
        CALLED_IN,
      );
      paper = await json(`/oparl/v1/papers/${id}`);
      expect(paper.modified).toBe(CALLED_IN);
      expect(paper['quorum:decisionNotice'].callIns).toEqual([
        expect.objectContaining({
          grounds: 'The costs were not shown.',
          outcome: 'pending',
          requestedOn: '2027-03-24',
        }),
      ]);
      atom = await get('/feeds/meetings.atom');
      entries = atomEntries(atom).filter((e) => e.includes(`/decisions/${id}#notice<`));
      expect(entries).toHaveLength(1);
      expect(entries[0]).toContain('Decision called in: Sea wall repairs');
      expect(entries[0]).toContain(`<updated>${CALLED_IN}</updated>`);
      expect(await get('/feeds/meetings.rss')).toContain('Grounds: The costs were not shown.');

      const callInId = (await json(`/api/v1/decision-notices/${id}`)).call_ins[0].id as string;
      await decideCallIn(
        t.store,
        clerk,
        callInId,
        { version: 1, outcome: 'upheld', outcomeOn: '2027-04-08', outcomeNotes: 'The committee was satisfied.' },
        CALL_IN_DECIDED,
      );
      atom = await get('/feeds/meetings.atom');
      entries = atomEntries(atom).filter((e) => e.includes(`/decisions/${id}#notice<`));
      expect(entries).toHaveLength(1);
      expect(entries[0]).toContain('Call-in decided: Sea wall repairs: Decision upheld: it may be carried out');
      expect(entries[0]).toContain(`<updated>${CALL_IN_DECIDED}</updated>`);
      popolo = JSON.parse(await exportText(t.store, popoloFormat, { baseUrl: BASE, today: '2027-06-01' })) as Json;
      expect(popolo['quorum:decision_notices'][0].call_ins).toEqual([
        expect.objectContaining({ outcome: 'upheld', outcome_on: '2027-04-08', grounds: 'The costs were not shown.' }),
      ]);
      csv = await exportText(t.store, decisionNoticesCsvFormat, { baseUrl: BASE, today: '2027-06-01' });
      expect(csv).toContain('2027-03-24,The costs were not shown.,Decision upheld: it may be carried out,2027-04-08');

      // The papers list's filter sees the call-in's change.
      const since = (at: string) => `/oparl/v1/bodies/council/papers?modified_since=${encodeURIComponent(at)}`;
      expect((await oparlList(since('2027-04-01T00:00:00+00:00'))).map((p) => p.id)).toEqual([paper.id]);
      expect(await oparlList(since('2027-04-09T00:00:00+00:00'))).toEqual([]);
      const until = `/oparl/v1/bodies/council/papers?modified_until=${encodeURIComponent('2027-04-01T00:00:00+00:00')}`;
      expect((await oparlList(until)).map((p) => p.id)).not.toContain(paper.id);
    });

    it('should date a meeting and its items by the record’s last change: minutes confirmed, amended, a decision called in', async () => {
      await recordTheMeeting();
      const meetingUrl = `/oparl/v1/meetings/${world.first}`;
      const since = (at: string) => `/oparl/v1/bodies/council/meetings?modified_since=${encodeURIComponent(at)}`;
      const until = (at: string) => `/oparl/v1/bodies/council/meetings?modified_until=${encodeURIComponent(at)}`;
      const ids = async (path: string): Promise<string[]> => (await oparlList(path)).map((m) => m.id as string);
      const first = `${PORTAL}${meetingUrl}`;
      const dated = async (): Promise<{ meeting: string; item: string; protocol: string | undefined }> => {
        const m = await json(meetingUrl);
        return { meeting: m.modified, item: m.agendaItem[0].modified, protocol: m.resultsProtocol?.modified };
      };
      expect(await dated()).toEqual({ meeting: DRAFTED, item: DRAFTED, protocol: DRAFTED });
      expect(await ids(since('2027-04-01T00:00:00+00:00'))).not.toContain(first);

      await confirmPreviousMinutes(t.store, clerk, { meetingId: world.next }, CONFIRMED);
      expect(await dated()).toEqual({ meeting: CONFIRMED, item: CONFIRMED, protocol: CONFIRMED });
      expect(await ids(since('2027-04-01T00:00:00+00:00'))).toContain(first);
      expect(await ids(until('2027-04-01T00:00:00+00:00'))).not.toContain(first);
      expect(await ids(until(CONFIRMED))).toContain(first);
      // The standalone agenda item says the same.
      expect((await json(`/oparl/v1/agenda-items/${world.items[0]}`)).modified).toBe(CONFIRMED);

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
      expect(await dated()).toEqual({ meeting: AMENDED, item: AMENDED, protocol: AMENDED });
      expect(await ids(since('2027-05-01T00:00:00+00:00'))).toContain(first);
      expect(await ids(until(CONFIRMED))).not.toContain(first);

      // A call-in of a decision taken at the meeting is a later change of its record too.
      const later = '2027-05-25T10:00:00.000Z';
      await dbOf(t.store)
        .insertInto('callInRequests')
        .values({
          id: 'late-call-in',
          decisionNoticeId: await noticeId(),
          requestedOn: '2027-03-22',
          members: 'Cllr Adams\nCllr Brown',
          grounds: 'Recorded late',
          outcome: 'pending',
          outcomeOn: null,
          outcomeNotes: null,
          version: 1,
          createdAt: later,
          updatedAt: later,
        })
        .execute();
      expect((await dated()).meeting).toBe(later);
      expect(await ids(since('2027-05-24T00:00:00+00:00'))).toEqual([first]);
      // The other body's meeting that day took no part in it.
      expect(await ids(since('2027-05-24T00:00:00+00:00'))).not.toContain(`${PORTAL}/oparl/v1/meetings/${world.other}`);
      expect(oparlErrors('Meeting', await json(meetingUrl))).toEqual([]);
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
      // Nor does the amendment date the meeting: its record's public part did not change.
      expect((await json(`/oparl/v1/meetings/${world.first}`)).modified).toBe(CONFIRMED);
    });
  });
}
