import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { recordMeeting } from '../../../../src/app/recordMeeting.js';
import { createApp } from '../../../../src/web/app.js';
import { buildMeetingRecord } from '../../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

const NOW = new Date('2025-03-12T21:00:00Z');

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The fields a browser would send from the page's form: text and hidden inputs, checked radios, selected options. */
function formOf(html: string): Record<string, string> {
  const form = html.slice(html.indexOf('<form method="post"'));
  const fields: Record<string, string> = {};
  for (const input of form.matchAll(/<input\b[^>]*>/g)) {
    const tag = input[0];
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    if (!name) continue;
    if (/type="radio"/.test(tag) && !/\bchecked\b/.test(tag)) continue;
    fields[name] = unescape(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  for (const select of form.matchAll(/<select\b[^>]*name="([^"]*)"[^>]*>([^]*?)<\/select>/g)) {
    const chosen = /<option value="([^"]*)" selected/.exec(select[2]!) ?? /<option value="([^"]*)"/.exec(select[2]!);
    fields[select[1]!] = unescape(chosen?.[1] ?? '');
  }
  return fields;
}

/** The form prefix of the member whose legend names them. */
function memberPrefix(html: string, name: string): string {
  const at = html.indexOf(`<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${name}`);
  return /name="(members-\d+)-status"/.exec(html.slice(at))![1]!;
}

/** The value of the option whose label starts with `label`, in the select named `name`. */
function optionValue(html: string, name: string, label: string): string {
  const select = new RegExp(`name="${name}"[^>]*>([^]*?)</select>`).exec(html)![1]!;
  return new RegExp(`<option value="([^"]*)"[^>]*>${label}`).exec(select)![1]!;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: the register page`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let clerk: Browser;
    let path: string;
    let meetingId: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      app = createApp(t.store, { now: () => NOW });
      meetingId = (await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null })).meetingId;
      await recordMeeting(t.store, buildMeetingRecord({ body: { name: 'Licensing Committee' } }), {
        sourceDocumentId: null,
      });
      await addUser(
        t.store,
        {
          email: 'clerk@x.org',
          role: 'clerk',
          password: 'correct horse',
          bodySlugs: ['harbourside-overview-and-scrutiny-committee'],
        },
        'cli:t',
        CHEAP,
      );
      await addUser(
        t.store,
        { email: 'lic@x.org', role: 'clerk', password: 'correct horse', bodySlugs: ['licensing-committee'] },
        'cli:t',
        CHEAP,
      );
      clerk = new Browser(app);
      await clerk.signIn('clerk@x.org', 'correct horse');
      path = `/workspace/meetings/${meetingId}/register`;
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should be reached from the meeting in the schedule', async () => {
      const page = await (await clerk.request(`/workspace/schedule/meetings/${meetingId}`)).text();
      expect(page).toContain(`href="${path}"`);
    });

    it('should record the register, warn of inquorate items, and show it on the public meeting page, escaped', async () => {
      const html = await (await clerk.request(path)).text();
      expect(html).toContain('Register of Wednesday 12 March 2025');
      const form = formOf(html);
      const tom = memberPrefix(html, 'Tom Brown');
      form[`${tom}-arrival`] = optionValue(html, `${tom}-arrival`, 'During minute 42');
      form[`${tom}-arrivalTime`] = '18:50';
      const ada = memberPrefix(html, 'Ada Lovelace');
      form[`${ada}-departure`] = optionValue(html, `${ada}-departure`, 'After minute 43');
      form[`${ada}-departureTime`] = '20:05';
      form['substitutes-0-mode'] = 'remote';
      form['others-1-name'] = 'Lee <b>Hart</b>';
      form['others-1-roleText'] = 'Head of <Legal> & Democratic Services';
      form['others-1-capacity'] = 'officer';
      const saved = await clerk.request(path, { method: 'POST', form });
      expect(saved.status).toBe(303);
      expect(saved.headers.get('location')).toBe(`${path}?saved=1`);

      const after = await (await clerk.request(`${path}?saved=1`)).text();
      expect(after).toContain('The register is saved');
      expect(after).toContain('3 items were taken while the meeting was inquorate');
      expect(after.match(/govuk-tag--red">Inquorate/g)).toHaveLength(4);

      const pub = await (await app.request(`/meetings/${meetingId}`)).text();
      expect(pub).toMatch(/Tom Brown<\/a>\s*\(arrived during minute 42 at 6:50pm\)/);
      expect(pub).toMatch(/Ada Lovelace<\/a>, Chair\s*\(left after minute 43 at 8:05pm\)/);
      expect(pub).toMatch(/Gus Patel<\/a>[^]*?Rhian Evans<\/a>\)\s*\(attended remotely\)/);
      expect(pub).toContain('Head of &lt;Legal&gt; &amp; Democratic Services');
      expect(pub).not.toContain('<b>Hart</b>');
    });

    it('should count the quorum from what was typed without saving it', async () => {
      const html = await (await clerk.request(path)).text();
      expect(html).not.toContain('inquorate');
      const tom = memberPrefix(html, 'Tom Brown');
      const checked = await clerk.request(path, {
        method: 'POST',
        form: {
          ...formOf(html),
          [`${tom}-status`]: 'absent',
          'substitutes-1-name': 'Cllr Nia Rees',
          'substitutes-1-substituteForId': formOf(html)[`${tom}-personId`]!,
          'substitutes-1-mode': 'remote',
          intent: 'check',
        },
      });
      expect(checked.status).toBe(200);
      const page = await checked.text();
      expect(page).toContain('Not saved yet');
      expect(page).toContain('3 items were taken while the meeting was inquorate');
      expect(page).toMatch(new RegExp(`name="${tom}-status" type="radio" value="absent" checked`));
      expect(page).toContain('value="Cllr Nia Rees"');
      // Counted: Ada and Gus; taking part remotely, not counted: the substitute typed.
      expect(page).toMatch(
        /<td class="govuk-table__cell">2: Ada Lovelace, Gus Patel<\/td>\s*<td class="govuk-table__cell">Cllr Nia Rees<\/td>/,
      );
      expect(await t.store.repos.register.version(meetingId)).toBe(0);
      expect(await (await clerk.request(path)).text()).not.toContain('inquorate');
    });

    it('should keep what was typed and name each problem beside its field', async () => {
      const html = await (await clerk.request(path)).text();
      const form = formOf(html);
      const ada = memberPrefix(html, 'Ada Lovelace');
      form[`${ada}-reason`] = 'Stuck on the A38';
      form['substitutes-1-substituteForId'] = form['substitutes-0-substituteForId']!;
      form['others-2-roleText'] = 'Clerk to the Harbour Board';
      const refused = await clerk.request(path, { method: 'POST', form });
      expect(refused.status).toBe(400);
      const page = await refused.text();
      expect(page).toContain('There is a problem');
      expect(page).toContain(`href="#${ada}-reason"`);
      expect(page).toContain('Give a reason only for a member who sent apologies');
      expect(page).toContain('href="#substitutes-1-name"');
      expect(page).toContain('href="#others-2-name"');
      expect(page).toContain('value="Stuck on the A38"');
      expect(page).toContain('value="Clerk to the Harbour Board"');
      const [entry] = await t.store.repos.audit.list({ subjectId: meetingId });
      expect(entry).toBeUndefined();
    });

    it('should refuse a clerk of another body, and the public', async () => {
      const html = await (await clerk.request(path)).text();
      const lic = new Browser(app);
      await lic.signIn('lic@x.org', 'correct horse');
      expect((await lic.request(path)).status).toBe(403);
      const token = /name="csrf_token" value="([^"]+)"/.exec(await (await lic.request('/workspace')).text())![1]!;
      const posted = await lic.request(path, { method: 'POST', form: { ...formOf(html), csrf_token: token } });
      expect(posted.status).toBe(403);
      expect([401, 403, 303]).toContain((await new Browser(app).request(path)).status);
      expect((await t.store.repos.register.version(meetingId))!).toBe(0);
    });

    it('should not let a second clerk overwrite a register saved since they opened it (409, typing kept)', async () => {
      const other = new Browser(app);
      await other.signIn('clerk@x.org', 'correct horse');
      const mine = await (await clerk.request(path)).text();
      const theirs = await (await other.request(path)).text();
      const tom = memberPrefix(mine, 'Tom Brown');
      expect(
        (await clerk.request(path, { method: 'POST', form: { ...formOf(mine), [`${tom}-status`]: 'absent' } })).status,
      ).toBe(303);
      const stale = await other.request(path, {
        method: 'POST',
        form: { ...formOf(theirs), [`${tom}-status`]: 'remote', 'others-1-name': 'Jo Marsh' },
      });
      expect(stale.status).toBe(409);
      const page = await stale.text();
      expect(page).toContain('The register changed while you were editing it');
      expect(page).toContain('value="Jo Marsh"');
      expect(page).toMatch(new RegExp(`name="${tom}-status" type="radio" value="remote" checked`));
      expect(page).toContain('name="version" value="1"');
      // Saving again from the page is a deliberate overwrite.
      expect((await other.request(path, { method: 'POST', form: formOf(page) })).status).toBe(303);
      const lines = await t.store.repos.register.lines(meetingId);
      expect(lines.some((l) => l.remote && l.kind === 'present')).toBe(true);
    });
  });
}
