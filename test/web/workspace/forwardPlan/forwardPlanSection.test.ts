import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { publishDecisionNotice } from '../../../../src/app/decisions/publishDecisionNotice.js';
import { recordMeeting } from '../../../../src/app/recordMeeting.js';
import { createApp } from '../../../../src/web/app.js';
import { buildMeetingRecord } from '../../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

const NOW = new Date('2026-03-01T09:00:00Z');
const SCRUTINY = 'harbourside-overview-and-scrutiny-committee';

function entryForm(csrf: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    csrf_token: csrf,
    title: 'Sale of <b>land</b> at Northgate',
    summary: 'Whether to sell the land at Northgate.',
    decisionMaker: 'Cabinet',
    'expectedOn-day': '2',
    'expectedOn-month': '4',
    'expectedOn-year': '2026',
    isKey: 'yes',
    'noticePublishedOn-day': '1',
    'noticePublishedOn-month': '3',
    'noticePublishedOn-year': '2026',
    exemptParagraph: '3',
    documents: 'Report of the Director of Place\nValuation <script>alert(1)</script>',
    lateNotice: '',
    lateReasons: '',
    'scrutinyChairOn-day': '',
    'scrutinyChairOn-month': '',
    'scrutinyChairOn-year': '',
    status: 'planned',
    ...overrides,
  };
}

