import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { recordMeeting } from '../../../../src/app/recordMeeting.js';
import { createApp } from '../../../../src/web/app.js';
import { buildMeetingRecord } from '../../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

const NOW = new Date('2025-03-20T09:00:00Z');

for (const dialect of DIALECTS) {
  describe(`${dialect}: declarations and registers of interests in the workspace`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let clerk: Browser;
    let meetingId: string;
    let page: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      app = createApp(t.store, { now: () => NOW });
      meetingId = (await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null })).meetingId;
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          body: { name: 'Licensing Committee' },
          attendance: [{ name: 'Councillor Lena Park', kind: 'present' }],
          declarations: [],
        }),
        { sourceDocumentId: null },
      );
      await addUser(t.store, { email: 'clerk@x.org', role: 'clerk', password: 'correct horse' }, 'cli:t', CHEAP);
      await addUser(
        t.store,
        { email: 'lic@x.org', role: 'clerk', password: 'correct horse', bodySlugs: ['licensing-committee'] },
        'cli:t',
        CHEAP,
      );
      clerk = new Browser(app);
      await clerk.signIn('clerk@x.org', 'correct horse');
      page = `/workspace/meetings/${meetingId}/declarations`;
    });
    afterEach(async () => {
      await t?.drop();
    });

    const optionValue = (html: string, label: string): string =>
      new RegExp(`<option value="([^"]*)"[^>]*>${label}</option>`).exec(html)![1]!;

    it('should record a declaration that the public meeting page then shows, escaped, with its kind and conduct', async () => {
      const form = await (await clerk.request(page)).text();
      expect(form).toContain('Declarations of interest');
      expect(form).toContain('These are prompts, not declarations');
      const res = await clerk.request(page, {
        method: 'POST',
        form: {
          csrf_token: /name="csrf_token" value="([^"]+)"/.exec(form)![1]!,
          personId: optionValue(form, 'Ada Lovelace'),
          itemId: optionValue(form, '43. Coastal Flood Defence Programme'),
          kind: 'disclosable_pecuniary',
          text: 'owns <b>land</b> at Northgate',
          leftRoom: 'yes',
          tookNoPart: 'yes',
        },
      });
      expect(res.status).toBe(303);
      const after = await (await clerk.request(res.headers.get('location')!)).text();
      expect(after).toContain('Declaration recorded');
      expect(after).toContain('owns &lt;b&gt;land&lt;/b&gt; at Northgate');
      const publicPage = await (await new Browser(app).request(`/meetings/${meetingId}`)).text();
      expect(publicPage).toMatch(
        /Ada Lovelace<\/a> on [^]*?Coastal Flood Defence Programme<\/a>: Disclosable pecuniary interest: owns &lt;b&gt;land&lt;\/b&gt; at Northgate \(left the room; took no part\)/,
      );
      const itemId = /href="#item-([^"]+)">Coastal Flood Defence Programme/.exec(publicPage)![1]!;
      expect(await (await new Browser(app).request(`/items/${itemId}`)).text()).toMatch(
        /Ada Lovelace<\/a>: Disclosable pecuniary interest: owns &lt;b&gt;land&lt;\/b&gt; at Northgate \(left the room; took no part\)/,
      );
      const api = (await (await new Browser(app).request(`/api/v1/meetings/${meetingId}`)).json()) as {
        declarations: { text: string; kind: string; left_room: boolean | null; dispensation: boolean | null }[];
      };
      expect(api.declarations.map((d) => [d.kind, d.left_room, d.dispensation])).toEqual(
        expect.arrayContaining([
          ['disclosable_pecuniary', true, false],
          ['other_registrable', null, null],
        ]),
      );
      // The imported declaration reads as before: its words already name its kind.
      expect(publicPage).toContain(': lives near the Northgate sea wall');

      const removeAction = /action="([^"]+\/remove)"/.exec(after.slice(after.indexOf('owns &lt;b&gt;')))![1]!;
      const removed = await clerk.request(removeAction, {
        method: 'POST',
        form: { csrf_token: /name="csrf_token" value="([^"]+)"/.exec(after)![1]! },
      });
      expect(removed.status).toBe(303);
      expect(await (await new Browser(app).request(`/meetings/${meetingId}`)).text()).not.toContain('Northgate (left');
      const audit = await t.store.repos.audit.list({ subjectKind: 'declaration' });
      expect(audit.map((e) => e.action).sort()).toEqual(['declaration.add', 'declaration.remove']);
    });

    it('should keep a refused declaration as typed and say what is wrong, in the summary and beside each field', async () => {
      const form = await (await clerk.request(page)).text();
      const res = await clerk.request(page, {
        method: 'POST',
        form: {
          csrf_token: /name="csrf_token" value="([^"]+)"/.exec(form)![1]!,
          personId: '',
          itemId: '',
          kind: '',
          text: 'a friend of the "applicant"',
          dispensation: 'yes',
        },
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('govuk-error-summary');
      expect(html).toContain('<a href="#personId">Choose who declared the interest</a>');
      expect(html).toContain('<a href="#kind">Choose the kind of interest</a>');
      expect(html).toContain('a friend of the &quot;applicant&quot;</textarea>');
      expect(html).toMatch(/id="dispensation" name="dispensation" type="checkbox" value="yes" checked/);
      expect(await t.store.repos.audit.list({ subjectKind: 'declaration' })).toEqual([]);
    });

    it('should keep a register, flag a late entry, prompt on a matching item and publish the register', async () => {
      const home = await (await clerk.request('/workspace/interests')).text();
      expect(home).toContain(`href="/workspace/meetings/${meetingId}/declarations"`);
      const registerPath = /href="(\/workspace\/interests\/[^"]+)">Tom Brown</.exec(home)![1]!;
      const register = await (await clerk.request(registerPath)).text();
      const csrf = /name="csrf_token" value="([^"]+)"/.exec(register)![1]!;
      const entry = (fields: Record<string, string>) =>
        clerk.request(`${registerPath}/entries`, { method: 'POST', form: { csrf_token: csrf, ...fields } });
      const refused = await entry({
        category: 'land',
        description: 'Beach hut on the coastal path, Northgate',
        'aroseOn-day': '31',
        'aroseOn-month': '2',
        'aroseOn-year': '2024',
      });
      expect(refused.status).toBe(400);
      const refusedHtml = await refused.text();
      expect(refusedHtml).toContain('Date the interest arose must be a real date');
      expect(refusedHtml).toContain('Enter the date it was registered');
      expect(refusedHtml).toContain('Beach hut on the coastal path, Northgate</textarea>');
      const added = await entry({
        category: 'land',
        description: 'Beach hut on the coastal path, Northgate',
        'aroseOn-day': '10',
        'aroseOn-month': '1',
        'aroseOn-year': '2024',
        'registeredOn-day': '1',
        'registeredOn-month': '3',
        'registeredOn-year': '2024',
      });
      expect(added.status).toBe(303);
      const kept = await (await clerk.request(registerPath)).text();
      expect(kept).toContain('23 days late (due by 7 February 2024)');
      expect(kept).toContain('Register never reviewed');

      const declarations = await (await clerk.request(page)).text();
      expect(declarations).toMatch(
        /<strong>43\. Coastal Flood Defence Programme<\/strong><ul[^>]*><li>Tom Brown: “Beach hut on the coastal path, Northgate” \(shares “coastal”\)/,
      );
      expect(declarations).toContain('Registered 23 days late');

      const person = /href="\/people\/([^"]+)"/.exec(kept)![1]!;
      const publicPerson = await (await new Browser(app).request(`/people/${person}`)).text();
      expect(publicPerson).toContain('Register of interests');
      expect(publicPerson).toContain('Beach hut on the coastal path, Northgate');
    });

    it('should refuse a clerk of another body the meeting’s declarations and the members’ registers (403)', async () => {
      const lic = new Browser(app);
      await lic.signIn('lic@x.org', 'correct horse');
      expect((await lic.request(page)).status).toBe(403);
      const csrf = await lic.tokenOn('/workspace');
      const post = await lic.request(page, {
        method: 'POST',
        form: { csrf_token: csrf, personId: 'x', itemId: '', kind: 'non_registrable', text: 'x' },
      });
      expect(post.status).toBe(403);
      const home = await (await clerk.request('/workspace/interests')).text();
      const registerPath = /href="(\/workspace\/interests\/[^"]+)">Ada Lovelace</.exec(home)![1]!;
      expect((await lic.request(registerPath)).status).toBe(403);
      const entry = await lic.request(`${registerPath}/entries`, {
        method: 'POST',
        form: {
          csrf_token: csrf,
          category: 'land',
          description: 'x',
          'aroseOn-day': '1',
          'aroseOn-month': '1',
          'aroseOn-year': '2025',
          'registeredOn-day': '1',
          'registeredOn-month': '1',
          'registeredOn-year': '2025',
        },
      });
      expect(entry.status).toBe(403);
      // Their own members' registers are theirs to keep.
      const own = await (await lic.request('/workspace/interests')).text();
      expect(own).toContain('Lena Park');
      expect(own).not.toContain('Ada Lovelace');
    });
  });
}
