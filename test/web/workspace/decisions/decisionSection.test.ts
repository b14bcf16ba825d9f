import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { recordMeeting, type RecordedMeeting } from '../../../../src/app/recordMeeting.js';
import { createApp } from '../../../../src/web/app.js';
import { buildMeetingRecord } from '../../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

const NOW = new Date('2026-04-01T09:00:00Z');

function form(csrf: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    csrf_token: csrf,
    title: 'Sale of <b>land</b> at Northgate',
    decision: 'To sell the land to the highest bidder.',
    makerKind: 'executive',
    decisionMaker: 'Cabinet',
    bodySlug: '',
    isKey: 'yes',
    reasons: 'The land is surplus to requirements.',
    alternatives: 'Keeping the land was rejected: it costs £20,000 a year.',
    callIn: 'subject_to_call_in',
    urgencyReason: '',
    'decidedOn-day': '31',
    'decidedOn-month': '3',
    'decidedOn-year': '2026',
    'publishedOn-day': '1',
    'publishedOn-month': '4',
    'publishedOn-year': '2026',
    ...overrides,
  };
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: decision notices`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let clerk: Browser;
    let scrutiny: RecordedMeeting;
    let licensing: RecordedMeeting;
    beforeEach(async () => {
      t = await testStore(dialect);
      app = createApp(t.store, { now: () => NOW, today: () => '2026-04-01' });
      const record = buildMeetingRecord();
      scrutiny = await recordMeeting(
        t.store,
        {
          ...record,
          items: [
            ...record.items,
            { ...record.items[2]!, minuteNumber: '44', title: 'Disposal of land', isExempt: true },
          ],
        },
        { sourceDocumentId: null },
      );
      licensing = await recordMeeting(t.store, buildMeetingRecord({ body: { name: 'Licensing Committee' } }), {
        sourceDocumentId: null,
      });
      await addUser(t.store, { email: 'clerk@x.org', role: 'clerk', password: 'correct horse' }, 'cli:t', CHEAP);
      await addUser(
        t.store,
        { email: 'lic@x.org', role: 'clerk', password: 'correct horse', bodySlugs: ['licensing-committee'] },
        'cli:t',
        CHEAP,
      );
      await addUser(t.store, { email: 'cllr@x.org', role: 'councillor', password: 'correct horse' }, 'cli:t', CHEAP);
      clerk = new Browser(app);
      await clerk.signIn('clerk@x.org', 'correct horse');
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should publish a notice with its call-in period computed over Easter, and show it to the public', async () => {
      const csrf = await clerk.tokenOn('/workspace/decisions/new');
      const res = await clerk.request('/workspace/decisions', { method: 'POST', form: form(csrf) });
      expect(res.status).toBe(200);
      const confirmation = await res.text();
      expect(confirmation).toContain('Decision notice published');
      // Good Friday 3 April and Easter Monday 6 April 2026 are not working days.
      expect(confirmation).toContain('It may be called in until the end of 10 April 2026');
      expect(confirmation).toContain('from 13 April 2026');
      const list = await (await app.request('/decisions')).text();
      expect(list).toContain('Sale of &lt;b&gt;land&lt;/b&gt; at Northgate');
      expect(list).not.toContain('<b>land</b>');
      const href = /href="(\/decisions\/[^"?]+)"/.exec(list)![1]!;
      const page = await (await app.request(href)).text();
      expect(page).toContain('Keeping the land was rejected');
      expect(page).toContain('Key decision');
    });

    it('should keep what was typed and say what is missing, and need a reason for an urgent decision', async () => {
      const csrf = await clerk.tokenOn('/workspace/decisions/new');
      const res = await clerk.request('/workspace/decisions', {
        method: 'POST',
        form: form(csrf, { title: '', callIn: 'urgent', 'publishedOn-day': '30', 'publishedOn-month': '2' }),
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('Date of publication must be a real date');
      expect(html).toContain('The land is surplus to requirements.');
      const again = await clerk.request('/workspace/decisions', {
        method: 'POST',
        form: form(csrf, { title: '', callIn: 'urgent' }),
      });
      const text = await again.text();
      expect(again.status).toBe(400);
      expect(text).toContain('Enter the title');
      expect(text).toContain('Enter why the decision could not wait for call-in');
      expect(text).toContain('href="#urgencyReason"');
      expect(await (await app.request('/decisions')).text()).toContain('No decisions have been published yet.');
    });

    it('should open from a meeting, name the item it was taken on, and link the public notice to it', async () => {
      const hub = await (await clerk.request(`/workspace/meetings/${scrutiny.meetingId}`)).text();
      const formPath = `/workspace/decisions/new?meeting=${scrutiny.meetingId}`;
      expect(hub).toContain(`href="${formPath}"`);
      const page = await (await clerk.request(formPath)).text();
      // The meeting's body and date start the form; its items are offered, the exempt one marked.
      expect(page).toMatch(/<option value="harbourside-overview-and-scrutiny-committee" selected/);
      // A committee's meeting: the committee took the decision, until the clerk says otherwise.
      expect(page).toMatch(/<option value="committee" selected/);
      expect(page).toContain('name="decidedOn-day" type="text" inputmode="numeric" value="12"');
      expect(page).toContain('Coastal Flood Defence Programme');
      expect(page).toContain('Disposal of land (exempt)');
      const csrf = await clerk.tokenOn(formPath);
      const [, flood, land] = scrutiny.itemIds.slice(1);
      const res = await clerk.request('/workspace/decisions', {
        method: 'POST',
        form: form(csrf, { meetingId: scrutiny.meetingId, itemId: flood!, title: 'Flood risk map' }),
      });
      expect(res.status).toBe(200);
      await clerk.request('/workspace/decisions', {
        method: 'POST',
        form: form(csrf, { meetingId: scrutiny.meetingId, itemId: land!, title: 'Sale of the depot' }),
      });
      const list = await (await app.request('/decisions')).text();
      expect(list).toContain('Flood risk map');
      // A notice of an exempt item is as private as the item.
      expect(list).not.toContain('Sale of the depot');
      const href = /href="(\/decisions\/[^"?]+)"/.exec(list)![1]!;
      const notice = await (await app.request(href)).text();
      expect(notice).toContain(`href="/items/${flood}"`);
      expect(notice).toContain('Coastal Flood Defence Programme');
      expect(notice).toContain(`href="/meetings/${scrutiny.meetingId}"`);
      // Filed under the item's body though none was chosen.
      expect(notice).toContain('href="/bodies/harbourside-overview-and-scrutiny-committee"');
    });

    it('should refuse an item of another body, keeping what was typed, and another body’s meeting', async () => {
      const formPath = `/workspace/decisions/new?meeting=${scrutiny.meetingId}`;
      const csrf = await clerk.tokenOn(formPath);
      const res = await clerk.request('/workspace/decisions', {
        method: 'POST',
        form: form(csrf, {
          meetingId: scrutiny.meetingId,
          itemId: licensing.itemIds[2]!,
          bodySlug: 'harbourside-overview-and-scrutiny-committee',
        }),
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('Choose an item of a meeting of the body chosen');
      expect(html).toContain('The land is surplus to requirements.');
      expect(html).toContain('Disposal of land (exempt)');
      const unknown = await clerk.request('/workspace/decisions', {
        method: 'POST',
        form: form(csrf, { itemId: 'no-such-item' }),
      });
      expect(unknown.status).toBe(400);
      expect(await unknown.text()).toContain('Choose an item from the list');
      const lic = new Browser(app);
      await lic.signIn('lic@x.org', 'correct horse');
      expect((await lic.request(formPath)).status).toBe(403);
      const licCsrf = await lic.tokenOn('/workspace/decisions/new');
      expect(
        (
          await lic.request('/workspace/decisions', {
            method: 'POST',
            form: form(licCsrf, { itemId: scrutiny.itemIds[2]! }),
          })
        ).status,
      ).toBe(403);
      expect(await (await app.request('/decisions')).text()).toContain('No decisions have been published yet.');
    });

    it('should hide a notice until its publication date', async () => {
      const csrf = await clerk.tokenOn('/workspace/decisions/new');
      await clerk.request('/workspace/decisions', {
        method: 'POST',
        form: form(csrf, { 'publishedOn-day': '20', 'publishedOn-month': '4' }),
      });
      expect(await (await app.request('/decisions')).text()).not.toContain('Northgate');
      expect(await (await clerk.request('/workspace/decisions')).text()).toContain('Northgate');
    });

    it('should refuse a clerk of another body, and councillors', async () => {
      const lic = new Browser(app);
      await lic.signIn('lic@x.org', 'correct horse');
      const csrf = await lic.tokenOn('/workspace/decisions/new');
      const slug = 'harbourside-overview-and-scrutiny-committee';
      expect(
        (await lic.request('/workspace/decisions', { method: 'POST', form: form(csrf, { bodySlug: slug }) })).status,
      ).toBe(403);
      expect(
        (
          await lic.request('/workspace/decisions', {
            method: 'POST',
            form: form(csrf, { bodySlug: 'licensing-committee' }),
          })
        ).status,
      ).toBe(200);
      const cllr = new Browser(app);
      await cllr.signIn('cllr@x.org', 'correct horse');
      expect((await cllr.request('/workspace/decisions/new')).status).toBe(403);
    });
  });
}
