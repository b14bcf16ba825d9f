import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportArchive } from '../../src/app/exportArchive.js';
import { EXPORT_FORMATS, findExportFormat } from '../../src/publish/exportFormats.js';
import { addExportFixture, EXEMPT_MARKER, exportToString, type ExportFixture } from '../publish/exportFixtures.js';
import { dbOf } from '../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';

const BASE = 'https://council.example';

for (const dialect of DIALECTS) {
  describe(`${dialect}: exportArchive`, () => {
    let t: TestStore;
    let fixture: ExportFixture;
    let slug: string;

    beforeAll(async () => {
      t = await testStore(dialect);
      fixture = await addExportFixture(t.store);
      slug = (await t.store.public.bodies.list()).find((b) => b.id === fixture.meeting.bodyId)!.slug;
    });
    afterAll(async () => {
      await t?.drop();
    });

    for (const format of EXPORT_FORMATS) {
      it(`should write ${format.name} without an exempt item's words, for the whole record and one body`, async () => {
        for (const bodySlug of [undefined, slug]) {
          const archive = await exportArchive(t.store, { format, baseUrl: BASE, bodySlug });
          const text = await exportToString((out) => archive.write(out));
          expect(text.length).toBeGreaterThan(0);
          expect(text).not.toContain(EXEMPT_MARKER);
          expect(text).not.toContain('owns land next to the depot');
        }
      });
    }

    for (const format of EXPORT_FORMATS.filter((f) => f.name !== 'popolo')) {
      it(`should name a merged person in ${format.name} by the surviving person's id and name`, async () => {
        const people = await t.store.public.people.list();
        const survivor = people.find((p) => p.displayName.includes('Lovelace'))!;
        const merged = await dbOf(t.store)
          .selectFrom('people')
          .select(['id', 'displayName'])
          .where('mergedIntoId', '=', survivor.id)
          .executeTakeFirstOrThrow();
        for (const bodySlug of [undefined, slug]) {
          const archive = await exportArchive(t.store, { format, baseUrl: BASE, bodySlug });
          const text = await exportToString((out) => archive.write(out));
          expect(text).not.toContain(merged.id);
          expect(text).not.toContain(merged.displayName);
          // Recommendations, work programme topics, decision notices and the forward plan name no
          // person of this fixture's record.
          const namesNone = ['csv-recommendations', 'csv-work-programme', 'csv-decision-notices', 'csv-forward-plan'];
          if (!namesNone.includes(format.name)) expect(text).toContain(survivor.displayName);
        }
      });
    }

    it('should refuse an unknown body as NOT_FOUND before anything is written', async () => {
      const format = findExportFormat('popolo')!;
      await expect(exportArchive(t.store, { format, baseUrl: BASE, bodySlug: 'no-such-body' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'no body with slug "no-such-body"',
      });
    });

    it("should name the file after the format, and after the body for one body's records", async () => {
      const format = findExportFormat('csv', 'attendance')!;
      expect((await exportArchive(t.store, { format, baseUrl: BASE })).fileName).toBe('attendance.csv');
      const one = await exportArchive(t.store, { format, baseUrl: `${BASE}/`, bodySlug: slug });
      expect(one.fileName).toBe(`attendance-${slug}.csv`);
      expect(one.scope).toEqual({
        body: expect.objectContaining({ slug }),
        baseUrl: BASE,
        today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
    });
  });
}