const entryIdOn = (html: string): string => /href="\/workspace\/forward-plan\/(?!new")([^"/?]+)"/.exec(html)![1]!;

for (const dialect of DIALECTS) {
  describe(`${dialect}: the forward plan and call-ins`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let clerk: Browser;
    beforeEach(async () => {
      t = await testStore(dialect);
      app = createApp(t.store, { now: () => NOW, today: () => '2026-03-01' });
      await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null });
      await addUser(t.store, { email: 'clerk@x.org', role: 'clerk', password: 'correct horse' }, 'cli:t', CHEAP);
      await addUser(t.store, { email: 'cllr@x.org', role: 'councillor', password: 'correct horse' }, 'cli:t', CHEAP);
      clerk = new Browser(app);
      await clerk.signIn('clerk@x.org', 'correct horse');
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should add a key decision, warn of a late notice, and show the public the notice without exempt details', async () => {
      const csrf = await clerk.tokenOn('/workspace/forward-plan/new');
      // Published 1 March for 2 April: 31 clear days, enough.
      const res = await clerk.request('/workspace/forward-plan', { method: 'POST', form: entryForm(csrf) });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/workspace/forward-plan?saved=1');
      const late = await clerk.request('/workspace/forward-plan', {
        method: 'POST',
        form: entryForm(csrf, { title: 'Library hours', 'expectedOn-day': '20', 'expectedOn-month': '3' }),
      });
      expect(late.status).toBe(303);
      const draft = await clerk.request('/workspace/forward-plan', {
        method: 'POST',
        form: entryForm(csrf, {
          title: 'Draft budget',
          'noticePublishedOn-day': '',
          'noticePublishedOn-month': '',
          'noticePublishedOn-year': '',
        }),
      });
      expect(draft.status).toBe(303);

      const list = await (await clerk.request('/workspace/forward-plan?saved=1')).text();
      expect(list).toContain('Forward plan saved');
      expect(list).toContain('Sale of &lt;b&gt;land&lt;/b&gt; at Northgate');
      expect(list).toContain('Only 18 clear days&#39; notice (28 needed, publish by 2026-02-19)');
      expect(list).toContain('The notice is not published yet');

      const pub = await (await app.request('/forward-plan')).text();
      expect(pub).toContain('Sale of &lt;b&gt;land&lt;/b&gt; at Northgate');
      expect(pub).not.toContain('<b>land</b>');
      expect(pub).toContain('Library hours');
      expect(pub).not.toContain('Draft budget');
      const href = /href="(\/forward-plan\/[^"?]+)"/.exec(pub)![1]!;
      const page = await (await app.request(href)).text();
      expect(page).toContain('exempt under paragraph 3 of Schedule 12A');
      expect(page).toContain('Valuation &lt;script&gt;');
      expect(page).not.toContain('<script>alert');
      const api = (await (await app.request('/api/v1/forward-plan')).json()) as {
        data: {
          url: string;
          title: string;
          exempt_paragraph: number | null;
          documents: string[];
          notice_published_on: string;
        }[];
        page: { total: number };
      };
      expect(api.page.total).toBe(2);
      expect(api.data.map((e) => e.title)).toEqual(['Library hours', 'Sale of <b>land</b> at Northgate']);
      expect(api.data[1]).toMatchObject({ exempt_paragraph: 3, notice_published_on: '2026-03-01' });
      expect(api.data[1]!.documents).toEqual([
        'Report of the Director of Place',
        'Valuation <script>alert(1)</script>',
      ]);
      const one = await app.request(api.data[1]!.url);
      expect(one.status).toBe(200);
      expect(((await one.json()) as { title: string }).title).toBe('Sale of <b>land</b> at Northgate');
      const audit = await t.store.transaction((repos) => repos.audit.list({ subjectKind: 'forward_plan_entry' }));
      expect(audit.map((e) => e.action)).toEqual(['forward_plan.add', 'forward_plan.add', 'forward_plan.add']);
    });

    it('should keep what was typed and say every problem at once', async () => {
      const csrf = await clerk.tokenOn('/workspace/forward-plan/new');
      const res = await clerk.request('/workspace/forward-plan', {
        method: 'POST',
        form: entryForm(csrf, {
          title: '',
          'expectedOn-day': '31',
          'expectedOn-month': '2',
          summary: 'Kept <i>as</i> typed',
        }),
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('<title>Error: ');
      expect(html).toContain('Enter the title');
      expect(html).toContain('Expected date of the decision must be a real date');
      expect(html).toContain('Kept &lt;i&gt;as&lt;/i&gt; typed');
      const late = await clerk.request('/workspace/forward-plan', {
        method: 'POST',
        form: entryForm(csrf, { lateNotice: 'special_urgency' }),
      });
      expect(late.status).toBe(400);
      expect(await late.text()).toContain('Enter why the decision cannot wait 28 clear days');
      expect(await (await app.request('/forward-plan')).text()).toContain('No decisions are on the forward plan.');
    });

    it('should refuse a change made from a stale version, keeping the typed values', async () => {
      const csrf = await clerk.tokenOn('/workspace/forward-plan/new');
      await clerk.request('/workspace/forward-plan', { method: 'POST', form: entryForm(csrf) });
      const id = entryIdOn(await (await clerk.request('/workspace/forward-plan')).text());
      const path = `/workspace/forward-plan/${id}`;
      const hidden = await clerk.hiddenFields(path, path);
      expect(hidden.version).toBe('1');
      const first = await clerk.request(path, {
        method: 'POST',
        form: { ...entryForm(csrf, { status: 'deferred' }), ...hidden, decisionNoticeId: '' },
      });
      expect(first.status).toBe(303);
      const second = await clerk.request(path, {
        method: 'POST',
        form: { ...entryForm(csrf, { title: 'My own title' }), ...hidden, decisionNoticeId: '' },
      });
      expect(second.status).toBe(409);
      const html = await second.text();
      expect(html).toContain('Someone else changed this entry');
      expect(html).toContain('value="My own title"');
      expect(html).toContain('name="version" value="2"');
      const pub = await (await app.request('/forward-plan')).text();
      expect(pub).toContain('Deferred');
    });

    it('should pull an entry into a committee work programme once', async () => {
      const csrf = await clerk.tokenOn('/workspace/forward-plan/new');
      await clerk.request('/workspace/forward-plan', { method: 'POST', form: entryForm(csrf) });
      const id = entryIdOn(await (await clerk.request('/workspace/forward-plan')).text());
      const action = `/workspace/forward-plan/${id}/work-programme`;
      const res = await clerk.request(action, { method: 'POST', form: { csrf_token: csrf, bodySlug: SCRUTINY } });
      expect(res.status).toBe(303);
      const shown = await (await clerk.request(res.headers.get('location')!)).text();
      expect(shown).toContain('work programme, unscheduled');
      const again = await clerk.request(action, { method: 'POST', form: { csrf_token: csrf, bodySlug: SCRUTINY } });
      expect(again.status).toBe(409);
      expect(await again.text()).toContain('already has this decision');
      const pulled = await t.store.transaction(async (repos) =>
        repos.workProgramme.findBySourceRef((await repos.bodies.findBySlug(SCRUTINY))!.id, id),
      );
      expect(pulled).toMatchObject({ source: 'forward_plan', status: 'unscheduled', sourceRef: id });
    });

    it('should record a call-in within the period and its outcome, and show both on the public notice', async () => {
      const account = await t.store.transaction(async (repos) => (await repos.accounts.findByEmail('clerk@x.org'))!);
      const notice = await publishDecisionNotice(
        t.store,
        account,
        {
          title: 'Close the Northgate depot',
          decision: 'To close the depot.',
          makerKind: 'executive',
          decisionMaker: 'Cabinet',
          bodySlug: '',
          isKey: true,
          reasons: 'Costs.',
          alternatives: '',
          callIn: 'subject_to_call_in',
          urgencyReason: '',
          decidedOn: '2026-02-23',
          publishedOn: '2026-02-24',
        },
        NOW.toISOString(),
      );
      expect(notice.callInDeadline).toBe('2026-03-03');
      const board = await (await clerk.request('/workspace/call-ins')).text();
      expect(board).toContain(`/workspace/call-ins/new?decision=${notice.id}`);
      const csrf = await clerk.tokenOn(`/workspace/call-ins/new?decision=${notice.id}`);
      const form = (over: Record<string, string> = {}) => ({
        csrf_token: csrf,
        decisionNoticeId: notice.id,
        'requestedOn-day': '27',
        'requestedOn-month': '2',
        'requestedOn-year': '2026',
        members: 'Cllr A <em>Smith</em>\nCllr B Jones',
        grounds: 'The consultation was not considered.',
        ...over,
      });
      const late = await clerk.request('/workspace/call-ins', {
        method: 'POST',
        form: form({ 'requestedOn-day': '4', 'requestedOn-month': '3' }),
      });
      expect(late.status).toBe(400);
      expect(await late.text()).toContain('A call-in must be made between 2026-02-24 and 2026-03-03');
      const alone = await clerk.request('/workspace/call-ins', {
        method: 'POST',
        form: form({ members: 'Cllr A Smith', grounds: '' }),
      });
      expect(alone.status).toBe(400);
      const aloneHtml = await alone.text();
      expect(aloneHtml).toContain('at least 2');
      expect(aloneHtml).toContain('Enter the grounds for the call-in');
      const ok = await clerk.request('/workspace/call-ins', { method: 'POST', form: form() });
      expect(ok.status).toBe(303);

      let page = await (await app.request(`/decisions/${notice.id}`)).text();
      expect(page).toContain('Called in on 27 February 2026 by Cllr A &lt;em&gt;Smith&lt;/em&gt;, Cllr B Jones');
      expect(page).toContain('The consultation was not considered.');
      expect(page).toContain('Awaiting the scrutiny committee');

      const callInId = /href="\/workspace\/call-ins\/([^"/?]+)"/.exec(
        await (await clerk.request('/workspace/call-ins')).text(),
      )![1]!;
      const path = `/workspace/call-ins/${callInId}`;
      const hidden = await clerk.hiddenFields(path, path);
      const outcome = await clerk.request(path, {
        method: 'POST',
        form: {
          ...hidden,
          outcome: 'referred_to_decision_maker',
          'outcomeOn-day': '10',
          'outcomeOn-month': '3',
          'outcomeOn-year': '2026',
          outcomeNotes: '',
        },
      });
      expect(outcome.status).toBe(303);
      const stale = await clerk.request(path, {
        method: 'POST',
        form: {
          ...hidden,
          outcome: 'upheld',
          'outcomeOn-day': '11',
          'outcomeOn-month': '3',
          'outcomeOn-year': '2026',
          outcomeNotes: '',
        },
      });
      expect(stale.status).toBe(409);
      page = await (await app.request(`/decisions/${notice.id}`)).text();
      expect(page).toContain('Referred back to the decision maker');
      expect(page).toContain('10 March 2026');
      const audit = await t.store.transaction((repos) => repos.audit.list({ subjectKind: 'call_in' }));
      expect(audit.map((e) => e.action).sort()).toEqual(['call_in.decide', 'call_in.record']);
    });

    it('should refuse councillors and the public', async () => {
      const cllr = new Browser(app);
      await cllr.signIn('cllr@x.org', 'correct horse');
      expect((await cllr.request('/workspace/forward-plan')).status).toBe(403);
      expect((await cllr.request('/workspace/call-ins')).status).toBe(403);
      expect([401, 403, 303]).toContain((await app.request('/workspace/forward-plan')).status);
      // The plan is the executive's: a clerk of one committee may read it but not change it.
      await addUser(
        t.store,
        { email: 'one@x.org', role: 'clerk', password: 'correct horse', bodySlugs: [SCRUTINY] },
        'cli:t',
        CHEAP,
      );
      const one = new Browser(app);
      await one.signIn('one@x.org', 'correct horse');
      const csrf = await one.tokenOn('/workspace/forward-plan/new');
      expect((await one.request('/workspace/forward-plan', { method: 'POST', form: entryForm(csrf) })).status).toBe(
        403,
      );
      expect(await (await app.request('/forward-plan')).text()).toContain('No decisions are on the forward plan.');
    });
  });
}
