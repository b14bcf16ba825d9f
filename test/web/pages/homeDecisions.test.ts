import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/web/app.js';
import {
  addMeetingResolutionsFixture,
  HOSTILE_RESOLUTION_HTML,
  SECOND_RESOLUTION,
  type MeetingResolutionsFixture,
} from '../../publish/meetingResolutionsFixture.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: recent decisions on the home page`, () => {
    let t: TestStore;
    let f: MeetingResolutionsFixture;
    /** The "Recent decisions" column, one entry per list item. */
    let entries: string[];
    let page: string;
    beforeAll(async () => {
      t = await testStore(dialect);
      f = await addMeetingResolutionsFixture(t.store);
      const response = await createApp(t.store, { today: () => '2025-07-01' }).request('/');
      expect(response.status).toBe(200);
      page = await response.text();
      const column = page.slice(page.indexOf('Recent decisions'));
      entries = column.slice(0, column.indexOf('</ul>')).split('<li>').slice(1);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it("should list a meeting's own resolutions first (the newer meeting), linked to their rows on the meeting page", () => {
      expect(entries).toHaveLength(4);
      const [first, second] = entries;
      expect(first).toContain(`href="/meetings/${f.ownMeetingId}#resolution-${f.ownResolutionIds[0]}"`);
      expect(second).toContain(`href="/meetings/${f.ownMeetingId}#resolution-${f.ownResolutionIds[1]}"`);
      for (const entry of [first!, second!]) {
        expect(entry).toContain('>Wrenfield Parish Council</a>');
        expect(entry).toContain(' — meeting of Tuesday 10 June 2025');
        // No item is invented for them.
        expect(entry).not.toContain('/items/');
        expect(entry).not.toMatch(/item/i);
      }
      expect(second).toContain(SECOND_RESOLUTION);
    });

    it('should escape their text', () => {
      expect(entries[0]).toContain(HOSTILE_RESOLUTION_HTML);
      expect(page).not.toContain('<script>alert');
    });

    it("should keep an item's resolutions as they were: the item's title and page, the body and date", () => {
      const rest = entries.slice(2);
      expect(rest).toHaveLength(2);
      for (const entry of rest) {
        expect(entry).toContain(`href="/items/${f.itemId}">Coastal Flood Defence Programme</a>`);
        expect(entry).toContain(' — Harbourside Overview and Scrutiny Committee, Wednesday 12 March 2025');
      }
      expect(rest[0]).toContain('to note the progress of the programme');
      expect(rest[1]).toContain('to recommend that the Executive publishes a flood risk map');
    });
  });
}
