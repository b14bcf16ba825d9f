import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/app/importDocuments.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { createApp } from '../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const FIXTURE = fileURLToPath(
  new URL('../../fixtures/meetingResolutions/wrenfield-parish-2025-06-10.txt', import.meta.url),
);

for (const dialect of DIALECTS) {
  describe(`${dialect}: a meeting's own resolutions on the meeting page`, () => {
    let t: TestStore;
    let page: string;
    let ids: string[];
    beforeAll(async () => {
      t = await testStore(dialect);
      await importPaths(t.store, [FIXTURE]);
      const rows = await dbOf(t.store)
        .selectFrom('resolutions')
        .select(['id', 'meetingId'])
        .where('itemId', 'is', null)
        .orderBy('position')
        .execute();
      ids = rows.map((r) => r.id);
      const response = await createApp(t.store).request(`/meetings/${rows[0]!.meetingId}`);
      expect(response.status).toBe(200);
      page = await response.text();
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should list them under a Resolutions heading, in order, each with its anchor and its source link', () => {
      const section = page.slice(page.indexOf('id="meeting-resolutions"'), page.indexOf('Agenda and minutes'));
      expect(section).toContain('>Resolutions</h2>');
      const first = section.indexOf(`id="resolution-${ids[0]}"`);
      const second = section.indexOf(`id="resolution-${ids[1]}"`);
      expect(first).toBeGreaterThan(0);
      expect(second).toBeGreaterThan(first);
      expect(
        section.match(/class="govuk-link govuk-body-s from-link" href="\/documents\/[^"]+\?at=\d+#at"/g),
      ).toHaveLength(2);
      expect(section).toContain('resolution of this meeting');
    });

    it('should escape their text as all imported text', () => {
      expect(page).toContain('a new &lt;b&gt;bus shelter&lt;/b&gt; &amp; report back in July.');
      expect(page).not.toContain('<b>bus shelter</b>');
    });

    it('should keep the minutes text shown beside them', () => {
      expect(page).toContain('These minutes are not divided into items');
    });
  });
}
