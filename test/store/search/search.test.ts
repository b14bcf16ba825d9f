import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { MARK_END, MARK_START } from '../../../src/store/search/searchIndex.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../testStores.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: full-text search`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
      await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null });
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          body: { name: 'Harbourside Licensing Committee' },
          date: '2024-11-02',
          items: [
            {
              minuteNumber: '12',
              title: 'Street trading licence',
              minutesText: 'An application to trade near the harbour wall was refused.',
            },
          ],
          attendance: [],
          declarations: [],
        }),
        { sourceDocumentId: null },
      );
    });
    afterAll(async () => {
      await t?.drop();
    });

    const search = (text: string, extra: object = {}) =>
      t.store.public.search.search({ text, limit: 10, offset: 0, ...extra });

    it('should find items by words in their minutes, with stemming and marked snippets', async () => {
      const page = await search('walls');
      const titles = page.hits.map((h) => h.title);
      expect(titles).toContain('Coastal Flood Defence Programme');
      expect(titles).toContain('Street trading licence');
      const hit = page.hits.find((h) => h.title === 'Street trading licence')!;
      expect(hit.snippet).toContain(`${MARK_START}wall${MARK_END}`);
    });

    it('should require every word of the query', async () => {
      // Each word is in the fixture, never both in one entry: matching any word would find both meetings.
      expect((await search('northgate')).total).toBeGreaterThan(0);
      expect((await search('refused')).total).toBeGreaterThan(0);
      expect((await search('northgate refused')).total).toBe(0);
      const page = await search('wall refused');
      expect(page.hits.map((h) => h.title)).toEqual(['Street trading licence']);
    });

    it('should filter by date range and kind', async () => {
      expect((await search('wall', { from: '2025-01-01' })).hits.every((h) => (h.date ?? '') >= '2025-01-01')).toBe(
        true,
      );
      const resolutions = await search('flood', { kind: 'resolution' });
      expect(resolutions.hits.length).toBeGreaterThan(0);
      expect(resolutions.hits.every((h) => h.kind === 'resolution')).toBe(true);
    });

    it('should treat query syntax as plain words', async () => {
      await expect(search('"wall* OR NEAR( -licence')).resolves.toBeDefined();
      expect((await search('!!! ***')).total).toBe(0);
    });

    it('should count all matches and page through them', async () => {
      const all = await search('wall');
      const first = await search('wall', { limit: 1 });
      expect(first.total).toBe(all.total);
      expect(first.hits).toHaveLength(1);
    });
  });
}
