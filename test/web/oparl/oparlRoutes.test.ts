import path from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/app/importDocuments.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { createApp } from '../../../src/web/app.js';
import { registerOparlRoutes } from '../../../src/web/oparl/oparlRoutes.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { OPARL_TYPES, oparlErrors, typeNameOf, type OparlTypeName } from '../../publish/oparl/oparlSchemas.js';
import { dbOf } from '../../../src/store/storeDb.js';

const BASE = 'https://council.example/quorum';
const ROOT = `${BASE}/oparl/v1`;

/** Every OParl URL a document links to, found by walking it. */
function linksIn(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    if (value.startsWith(ROOT)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) linksIn(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) linksIn(v, out);
  }
}

/** Every object with an OParl `type`, embedded ones included. */
function objectsIn(value: unknown, out: { type: string }[]): void {
  if (Array.isArray(value)) for (const v of value) objectsIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('https://schema.oparl.org/')) out.push(o as { type: string });
    for (const v of Object.values(o)) objectsIn(v, out);
  }
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: OParl 1.1 under /oparl/v1`, () => {
    let t: TestStore;
    let exemptItemId: string;
    let publicItemId: string;
    const bodies = new Map<string, { status: number; text: string }>();

    beforeAll(async () => {
      t = await testStore(dialect);
      const db = dbOf(t.store);
      await importPaths(t.store, [path.resolve('sample')]);
      const record = buildMeetingRecord({
        body: { name: 'Harbourside <Overview> & "Scrutiny" Committee' },
        items: [
          ...buildMeetingRecord().items,
          {
            minuteNumber: '44',
            title: 'Acquisition of the Quayside Warehouse',
            isExempt: true,
            exemptParagraph: 3,
            minutesText: 'SECRET-MINUTES the price offered',
            points: [{ label: 'a', text: 'SECRET-POINT the vendor is in arrears' }],
            resolutions: [{ label: '1', text: 'SECRET-RESOLUTION to buy the warehouse', kind: 'decision' }],
          },
        ],
      });
      await recordMeeting(t.store, record, { sourceDocumentId: null });
      const items = await db
        .selectFrom('agendaItems')
        .select(['id', 'title', 'meetingId'])
        .where('title', 'in', ['Acquisition of the Quayside Warehouse', 'Coastal Flood Defence Programme'])
        .execute();
      exemptItemId = items.find((i) => i.title.startsWith('Acquisition'))!.id;
      publicItemId = items.find((i) => i.title.startsWith('Coastal'))!.id;
      const [doc1, doc2] = await db.selectFrom('documents').select('id').orderBy('id').limit(2).execute();
      const person = await db
        .selectFrom('people')
        .select('id')
        .where('displayName', 'like', '%Lovelace%')
        .executeTakeFirstOrThrow();
      const body = await db
        .selectFrom('bodies')
        .select('id')
        .where('name', 'like', 'Harbourside%')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('itemDocuments')
        .values([
          {
            id: 'paperpublic1',
            itemId: publicItemId,
            documentId: doc1!.id,
            title: 'Flood defence report <draft> & appendix',
            pageStart: 3,
            pageEnd: 10,
            sourceDocumentId: null,
          },
          {
            id: 'paperexempt1',
            itemId: exemptItemId,
            documentId: doc2!.id,
            title: 'SECRET-PAPER valuation',
            pageStart: null,
            pageEnd: null,
            sourceDocumentId: null,
          },
        ])
        .execute();
      await db
        .insertInto('memberships')
        .values({
          id: 'membership01',
          personId: person.id,
          bodyId: body.id,
          role: 'chair',
          votingScope: 'full',
          party: null,
          startsOn: '2024-05-20',
          endsOn: null,
          sourceDocumentId: null,
        })
        .execute();

      // Crawl from the entry point, following every OParl link, as a client would.
      const app = createApp(t.store, { baseUrl: BASE });
      const queue = [`${ROOT}/system`];
      while (queue.length > 0) {
        const url = queue.shift()!;
        if (bodies.has(url)) continue;
        const res = await app.request(url.slice(BASE.length));
        const text = url.endsWith('/download') ? '' : await res.text();
        bodies.set(url, { status: res.status, text });
        if (res.status !== 200 || url.endsWith('/download')) continue;
        const found = new Set<string>();
        linksIn(JSON.parse(text), found);
        for (const link of found) if (!bodies.has(link)) queue.push(link);
      }
    }, 120_000);

    afterAll(async () => {
      await t?.drop();
    });

    it('should answer 200 for every link reachable from /oparl/v1/system', () => {
      const broken = [...bodies].filter(([, r]) => r.status !== 200).map(([url, r]) => `${r.status} ${url}`);
      expect(broken).toEqual([]);
      expect(bodies.size).toBeGreaterThan(20);
    });

    it('should serve every object type, each valid against its OParl 1.1 JSON schema', () => {
      const seen = new Set<OparlTypeName>();
      const errors: string[] = [];
      for (const [url, { text }] of bodies) {
        if (url.endsWith('/download')) continue;
        const objects: { type: string }[] = [];
        objectsIn(JSON.parse(text), objects);
        for (const o of objects) {
          const type = typeNameOf(o);
          seen.add(type);
          errors.push(...oparlErrors(type, o).map((e) => `${url}: ${e}`));
        }
      }
      expect(errors.slice(0, 10)).toEqual([]);
      expect([...seen].sort()).toEqual(OPARL_TYPES.filter((type) => type !== 'LegislativeTerm').sort());
    });

    it('should follow system → body → organizations → meetings → agenda items', async () => {
      const get = (url: string): Record<string, unknown> =>
        JSON.parse(bodies.get(url)!.text) as Record<string, unknown>;
      const system = get(`${ROOT}/system`);
      const bodyList = get(system.body as string) as { data: { organization: string }[] };
      const orgs = get(bodyList.data[0]!.organization) as { data: { name: string; meeting: string }[] };
      const harbourside = orgs.data.find((o) => o.name.startsWith('Harbourside'))!;
      expect(harbourside.name).toBe('Harbourside <Overview> & "Scrutiny" Committee');
      const meetings = get(harbourside.meeting) as {
        data: { id: string; agendaItem: { id: string; name: string }[] }[];
      };
      expect(meetings.data).toHaveLength(1);
      const items = meetings.data[0]!.agendaItem;
      expect(items.map((i) => i.name)).toEqual([
        'Apologies for absence',
        'Declarations of interest',
        'Coastal Flood Defence Programme',
      ]);
      for (const item of items) expect(bodies.get(item.id)?.status).toBe(200);
      const item = get(`${ROOT}/agenda-items/${publicItemId}`);
      expect(item.resolutionText).toContain('to note the progress of the programme');
      expect(item.consultation).toBe(`${ROOT}/consultations/paperpublic1`);
    });

    it('should never publish an exempt item, its minutes, resolutions or papers', async () => {
      const all = [...bodies.values()].map((b) => b.text).join('\n');
      expect(all).not.toContain(exemptItemId);
      expect(all).not.toContain('SECRET-');
      expect(all).not.toContain('Quayside');
      expect(all).not.toContain('paperexempt1');
      const app = createApp(t.store, { baseUrl: BASE });
      for (const p of [
        `/oparl/v1/agenda-items/${exemptItemId}`,
        '/oparl/v1/papers/paperexempt1',
        '/oparl/v1/consultations/paperexempt1',
      ]) {
        const res = await app.request(p);
        expect(res.status, p).toBe(404);
        expect(res.headers.get('content-type')).toContain('application/json');
      }
    });

    it('should page lists by key, keep the old first-page link, and refuse a page number', async () => {
      const app = createApp(t.store, { baseUrl: BASE });
      type Page = {
        data: { id: string }[];
        pagination: { totalElements: number; elementsPerPage: number; totalPages: number };
        links: Record<string, string>;
      };
      const read = async (query: string): Promise<Page> =>
        (await (await app.request(`/oparl/v1/bodies/council/people${query}`)).json()) as Page;
      const people = await read('');
      const total = await dbOf(t.store)
        .selectFrom('people')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('mergedIntoId', 'is', null)
        .executeTakeFirstOrThrow();
      expect(people.pagination).toEqual({ totalElements: Number(total.n), elementsPerPage: 100, totalPages: 1 });
      expect(people.data.length).toBe(Math.min(100, Number(total.n)));
      expect(people.links).toEqual({ first: `${ROOT}/bodies/council/people`, self: `${ROOT}/bodies/council/people` });
      expect(await read('?page=1')).toEqual(people);
      const lastId = people.data[people.data.length - 1]!.id.slice(`${ROOT}/people/`.length);
      const beyond = await read(`?after=${lastId}`);
      expect(beyond.data).toEqual([]);
      expect(beyond.links.self).toBe(`${ROOT}/bodies/council/people?after=${lastId}`);
      expect(beyond.links.next).toBeUndefined();
      for (const query of ['?page=2', '?page=0', '?page=abc', '?after=', '?after=a%20b']) {
        const res = await app.request(`/oparl/v1/bodies/council/people${query}`);
        expect(res.status, query).toBe(400);
        expect(((await res.json()) as { error: string }).error, query).toMatch(/links\.next/);
      }
      expect((await app.request('/oparl/v1/meetings/nosuchmeeting')).status).toBe(404);
      expect((await app.request('/oparl/v1/bodies/council/meetings?after=nosuchmeeting')).status).toBe(400);
      const unknown = await app.request('/oparl/v1/organizations/nosuchbody/meetings');
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get('content-type')).toContain('application/json');
    });

    it('should walk every list page by page through links.next to the same objects, each once', async () => {
      const small = new Hono();
      registerOparlRoutes(small, t.store.public, { baseUrl: BASE, pageSize: 2 });
      const whole = createApp(t.store, { baseUrl: BASE });
      const lists = ['organizations', 'people', 'meetings', 'papers'].map((l) => `${ROOT}/bodies/council/${l}`);
      const harbourside = JSON.parse(bodies.get(`${ROOT}/bodies/council/organizations`)!.text) as {
        data: { name: string; meeting: string }[];
      };
      lists.push(harbourside.data.find((o) => o.name.startsWith('Harbourside'))!.meeting);
      for (const list of lists) {
        const ids: string[] = [];
        let pages = 0;
        for (let url: string | undefined = list; url; pages++) {
          const page = (await (await small.request(url.slice(BASE.length))).json()) as {
            data: { id: string }[];
            links: { next?: string };
          };
          expect(page.data.length, url).toBeLessThanOrEqual(2);
          ids.push(...page.data.map((o) => o.id));
          if (page.links.next) expect(page.links.next).toMatch(/\?after=[\w-]+$/);
          url = page.links.next;
        }
        const all = (await (await whole.request(list.slice(BASE.length))).json()) as { data: { id: string }[] };
        expect(ids, list).toEqual(all.data.map((o) => o.id));
        expect(pages, list).toBe(Math.max(1, Math.ceil(ids.length / 2)));
      }
    });

    it('should offer the stored bytes of a source document as a download', async () => {
      const first = await dbOf(t.store).selectFrom('documents').select('id').orderBy('id').executeTakeFirstOrThrow();
      const file = JSON.parse(bodies.get(`${ROOT}/files/${first.id}`)!.text) as {
        downloadUrl: string;
        size: number;
        accessUrl: string;
      };
      expect(file.accessUrl).toMatch(new RegExp(`^${BASE}/documents/[a-z0-9]+$`));
      const res = await createApp(t.store, { baseUrl: BASE }).request(file.downloadUrl.slice(BASE.length));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain('attachment');
      expect((await res.arrayBuffer()).byteLength).toBe(file.size);
    });
  });
}
