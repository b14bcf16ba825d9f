import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { addExportFixture, EXEMPT_MARKER, type ExportFixture } from '../../publish/exportFixtures.js';
import { dbOf } from '../../../src/store/storeDb.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: export downloads`, () => {
    let t: TestStore;
    let fixture: ExportFixture;
    let slug: string;
    const app = (): ReturnType<typeof createApp> => createApp(t.store, { baseUrl: 'https://council.example' });

    beforeAll(async () => {
      t = await testStore(dialect);
      fixture = await addExportFixture(t.store);
      slug = (
        await dbOf(t.store)
          .selectFrom('bodies')
          .select('slug')
          .where('id', '=', fixture.meeting.bodyId)
          .executeTakeFirstOrThrow()
      ).slug;
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should download the Popolo JSON as an attachment, without exempt items', async () => {
      const res = await app().request('/exports/popolo.json');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="popolo.json"');
      const text = await res.text();
      expect(text).not.toContain(EXEMPT_MARKER);
      expect((JSON.parse(text) as { events: unknown[] }).events.length).toBe(1);
    });

    it("should download one body's attendance CSV under a name that says which body", async () => {
      const res = await app().request(`/exports/attendance.csv?body=${slug}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="attendance-${slug}.csv"`);
      const rows = parse(await res.text(), { bom: true }) as string[][];
      expect(rows[0]![0]).toBe('meeting_date');
      expect(rows.length).toBeGreaterThan(1);
    });

    it('should serve the recommendations CSV', async () => {
      const res = await app().request('/exports/recommendations.csv');
      expect(res.status).toBe(200);
      expect(await res.text()).not.toContain(EXEMPT_MARKER);
    });

    it('should answer 404 for an unknown body or file', async () => {
      expect((await app().request('/exports/popolo.json?body=no-such-body')).status).toBe(404);
      expect((await app().request('/exports/secrets.txt')).status).toBe(404);
    });

    it('should list every download, for the whole record and for each body', async () => {
      const res = await app().request('/exports');
      expect(res.status).toBe(200);
      const html = await res.text();
      for (const file of ['popolo.json', 'attendance.csv', 'recommendations.csv']) {
        expect(html).toContain(`href="/exports/${file}"`);
        expect(html).toContain(`href="/exports/${file}?body=${slug}"`);
      }
    });
  });
}
