import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../../src/web/app.js';
import { addFollowUpFixture, EXEMPT_WORDS, NOW, type FollowUpFixture } from '../../../app/digest/followUpFixture.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: what to follow up, on the workspace's home page`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let fixture: FollowUpFixture;
    beforeAll(async () => {
      t = await testStore(dialect);
      fixture = await addFollowUpFixture(t.store, CHEAP);
      app = createApp(t.store, { now: () => NOW });
    });
    afterAll(async () => {
      await t?.drop();
    });

    const signedIn = async (email: string): Promise<Browser> => {
      const b = new Browser(app);
      await b.signIn(email, 'correct horse');
      return b;
    };

    it('should show a clerk the overdue responses and actions of their bodies, each linked to where it is dealt with', async () => {
      const clerk = await signedIn('clerk@x.org');
      const home = await (await clerk.request('/workspace')).text();
      expect(home).toContain('To follow up');
      expect(home).toContain('4 responses overdue, 2 responses due in the next 14 days, 3 actions overdue');
      // The imported text is escaped on the page.
      expect(home).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
      expect(home).not.toContain('<script>alert');
      expect(home).toContain(`href="/workspace/meetings/${fixture.scrutinyMeetingId}"`);
      expect(home).toContain(`href="/workspace/meetings/${fixture.licensingMeetingId}"`);
      expect(home).toContain('href="/workspace/actions/act-overdue"');
      expect(home).toContain('href="/workspace/actions/act-licensing"');
      expect(home).not.toContain('act-done');
      // Signed in, the clerk reads an exempt item's recommendation as the record holds it.
      expect(home).toContain(`Sell the ${EXEMPT_WORDS}`);
      // Each link leads to a page that opens for this clerk.
      for (const href of [`/workspace/meetings/${fixture.scrutinyMeetingId}`, '/workspace/actions/act-overdue'])
        expect((await clerk.request(href)).status).toBe(200);
    });

    it("should keep a clerk of one body to that body's follow-ups", async () => {
      const lic = await signedIn('lic@x.org');
      const home = await (await lic.request('/workspace')).text();
      expect(home).toContain('1 response overdue, 0 responses due in the next 14 days, 1 action overdue');
      expect(home).toContain('Consult the taxi trade');
      expect(home).not.toContain('Harbourside');
      const all = await (await lic.request('/workspace/follow-ups')).text();
      expect(all).toContain('Run the taxi consultation');
      expect(all).not.toContain('Report back on the sea wall');
    });

    it('should list everything on /workspace/follow-ups, and show a councillor no panel and refuse them the page', async () => {
      const admin = await signedIn('admin@x.org');
      const all = await (await admin.request('/workspace/follow-ups')).text();
      for (const words of ['Answer dated tomorrow', 'Consult the taxi trade', 'Fund the sea wall survey'])
        expect(all).toContain(words);
      const cllr = await signedIn('cllr@x.org');
      const home = await (await cllr.request('/workspace')).text();
      expect(home).not.toContain('To follow up');
      expect((await cllr.request('/workspace/follow-ups')).status).toBe(403);
      expect((await new Browser(app).request('/workspace/follow-ups')).status).toBe(303);
    });
  });
}
