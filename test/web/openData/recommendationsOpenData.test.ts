import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbOf } from '../../../src/store/storeDb.js';
import { createApp } from '../../../src/web/app.js';
import { addExportFixture, EXEMPT_MARKER, type ExportFixture } from '../../publish/exportFixtures.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const EXEMPT_RECOMMENDATIONS = ['fixture-rec-by-item', 'fixture-rec-by-resolution'];

/**
 * Issue 18's open data, looked at as a reader would in all three places at once: the JSON API,
 * Popolo's `quorum:recommendations` and the recommendations CSV carry recommendations with their
 * responses, and never one of an exempt item (linked by the item or by its resolution), even
 * when that one has a response of its own.
 */
for (const dialect of DIALECTS) {
  describe(`${dialect}: recommendations and responses in the open data`, () => {
    let t: TestStore;
    let fixture: ExportFixture;
    let app: ReturnType<typeof createApp>;
    beforeAll(async () => {
      t = await testStore(dialect);
      fixture = await addExportFixture(t.store);
      await dbOf(t.store)
        .insertInto('recommendationResponses')
        .values({
          id: 'exempt-response',
          recommendationId: 'fixture-rec-by-item',
          respondedOn: '2025-05-03',
          acceptance: 'accepted',
          text: `${EXEMPT_MARKER} will be sold`,
          implementation: null,
          createdAt: '2025-05-03T09:00:00Z',
        })
        .execute();
      app = createApp(t.store, { baseUrl: 'https://council.example', renderCache: false });
    });
    afterAll(async () => {
      await t?.drop();
    });

    const json = async (path: string): Promise<any> => {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      return res.json();
    };

    it('should list recommendations with their responses in the JSON API, overall and per meeting', async () => {
      const all = await json('/api/v1/recommendations?per_page=100');
      const answered = all.data.find((r: any) => r.responses.length > 0);
      expect(answered.responses).toEqual([
        {
          id: 'fixture-resp',
          responded_on: '2025-05-02',
          acceptance: 'partially_accepted',
          text: 'A map will be published, without private addresses.',
          implementation: 'By autumn',
        },
      ]);
      const perMeeting = await json(`/api/v1/recommendations?meeting=${fixture.meeting.meetingId}&per_page=100`);
      expect(perMeeting.data.map((r: any) => r.id)).toContain(answered.id);
      for (const list of [all, perMeeting]) {
        expect(JSON.stringify(list)).not.toContain(EXEMPT_MARKER);
        expect(list.data.map((r: any) => r.id)).not.toEqual(expect.arrayContaining([EXEMPT_RECOMMENDATIONS[0]]));
      }
      for (const id of EXEMPT_RECOMMENDATIONS)
        expect((await app.request(`/api/v1/recommendations/${id}`)).status).toBe(404);
    });

    it('should describe recommendations and their responses in the OpenAPI document', async () => {
      const doc = await json('/api/v1/openapi.json');
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/recommendations', '/recommendations/{id}']));
      const schema = doc.components.schemas.Recommendation;
      expect(schema.properties.responses.items.properties).toHaveProperty('acceptance');
      expect(schema.properties.responses.items.properties).toHaveProperty('responded_on');
    });

    it("should carry responses in Popolo's quorum:recommendations, never an exempt item's", async () => {
      const text = await (await app.request('/exports/popolo.json')).text();
      expect(text).not.toContain(EXEMPT_MARKER);
      const doc = JSON.parse(text) as { 'quorum:recommendations': any[] };
      const ids = doc['quorum:recommendations'].map((r) => r.id);
      for (const id of EXEMPT_RECOMMENDATIONS) expect(ids).not.toContain(id);
      const answered = doc['quorum:recommendations'].find((r) => r.responses.length > 0);
      expect(answered.responses[0]).toMatchObject({
        id: 'fixture-resp',
        responded_on: '2025-05-02',
        acceptance: 'partially_accepted',
        implementation: 'By autumn',
      });
    });

    it('should put the latest response in the CSV export, never an exempt item’s recommendation', async () => {
      const text = await (await app.request('/exports/recommendations.csv')).text();
      expect(text).not.toContain(EXEMPT_MARKER);
      const [header, ...rows] = parse(text, { bom: true }) as string[][];
      expect(header).toEqual(expect.arrayContaining(['responded_on', 'acceptance', 'response', 'implementation']));
      const at = (name: string): number => header!.indexOf(name);
      const answered = rows.find((r) => r[at('acceptance')] === 'partially_accepted')!;
      expect(answered[at('response')]).toBe('A map will be published, without private addresses.');
      expect(answered[at('responded_on')]).toBe('2025-05-02');
      for (const id of EXEMPT_RECOMMENDATIONS) expect(rows.map((r) => r[at('recommendation_id')])).not.toContain(id);
    });
  });
}
