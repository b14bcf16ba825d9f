import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/web/app.js';
import {
  addMeetingResolutionsFixture,
  HOSTILE_RESOLUTION,
  SECOND_RESOLUTION,
  type MeetingResolutionsFixture,
} from '../../publish/meetingResolutionsFixture.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { OpenApiResponses, type OpenApiDoc } from './openApiValidation.js';

const BASE = 'https://council.example';
const PREFIX = '/api/v1';

interface ApiResolution {
  id: string;
  url: string;
  html_url: string;
  item: { id: string } | null;
  meeting: { id: string };
  text: string;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: a meeting's own resolutions in the JSON API's resolutions`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let responses: OpenApiResponses;
    let f: MeetingResolutionsFixture;

    /** Fetches a path and checks the body against the served OpenAPI document. */
    async function get(path: string): Promise<{ status: number; body: any }> {
      const res = await app.request(path);
      const body = await res.json();
      const check = responses.check(path, res.status, res.headers.get('content-type') ?? '', body);
      expect(check.errors, `${path} → ${res.status}`).toBe('');
      return { status: res.status, body };
    }

    beforeAll(async () => {
      t = await testStore(dialect);
      f = await addMeetingResolutionsFixture(t.store);
      app = createApp(t.store, { baseUrl: BASE, today: () => '2025-07-01' });
      const doc = (await (await app.request(`${PREFIX}/openapi.json`)).json()) as OpenApiDoc;
      responses = new OpenApiResponses(doc, PREFIX);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should list them, newest meeting first, with no item and their row on the meeting page', async () => {
      const { body } = await get(`${PREFIX}/resolutions?per_page=100`);
      const data = body.data as ApiResolution[];
      expect(data.map((r) => r.id)).toEqual([...f.ownResolutionIds, ...f.itemResolutionIds]);
      const [first, second] = data;
      expect(first).toMatchObject({
        url: `${BASE}${PREFIX}/resolutions/${f.ownResolutionIds[0]}`,
        html_url: `${BASE}/meetings/${f.ownMeetingId}#resolution-${f.ownResolutionIds[0]}`,
        item: null,
        meeting: { id: f.ownMeetingId },
        text: HOSTILE_RESOLUTION,
      });
      expect(second).toMatchObject({ item: null, text: SECOND_RESOLUTION });
      expect(body.page.total).toBe(4);
    });

    it('should keep an item resolution as it was: its item, and its row on the item page', async () => {
      const { body } = await get(`${PREFIX}/resolutions?item=${f.itemId}`);
      const data = body.data as ApiResolution[];
      expect(data.map((r) => r.id)).toEqual(f.itemResolutionIds);
      for (const r of data) {
        expect(r.item?.id).toBe(f.itemId);
        expect(r.meeting.id).toBe(f.itemMeetingId);
        expect(r.html_url).toBe(`${BASE}/items/${f.itemId}#resolution-${r.id}`);
      }
    });

    it('should filter them by meeting, and answer for each at its own URL', async () => {
      const { body } = await get(`${PREFIX}/resolutions?meeting=${f.ownMeetingId}`);
      expect((body.data as ApiResolution[]).map((r) => r.id)).toEqual(f.ownResolutionIds);
      const one = await get(`${PREFIX}/resolutions/${f.ownResolutionIds[1]}`);
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ id: f.ownResolutionIds[1], item: null, text: SECOND_RESOLUTION });
      const byKind = await get(`${PREFIX}/resolutions?kind=request`);
      expect((byKind.body.data as ApiResolution[]).map((r) => r.id)).toEqual([f.ownResolutionIds[0]]);
    });

    it("should give the meeting detail's own resolutions, and a search hit on one, that URL", async () => {
      const meeting = await get(`${PREFIX}/meetings/${f.ownMeetingId}`);
      expect((meeting.body.resolutions as { url: string }[]).map((r) => r.url)).toEqual(
        f.ownResolutionIds.map((id) => `${BASE}${PREFIX}/resolutions/${id}`),
      );
      const search = await get(`${PREFIX}/search?q=governance+statement`);
      const hit = (search.body.data as { kind: string; id: string; url: string; html_url: string }[]).find(
        (h) => h.kind === 'resolution',
      );
      expect(hit).toMatchObject({
        id: f.ownResolutionIds[1],
        url: `${BASE}${PREFIX}/resolutions/${f.ownResolutionIds[1]}`,
        html_url: `${BASE}/meetings/${f.ownMeetingId}#resolution-${f.ownResolutionIds[1]}`,
      });
    });
  });
}
