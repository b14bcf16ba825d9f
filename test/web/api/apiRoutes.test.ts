import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/app/importDocuments.js';
import { createApp } from '../../../src/web/app.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { OpenApiResponses, type OpenApiDoc } from './openApiValidation.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';

const BASE = 'https://council.example';
const PREFIX = '/api/v1';
/** A word only the exempt item's papers contain: it must never come out of the API. */
const SECRET = 'zanzibarite';

/** The ids each engine's API gave the same imported documents: they must agree (stable ids). */
const idsByEngine = new Map<string, string[]>();

interface Fetched {
  readonly status: number;
  readonly headers: Headers;
  readonly body: any;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: JSON API`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let doc: OpenApiDoc & Record<string, any>;
    let responses: OpenApiResponses;
    const answered = new Set<string>();
    const bodies: string[] = [];
    const ids: {
      exemptItem?: string;
      publicItem?: string;
      harbourMeeting?: string;
      membership?: string;
      recommendation?: string;
    } = {};

    /** Fetches a path (or an absolute URL of the API) and checks the body against the served OpenAPI document. */
    async function get(pathOrUrl: string, init?: RequestInit): Promise<Fetched> {
      const path = pathOrUrl.startsWith(BASE) ? pathOrUrl.slice(BASE.length) : pathOrUrl;
      const res = await app.request(path, init);
      const text = await res.text();
      bodies.push(text);
      const body = JSON.parse(text);
      const check = responses.check(path, res.status, res.headers.get('content-type') ?? '', body);
      expect(check.errors, `${path} → ${res.status}`).toBe('');
      expect(check.valid).toBe(true);
      if (res.status === 200) answered.add(check.template);
      return { status: res.status, headers: res.headers, body };
    }

    beforeAll(async () => {
      t = await testStore(dialect);
      const report = await importPaths(t.store, ['sample']);
      expect(report.results.filter((r) => r.status === 'Imported').length).toBeGreaterThan(0);
      const saved = await recordMeeting(
        t.store,
        buildMeetingRecord({
          date: '2025-03-12',
          items: [
            {
              minuteNumber: '43',
              title: 'Coastal Flood Defence Programme',
              minutesText: 'The Director presented the report on sea wall repairs.',
              points: [{ label: 'a', text: 'Repairs to the Northgate sea wall are on schedule.' }],
              resolutions: [
                {
                  label: '1',
                  text: 'to recommend that the Executive publishes a flood risk map',
                  kind: 'recommendation',
                },
              ],
            },
            {
              minuteNumber: '44',
              title: `Land at Quay Street ${SECRET}`,
              isExempt: true,
              exemptParagraph: 3,
              minutesText: `Confidential valuation of the ${SECRET} deposit`,
              points: [{ label: 'a', text: `The ${SECRET} survey was noted.` }],
              resolutions: [
                {
                  label: '1',
                  text: `to recommend that the Executive sells the ${SECRET} land`,
                  kind: 'recommendation',
                },
              ],
            },
          ],
          declarations: [
            {
              name: 'Councillor Tom Brown',
              item: '44',
              kind: 'disclosable_pecuniary',
              text: `owns shares in ${SECRET} mining`,
            },
          ],
        }),
        { sourceDocumentId: null },
      );
      ids.harbourMeeting = saved.meetingId;
      ids.publicItem = saved.itemIds[0];
      ids.exemptItem = saved.itemIds[1];
      const db = dbOf(t.store);
      const person = await db
        .selectFrom('people')
        .select('id')
        .where('slug', '=', 'ada-lovelace')
        .executeTakeFirstOrThrow();
      const body = await db
        .selectFrom('bodies')
        .select('id')
        .where('slug', '=', 'harbourside-overview-and-scrutiny-committee')
        .executeTakeFirstOrThrow();
      ids.membership = 'm0membership1';
      await db
        .insertInto('memberships')
        .values({
          id: ids.membership,
          personId: person.id,
          bodyId: body.id,
          role: 'chair',
          votingScope: 'full',
          party: 'Independent',
          startsOn: '2024-05-20',
          endsOn: null,
          sourceDocumentId: null,
        })
        .execute();
      const recommendation = await db
        .selectFrom('recommendations')
        .select('id')
        .where('itemId', '=', ids.publicItem!)
        .executeTakeFirstOrThrow();
      ids.recommendation = recommendation.id;
      await db
        .insertInto('recommendationResponses')
        .values({
          id: 'r0response01',
          recommendationId: recommendation.id,
          respondedOn: '2025-05-01',
          acceptance: 'accepted',
          text: 'The map will be published.',
          implementation: null,
          createdAt: '2025-05-01T00:00:00Z',
        })
        .execute();
      const entry = {
        title: 'Sale of the Quay Street depot',
        summary: 'Whether to sell the depot.',
        decisionMaker: 'Cabinet',
        expectedOn: '2025-07-01',
        isKey: 1,
        exemptParagraph: 3,
        documents: 'Report of the Director of Place',
        lateNotice: null,
        lateReasons: null,
        scrutinyChairOn: null,
        status: 'planned',
        decisionNoticeId: null,
        version: 1,
        createdAt: '2025-05-01T00:00:00Z',
        updatedAt: '2025-05-01T00:00:00Z',
      };
      await db
        .insertInto('forwardPlanEntries')
        .values([
          { ...entry, id: 'f0forwardplan1', noticePublishedOn: '2025-05-01' },
          // A draft: never in the API.
          { ...entry, id: 'f0forwardplan2', title: `Draft ${SECRET}`, noticePublishedOn: null },
        ])
        .execute();
      app = createApp(t.store, { baseUrl: BASE, today: () => '2025-06-01' });
      const res = await app.request(`${PREFIX}/openapi.json`);
      expect(res.status).toBe(200);
      doc = (await res.json()) as OpenApiDoc & Record<string, any>;
      responses = new OpenApiResponses(doc, PREFIX);
      answered.add('/openapi.json');
    });

    afterAll(async () => {
      await t?.drop();
    });

    it('should serve a valid OpenAPI 3.1 document', async () => {
      const validator = new Validator();
      const result = await validator.validate(structuredClone(doc));
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
      expect(validator.version).toMatch(/^3\.1/);
      expect(doc.servers[0].url).toBe(`${BASE}${PREFIX}`);
      // The validator does reject a broken document, so its "valid" above means something.
      const broken = structuredClone(doc);
      delete broken.info;
      expect((await new Validator().validate(broken)).valid).toBe(false);
    });

    it('should document every route the app registers under /api/v1, and no other', () => {
      const registered = new Set(
        app.routes
          .filter((r) => r.method === 'GET' && r.path.startsWith(`${PREFIX}/`))
          .map((r) => r.path.slice(PREFIX.length).replace(/:(\w+)/g, '{$1}')),
      );
      expect(registered.size).toBeGreaterThan(15);
      expect([...registered].sort()).toEqual(Object.keys(doc.paths).sort());
    });

    it('should answer every list route, with and without filters, on page 1 and page 2', async () => {
      const lists = [
        '/bodies',
        '/people',
        '/memberships',
        '/meetings',
        '/items',
        '/documents',
        '/resolutions',
        '/recommendations',
        '/search?q=children&',
      ];
      for (const list of lists) {
        const sep = list.includes('?') ? '' : '?';
        const first = await get(`${PREFIX}${list}${sep}per_page=2`);
        expect(first.status).toBe(200);
        const second = await get(`${PREFIX}${list}${sep}per_page=2&page=2`);
        expect(second.status).toBe(200);
        expect(second.body.page.number).toBe(2);
        expect(second.body.page.total).toBe(first.body.page.total);
        if (first.body.page.total > 2) {
          expect(second.body.data.length).toBeGreaterThan(0);
          expect(second.body.data.map((d: { id: string }) => d.id)).not.toContain(first.body.data[0].id);
          expect(first.body.page.next).toBe(`${BASE}${PREFIX}${list}${sep}per_page=2&page=2`);
        }
      }
    });

    it('should answer every detail route through the `url` each list item carries', async () => {
      for (const list of [
        '/bodies',
        '/people',
        '/memberships',
        '/meetings',
        '/items',
        '/documents',
        '/resolutions',
        '/recommendations',
        '/forward-plan',
      ]) {
        const { body } = await get(`${PREFIX}${list}?per_page=100`);
        expect(body.data.length, list).toBeGreaterThan(0);
        for (const entry of body.data.slice(0, 4)) {
          expect(entry.url.startsWith(`${BASE}${PREFIX}/`)).toBe(true);
          expect(entry.html_url.startsWith(`${BASE}/`)).toBe(true);
          const detail = await get(entry.url);
          expect(detail.status).toBe(200);
          expect(detail.body.id).toBe(entry.id);
          expect(detail.body.url).toBe(entry.url);
        }
      }
      // The portal pages that html_url points at exist.
      const meeting = (await get(`${PREFIX}/meetings?per_page=1`)).body.data[0];
      expect((await app.request(meeting.html_url.slice(BASE.length))).status).toBe(200);
      expect((await app.request(meeting.body.html_url.slice(BASE.length))).status).toBe(200);
    });

    it('should filter as the portal does', async () => {
      const bodySlug = 'children-and-young-people-scrutiny-committee';
      const byBody = (await get(`${PREFIX}/meetings?body=${bodySlug}&from=2023-01-01&to=2024-12-31&per_page=100`)).body;
      expect(byBody.data.length).toBeGreaterThan(0);
      for (const m of byBody.data) {
        expect(m.body.slug).toBe(bodySlug);
        expect(m.date >= '2023-01-01' && m.date <= '2024-12-31').toBe(true);
      }
      const all = (await get(`${PREFIX}/meetings?per_page=100`)).body;
      expect(byBody.page.total).toBe(
        all.data.filter((m: any) => m.body.slug === bodySlug && m.date >= '2023-01-01' && m.date <= '2024-12-31')
          .length,
      );
      const asc = (await get(`${PREFIX}/meetings?order=asc&per_page=100`)).body.data.map((m: any) => m.date);
      expect(asc).toEqual([...asc].sort());

      const meeting = (await get(`${PREFIX}/meetings/${ids.harbourMeeting}`)).body;
      const items = (await get(`${PREFIX}/items?meeting=${ids.harbourMeeting}`)).body;
      expect(items.page.total).toBe(meeting.item_count);
      expect(items.data.every((i: any) => i.meeting.id === ids.harbourMeeting)).toBe(true);

      const recs = (await get(`${PREFIX}/resolutions?kind=recommendation&per_page=100`)).body;
      expect(recs.data.length).toBeGreaterThan(0);
      expect(recs.data.every((r: any) => r.kind === 'recommendation')).toBe(true);

      const tracked = (await get(`${PREFIX}/recommendations/${ids.recommendation}`)).body;
      expect(tracked.responses).toEqual([
        expect.objectContaining({ acceptance: 'accepted', responded_on: '2025-05-01' }),
      ]);
      expect(
        (await get(`${PREFIX}/recommendations?status=made&per_page=100`)).body.data.every(
          (r: any) => r.status === 'made',
        ),
      ).toBe(true);

      const memberships = (
        await get(`${PREFIX}/memberships?person=ada-lovelace&body=harbourside-overview-and-scrutiny-committee`)
      ).body;
      // The membership the record states, and the one her attendance at the committee's meetings implies.
      expect(
        memberships.data.map((m: any) => [
          m.id === ids.membership,
          m.role,
          m.person.slug,
          m.basis,
          m.first_seen !== null,
        ]),
      ).toEqual([
        [true, 'chair', 'ada-lovelace', 'stated', false],
        [false, 'member', 'ada-lovelace', 'inferred', true],
      ]);

      const docs = (await get(`${PREFIX}/documents?per_page=100`)).body;
      const someDoc = docs.data[0];
      expect(someDoc).not.toHaveProperty('text');
      const withText = (await get(`${someDoc.url}?include=text`)).body;
      expect(typeof withText.text).toBe('string');
      expect(withText.text.length).toBeGreaterThan(100);
      expect((await get(someDoc.url)).body).not.toHaveProperty('text');

      const hits = (await get(`${PREFIX}/search?q=flood&kind=resolution`)).body;
      expect(hits.data.length).toBeGreaterThan(0);
      expect(
        hits.data.every(
          (h: any) => h.kind === 'resolution' && !h.snippet.includes('\u0002') && !h.snippet.includes('\u0003'),
        ),
      ).toBe(true);
      const inBody = (await get(`${PREFIX}/search?q=children&body=${bodySlug}&from=2024-01-01`)).body;
      expect(inBody.data.every((h: any) => h.body?.slug === bodySlug && h.date >= '2024-01-01')).toBe(true);
    });

    it('should keep paging totals consistent: every page walked gives each row once', async () => {
      for (const list of ['/meetings', '/items', '/resolutions', '/people']) {
        const seen: string[] = [];
        let url: string | null = `${PREFIX}${list}?per_page=3`;
        let total = -1;
        let pages = 0;
        while (url) {
          const page: Fetched = await get(url);
          total = page.body.page.total;
          seen.push(...page.body.data.map((d: { id: string }) => d.id));
          url = page.body.page.next;
          pages++;
          expect(pages).toBeLessThan(200);
        }
        expect(seen.length, list).toBe(total);
        expect(new Set(seen).size).toBe(total);
        expect(pages).toBe(Math.max(1, Math.ceil(total / 3)));
        const past = (await get(`${PREFIX}${list}?per_page=3&page=${pages + 1}`)).body;
        expect(past.data).toEqual([]);
        expect(past.page.next).toBeNull();
      }
    });

    it('should answer a bad parameter with 400 and a problem naming it', async () => {
      const cases: [string, string][] = [
        ['/meetings?page=0', 'page'],
        ['/meetings?per_page=101', 'per_page'],
        ['/items?per_page=abc', 'per_page'],
        // Number() would read these as 1000, 16, 2, 12 and 3: integers are decimal digits, nothing else.
        ['/meetings?page=1e3', 'page'],
        ['/meetings?per_page=0x10', 'per_page'],
        ['/items?page=2.0', 'page'],
        ['/items?per_page=%2012', 'per_page'],
        ['/documents?page=%2B3', 'page'],
        ['/meetings?from=2025-13-01', 'from'],
        ['/meetings?from=2025-05-01&to=2025-01-01', 'to'],
        ['/meetings?status=bogus', 'status'],
        ['/meetings?body=no-such-body', 'body'],
        ['/resolutions?kind=maybe', 'kind'],
        ['/memberships?person=nobody-at-all', 'person'],
        ['/search', 'q'],
        ['/search?q=flood&kind=papers', 'kind'],
        ['/documents?meeting=zzzz', 'meeting'],
      ];
      for (const [path, parameter] of cases) {
        const res = await get(`${PREFIX}${path}`);
        expect(res.status, path).toBe(400);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        expect(res.body.error.parameter, path).toBe(parameter);
        expect(res.body.status).toBe(400);
      }
      const bad = await get(`${PREFIX}/documents/${ids.harbourMeeting}?include=everything`);
      expect([400, 404]).toContain(bad.status);
    });

    it('should answer a body’s work programme, and 404 for an unknown body, 400 for a malformed year', async () => {
      const { body } = await get(`${PREFIX}/bodies?per_page=100`);
      const slug = body.data[0].slug as string;
      const programme = await get(`${PREFIX}/bodies/${slug}/work-programme`);
      expect(programme.status).toBe(200);
      expect(programme.body.body.slug).toBe(slug);
      expect((await get(`${PREFIX}/bodies/${slug}/work-programme?year=2023-24`)).body.municipal_year).toBe('2023/24');
      expect((await get(`${PREFIX}/bodies/no-such-body/work-programme`)).status).toBe(404);
      expect((await get(`${PREFIX}/bodies/${slug}/work-programme?year=2023`)).status).toBe(400);
    });

    it('should answer an unknown id or path with 404 JSON, not the portal page', async () => {
      for (const path of [
        '/meetings/nosuchmeeting',
        '/items/nosuchitem',
        '/bodies/no-such-body',
        '/people/no-such-person',
        '/documents/nosuchdoc',
        '/resolutions/nosuch',
        '/recommendations/nosuch',
        '/memberships/nosuch',
        '/meetings/NOT_AN_ID',
      ]) {
        const res = await get(`${PREFIX}${path}`);
        expect(res.status, path).toBe(404);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        expect(res.body.error.code).toBe('not_found');
      }
      const res = await app.request(`${PREFIX}/no/such/route`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = await res.json();
      expect(problem.error.code).toBe('not_found');
      // The portal keeps its HTML page.
      expect((await app.request('/no/such/page')).headers.get('content-type')).toContain('text/html');
    });

    it('should never publish an exempt item, its minutes, resolutions, recommendations or declarations', async () => {
      expect((await get(`${PREFIX}/items/${ids.exemptItem}`)).status).toBe(404);
      const meeting = (await get(`${PREFIX}/meetings/${ids.harbourMeeting}`)).body;
      expect(meeting.items.map((i: any) => i.id)).toEqual([ids.publicItem]);
      expect(meeting.item_count).toBe(1);
      expect(meeting.declarations.some((d: any) => d.item?.id === ids.exemptItem)).toBe(false);
      const items = (await get(`${PREFIX}/items?meeting=${ids.harbourMeeting}`)).body;
      expect(items.data.map((i: any) => i.id)).toEqual([ids.publicItem]);
      const resolutions = (await get(`${PREFIX}/resolutions?meeting=${ids.harbourMeeting}`)).body;
      expect(resolutions.data.every((r: any) => r.item.id === ids.publicItem)).toBe(true);
      expect((await get(`${PREFIX}/resolutions?item=${ids.exemptItem}`)).body.page.total).toBe(0);
      const recommendations = (await get(`${PREFIX}/recommendations?meeting=${ids.harbourMeeting}`)).body;
      expect(recommendations.data.map((r: any) => r.id)).toEqual([ids.recommendation]);
      expect((await get(`${PREFIX}/search?q=${SECRET}`)).body.page.total).toBe(0);
      // Nothing any response of this file carried mentions the exempt papers.
      expect(bodies.filter((b) => b.includes(SECRET))).toEqual([]);
      expect(bodies.length).toBeGreaterThan(50);
    });

    it('should send CORS headers on GET and answer a preflight', async () => {
      const res = await app.request(`${PREFIX}/bodies`, { headers: { Origin: 'https://data.example' } });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const preflight = await app.request(`${PREFIX}/meetings`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://data.example', 'Access-Control-Request-Method': 'GET' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
      const problem = await app.request(`${PREFIX}/meetings?page=0`, { headers: { Origin: 'https://data.example' } });
      expect(problem.headers.get('access-control-allow-origin')).toBe('*');
    });

    it('should answer 500, not an invalid body, when stored data drifts from the schema', async () => {
      const db = dbOf(t.store);
      await db
        .updateTable('recommendations')
        .set({ status: 'misfiled' })
        .where('id', '=', ids.recommendation!)
        .execute();
      const quiet = console.error;
      console.error = () => undefined;
      try {
        // The 500 is not in the document (it is never meant to happen), so it is checked by hand.
        const raw = await app.request(`${PREFIX}/recommendations/${ids.recommendation}`);
        expect(raw.status).toBe(500);
        expect(raw.headers.get('content-type')).toContain('application/problem+json');
        expect((await raw.json()).error.code).toBe('internal');
      } finally {
        console.error = quiet;
        await db.updateTable('recommendations').set({ status: 'made' }).where('id', '=', ids.recommendation!).execute();
      }
    });

    it('should give the same ids for the same documents, whatever the engine', async () => {
      const ids: string[] = [];
      for (const list of ['/bodies', '/people', '/meetings', '/items', '/resolutions', '/documents']) {
        ids.push(
          ...(await get(`${PREFIX}${list}?per_page=100`)).body.data.map((d: { id: string }) => `${list}:${d.id}`),
        );
      }
      idsByEngine.set(dialect, ids.sort());
      const other = [...idsByEngine].find(([engine]) => engine !== dialect);
      if (other) expect(ids).toEqual(other[1]);
    });

    it('should list published decision notices with their call-in dates, and serve a meeting’s minutes as Akoma Ntoso', async () => {
      const notice = {
        id: 'notice1',
        title: 'Flood map <b>',
        decision: 'Publish the map.',
        makerKind: 'executive' as const,
        decisionMaker: 'Cabinet',
        bodyId: null,
        itemId: null,
        isKey: false,
        reasons: 'Residents asked.',
        alternatives: null,
        callIn: 'subject_to_call_in' as const,
        urgencyReason: null,
        decidedOn: '2025-05-01',
        publishedOn: '2025-05-02',
        callInDeadline: '2025-05-12',
        implementableOn: '2025-05-13',
        createdAt: '2025-05-02T09:00:00.000Z',
        updatedAt: '2025-05-02T09:00:00.000Z',
      };
      await t.store.transaction((repos) => repos.decisionNotices.add(notice));
      // Not yet published: not listed.
      await t.store.transaction((repos) =>
        repos.decisionNotices.add({ ...notice, id: 'notice2', publishedOn: '2025-07-01' }),
      );
      const list = (await get(`${PREFIX}/decision-notices`)).body;
      expect(list.data.map((n: { id: string }) => n.id)).toEqual(['notice1']);
      expect((await get(`${PREFIX}/decision-notices/notice1`)).body).toMatchObject({
        title: 'Flood map <b>',
        call_in_deadline: '2025-05-12',
        html_url: `${BASE}/decisions/notice1`,
      });
      expect((await get(`${PREFIX}/decision-notices/notice2`)).status).toBe(404);
      const akn = await app.request(`${PREFIX}/meetings/${ids.harbourMeeting}/minutes.akn`);
      expect(akn.status).toBe(200);
      expect(akn.headers.get('content-type')).toContain('application/akn+xml');
      expect(await akn.text()).toContain('<debate name="minutes"');
      answered.add('/meetings/{id}/minutes.akn');
      expect((await app.request(`${PREFIX}/meetings/nosuchmeeting/minutes.akn`)).status).toBe(404);
    });

    it('should have answered 200 on every documented path', () => {
      expect([...answered].sort()).toEqual(Object.keys(doc.paths).sort());
    });
  });
}
