import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/web/app.js';
import {
  addMeetingResolutionsFixture,
  HOSTILE_RESOLUTION,
  HOSTILE_RESOLUTION_HTML,
  SECOND_RESOLUTION,
  type MeetingResolutionsFixture,
} from '../../publish/meetingResolutionsFixture.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const BASE = 'https://meetings.example.gov.uk';
/** When the minutes' document was imported: the decisions became public then. */
const IMPORTED = '2025-06-12T08:00:00.000Z';
/** When the meetings' rows were last written, later than the document. */
const RECORDED = '2025-06-20T09:00:00.000Z';

interface Entry {
  guid?: string;
  id?: string;
  link?: string;
  isoDate?: string;
  title?: string;
  content?: string;
  summary?: string;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: a meeting's own resolutions in the RSS and Atom feeds`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let f: MeetingResolutionsFixture;
    beforeAll(async () => {
      t = await testStore(dialect);
      const text = 'Minutes of the Meeting of Wrenfield Parish Council';
      const doc = await t.store.repos.documents.store({
        bytes: new TextEncoder().encode(text),
        mediaType: 'text/plain',
        origin: 'test:wrenfield',
        title: null,
        text,
        pageStarts: [],
        now: IMPORTED,
      });
      f = await addMeetingResolutionsFixture(t.store, { sourceDocumentId: doc.document.id, now: RECORDED });
      app = createApp(t.store, { baseUrl: BASE });
    });
    afterAll(async () => {
      await t?.drop();
    });

    async function entries(path: string): Promise<{ xml: string; items: Entry[] }> {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      const xml = await res.text();
      return { xml, items: (await new Parser().parseString(xml)).items as Entry[] };
    }

    it('should announce them as one entry of the meeting, linked to its page, dated when their document was imported', async () => {
      const { items } = await entries('/feeds/meetings.rss');
      const own = items.find((i) => i.guid === `${BASE}/meetings/${f.ownMeetingId}#decisions`);
      expect(own).toMatchObject({
        link: `${BASE}/meetings/${f.ownMeetingId}`,
        isoDate: IMPORTED,
        title: 'Decisions: Wrenfield Parish Council, Tuesday 10 June 2025',
      });
      // Both resolutions, in order, with no item named.
      expect(own!.content).toContain(`Resolved: ${HOSTILE_RESOLUTION_HTML}`);
      expect(own!.content).toContain(SECOND_RESOLUTION);
      expect(own!.content!.indexOf(SECOND_RESOLUTION)).toBeGreaterThan(own!.content!.indexOf('obtain quotes'));
      expect(own!.title).not.toMatch(/item/i);
    });

    it('should date the minutes of that meeting by the same document, which only its own resolutions name', async () => {
      const { items } = await entries('/feeds/meetings.rss');
      const minutes = items.find((i) => i.guid === `${BASE}/meetings/${f.ownMeetingId}#minutes`);
      expect(minutes?.isoDate).toBe(IMPORTED);
    });

    it("should keep an item's decisions as they were: one entry on the item's page, named by it", async () => {
      const { items } = await entries('/feeds/meetings.rss');
      const item = items.find((i) => i.guid === `${BASE}/items/${f.itemId}#decisions`);
      expect(item).toMatchObject({
        link: `${BASE}/items/${f.itemId}`,
        isoDate: IMPORTED,
        title:
          'Decision on Coastal Flood Defence Programme: Harbourside Overview and Scrutiny Committee, Wednesday 12 March 2025',
      });
      expect(items.filter((i) => i.guid?.endsWith('#decisions'))).toHaveLength(2);
    });

    it('should escape their text, in RSS (as HTML, twice) and Atom (plain text), and be in the body feed', async () => {
      const rss = await entries('/feeds/meetings.rss');
      expect(rss.xml).toContain(
        '&amp;lt;script&amp;gt;alert(&amp;quot;shelter&amp;quot;)&amp;lt;/script&amp;gt; &amp;amp; report',
      );
      const atom = await entries('/feeds/meetings.atom');
      expect(atom.xml).not.toContain('<script>');
      const own = atom.items.find((i) => i.id === `${BASE}/meetings/${f.ownMeetingId}#decisions`);
      expect(own?.summary).toContain(HOSTILE_RESOLUTION);
      const body = await entries('/feeds/bodies/wrenfield-parish-council.rss');
      expect(body.items.map((i) => i.guid)).toContain(`${BASE}/meetings/${f.ownMeetingId}#decisions`);
      expect(body.xml).not.toContain('Coastal Flood');
    });
  });
}
