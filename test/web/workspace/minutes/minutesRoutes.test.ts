import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser } from '../browser.js';
import { seedMinutesWorld, type MinutesWorld } from './minutesFixtures.js';

const TYPED_IN_WORD =
  'The Director presented the report on \u201csea wall\u201d repairs.\r\n\r\n\u2022\tMembers asked about the cost.\r\n\uf0b7\tThe officer\u2019s reply was noted.\r\n\r\nRESOLVED that\r\n1.\tthe repair plan be approved; and\r\n2.\tofficers be asked to report back in June.';

function csrfOf(html: string): string {
  return /name="csrf_token" value="([^"]+)"/.exec(html)![1]!;
}

function versionOf(html: string): string {
  return /name="version" value="(\d+)"/.exec(html)![1]!;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: writing, confirming and amending minutes`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let world: MinutesWorld;
    const clock = { now: new Date('2027-03-19T10:00:00Z') };
    beforeEach(async () => {
      t = await testStore(dialect);
      world = await seedMinutesWorld(t.store);
      app = createApp(t.store, { now: () => clock.now, today: () => clock.now.toISOString().slice(0, 10) });
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should write, preview, save as a draft, confirm at the next meeting, lock, and show an amendment', async () => {
      const clerk = new Browser(app);
      await clerk.signIn('clerk@council.example', 'correct horse');
      const list = `/workspace/meetings/${world.first}/minutes`;
      const itemPath = `${list}/${world.items[0]}`;
      const listHtml = await (await clerk.request(list)).text();
      expect(listHtml).toContain('Not written yet');
      expect(listHtml).toContain(itemPath);
      const page = await (await clerk.request(itemPath)).text();
      const csrf = csrfOf(page);
      const version = versionOf(page);

      // Preview: rendered by the server, nothing saved, the text kept as typed.
      const preview = await clerk.request(itemPath, {
        method: 'POST',
        form: { csrf_token: csrf, version, minutes: TYPED_IN_WORD, intent: 'preview' },
      });
      expect(preview.status).toBe(200);
      const previewHtml = await preview.text();
      expect(previewHtml).toContain('Preview');
      expect(previewHtml).toContain('2 resolutions: decision, request');
      expect(previewHtml).toContain('the repair plan be approved');
      expect(previewHtml).toContain('officer&#39;s reply');
      expect(await (await app.request(`/meetings/${world.first}`)).text()).not.toContain('repair plan');

      // A RESOLVED with nothing after it is refused, the typed text kept.
      const refused = await clerk.request(itemPath, {
        method: 'POST',
        form: { csrf_token: csrf, version, minutes: 'Some words <b>bold</b>.\n\nRESOLVED:', intent: 'save' },
      });
      expect(refused.status).toBe(400);
      const refusedHtml = await refused.text();
      expect(refusedHtml).toContain('Line 3: RESOLVED is not followed by what was resolved');
      expect(refusedHtml).toContain('Some words &lt;b&gt;bold&lt;/b&gt;.');

      const saved = await clerk.request(itemPath, {
        method: 'POST',
        form: { csrf_token: csrf, version, minutes: TYPED_IN_WORD, intent: 'save' },
      });
      expect(saved.status).toBe(303);

      // A second clerk's form from the old version is refused with 409, keeping what they typed.
      const stale = await clerk.request(itemPath, {
        method: 'POST',
        form: { csrf_token: csrf, version, minutes: 'My other words', intent: 'save' },
      });
      expect(stale.status).toBe(409);
      const staleHtml = await stale.text();
      expect(staleHtml).toContain('My other words');
      expect(staleHtml).toContain('someone else saved the minutes'.replace(/^s/, 'S'));

      // The public sees the draft, as it sees imported minutes, labelled as a draft.
      const publicMeeting = await (await app.request(`/meetings/${world.first}`)).text();
      expect(publicMeeting).toContain('Draft minutes, not yet confirmed');
      expect(publicMeeting).toContain('the repair plan be approved');
      const publicItem = await (await app.request(`/items/${world.items[0]}`)).text();
      expect(publicItem).toContain('Draft minutes, not yet confirmed');
      const apiDraft = (await (await app.request(`/api/v1/meetings/${world.first}`)).json()) as {
        minutes: { status: string };
      };
      expect(apiDraft.minutes.status).toBe('draft');
      const resolutions = await t.store.transaction((repos) => repos.minutes.motions(world.items[0]!));
      expect(resolutions).toEqual([]);

      // At the next meeting, the clerk confirms the previous meeting's minutes.
      const nextList = `/workspace/meetings/${world.next}/minutes`;
      const nextHtml = await (await clerk.request(nextList)).text();
      expect(nextHtml).toContain('Confirm the minutes of');
      const confirmed = await clerk.request(`${nextList}/confirm-previous`, {
        method: 'POST',
        form: { csrf_token: csrfOf(nextHtml) },
      });
      expect(confirmed.status).toBe(303);
      const afterConfirm = await (await app.request(`/meetings/${world.first}`)).text();
      expect(afterConfirm).not.toContain('Draft minutes, not yet confirmed');
      expect(afterConfirm).toContain('Minutes confirmed as a correct record at the meeting of');

      // Locked: an edit is refused with a clear message, the text kept.
      const current = await (await clerk.request(itemPath)).text();
      expect(current).toContain('confirmed and locked');
      const locked = await clerk.request(itemPath, {
        method: 'POST',
        form: { csrf_token: csrf, version: '1', minutes: 'A late change', intent: 'save' },
      });
      expect(locked.status).toBe(409);
      expect(await locked.text()).toContain('These minutes are confirmed and locked: nothing was saved');

      // A correction is an amendment agreed at a later meeting, shown with the minutes.
      const amended = await clerk.request(`${list}/amendments`, {
        method: 'POST',
        form: {
          csrf_token: csrf,
          itemId: world.items[0]!,
          text: 'In the second point, "June" should read "July".',
          reason: 'The date was misheard',
          agreedAtMeetingId: world.next,
        },
      });
      expect(amended.status).toBe(303);
      const withAmendment = await (await app.request(`/meetings/${world.first}`)).text();
      expect(withAmendment).toContain('Amendments to the minutes');
      expect(withAmendment).toContain('should read &quot;July&quot;');
      expect(withAmendment).toContain('Reason: The date was misheard.');
      const api = (await (await app.request(`/api/v1/meetings/${world.first}`)).json()) as {
        minutes: {
          status: string;
          confirmed_by: { id: string };
          amendments: { text: string; agreed_at: { id: string } }[];
        };
      };
      expect(api.minutes).toMatchObject({
        status: 'confirmed',
        confirmed_by: { id: world.next },
        amendments: [{ text: 'In the second point, "June" should read "July".', agreed_at: { id: world.next } }],
      });
      const audit = (await t.store.repos.audit.list()).map((e) => e.action);
      expect(audit).toEqual(expect.arrayContaining(['minutes.item.save', 'minutes.confirm', 'minutes.amend']));
    });

    it('should record a motion with a recorded vote and state the result under its rule', async () => {
      const clerk = new Browser(app);
      await clerk.signIn('clerk@council.example', 'correct horse');
      const itemPath = `/workspace/meetings/${world.first}/minutes/${world.items[0]}`;
      const page = await (await clerk.request(itemPath)).text();
      const [a, b, c, d, e] = world.members;
      const form = {
        csrf_token: csrfOf(page),
        version: versionOf(page),
        kind: 'motion',
        text: 'That the sea wall be rebuilt in stone.',
        moverId: a!.id,
        seconderId: b!.id,
        rule: 'two_thirds_of_those_voting',
        membership: '',
        mode: 'recorded',
        [`vote-${a!.id}`]: 'for',
        [`vote-${b!.id}`]: 'for',
        [`vote-${c!.id}`]: 'for',
        [`vote-${d!.id}`]: 'against',
        [`vote-${e!.id}`]: 'against',
        castingVote: '',
        assentOutcome: '',
      };
      const someoneLeftOut = await clerk.request(`${itemPath}/motions`, {
        method: 'POST',
        form: { ...form, [`vote-${e!.id}`]: '' },
      });
      expect(someoneLeftOut.status).toBe(400);
      const leftOutHtml = await someoneLeftOut.text();
      expect(leftOutHtml).toContain('A recorded vote names each member&#39;s vote: choose one for Eli Evans');
      // What was typed comes back.
      expect(leftOutHtml).toContain('That the sea wall be rebuilt in stone.');
      const sameMover = await clerk.request(`${itemPath}/motions`, {
        method: 'POST',
        form: { ...form, seconderId: a!.id },
      });
      expect(sameMover.status).toBe(400);
      expect(await sameMover.text()).toContain('The seconder must be a different member from the mover');
      expect((await clerk.request(`${itemPath}/motions`, { method: 'POST', form })).status).toBe(303);
      const publicItem = await (await app.request(`/items/${world.items[0]}`)).text();
      expect(publicItem).toContain('moved by Alex Adams, seconded by Bea Brown');
      // Three of five is a majority, but short of two thirds: lost.
      expect(publicItem).toContain('Lost.');
      expect(publicItem).toContain('3 of 5 votes cast, fewer than two thirds');
      expect(publicItem).toContain('Against (2): Dee Dean, Eli Evans');
    });

    it('should refuse a clerk of another body, and keep exempt minutes private', async () => {
      const other = new Browser(app);
      await other.signIn('planning.clerk@council.example', 'correct horse');
      expect((await other.request(`/workspace/meetings/${world.first}/minutes`)).status).toBe(403);
      const csrf = csrfOf(await (await other.request(`/workspace/meetings/${world.other}/minutes`)).text());
      const res = await other.request(`/workspace/meetings/${world.first}/minutes/${world.items[0]}`, {
        method: 'POST',
        form: { csrf_token: csrf, version: '0', minutes: 'Not mine to write', intent: 'save' },
      });
      expect(res.status).toBe(403);
      const clerk = new Browser(app);
      await clerk.signIn('clerk@council.example', 'correct horse');
      const exemptPath = `/workspace/meetings/${world.first}/minutes/${world.items[1]}`;
      const page = await (await clerk.request(exemptPath)).text();
      expect(
        (
          await clerk.request(exemptPath, {
            method: 'POST',
            form: {
              csrf_token: csrfOf(page),
              version: versionOf(page),
              minutes: 'RESOLVED: to agree the secret lease terms.',
              intent: 'save',
            },
          })
        ).status,
      ).toBe(303);
      expect(await (await app.request(`/meetings/${world.first}`)).text()).not.toContain('secret lease');
    });
  });
}
