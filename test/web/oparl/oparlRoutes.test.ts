import path from 'node:path';
import { Writable } from 'node:stream';
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
import { exportArchive } from '../../../src/app/exportArchive.js';
import { findExportFormat } from '../../../src/publish/exportFormats.js';

/** A server path a document was imported from: no OParl object may publish it. */
const SERVER_PATH = '/srv/quorum/uploads/private/orphan-note.txt';

type Page = {
  data: { id: string; created?: string; modified?: string }[];
  pagination: { totalElements: number; elementsPerPage: number; totalPages: number };
  links: Record<string, string>;
};

/** The same instant written with a +01:00 offset, as a client in Central Europe might send it. */
function atPlusOne(iso: string): string {
  return new Date(Date.parse(iso) + 3_600_000).toISOString().replace('Z', '+01:00');
}

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
    let orphanFileId: string;
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
      // A document no meeting or paper cites, imported from a path on the server.
      const orphan = await t.store.repos.documents.store({
        bytes: new TextEncoder().encode('A note filed on its own'),
        mediaType: 'text/plain',
        origin: SERVER_PATH,
        title: null,
        text: 'A note filed on its own',
        pageStarts: [],
        now: '2025-06-01T00:00:00.000Z',
      });
      orphanFileId = orphan.document.id;

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
      // OParl 1.1 requires `order`: the place among the public items, the same embedded and alone.
      expect(items.map((i) => (i as { order?: number }).order)).toEqual([1, 2, 3]);
      for (const item of items) {
        expect(bodies.get(item.id)?.status).toBe(200);
        expect(get(item.id).order).toBe((item as { order?: number }).order);
      }
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

    it('should reach by walking every object the OParl export holds, files no meeting cites included', async () => {
      const chunks: string[] = [];
      const out = new Writable({
        write(chunk, _enc, done) {
          chunks.push(String(chunk));
          done();
        },
      });
      const archive = await exportArchive(t.store, { format: findExportFormat('oparl')!, baseUrl: BASE });
      await archive.write(out);
      const doc = JSON.parse(chunks.join('')) as Record<string, { id: string }[]>;
      const exported = ['organization', 'meeting', 'paper', 'person', 'file'].flatMap((key) =>
        doc[key]!.map((o) => o.id),
      );
      expect(exported).toContain(`${ROOT}/files/${orphanFileId}`);
      expect(exported.filter((id) => !bodies.has(id))).toEqual([]);
    });

    it('should publish a file imported from a server path by its name alone', () => {
      const file = JSON.parse(bodies.get(`${ROOT}/files/${orphanFileId}`)!.text) as { name: string };
      expect(file.name).toBe('orphan-note.txt');
      const all = [...bodies.values()].map((b) => b.text).join('\n');
      expect(all).not.toContain('/srv/');
      expect(all).not.toContain('uploads/private');
    });

    it('should count as participants those present, substitutes and those in attendance, never apologies', async () => {
      const db = dbOf(t.store);
      const meeting = JSON.parse(bodies.get(`${ROOT}/bodies/council/meetings`)!.text) as {
        data: { id: string; name: string; participant: string[] }[];
      };
      const harbourside = meeting.data.find((m) => m.name.startsWith('Harbourside <Overview>'))!;
      const named = async (part: string): Promise<string> =>
        `${ROOT}/people/${(await db.selectFrom('people').select('id').where('displayName', 'like', `%${part}%`).where('mergedIntoId', 'is', null).executeTakeFirstOrThrow()).id}`;
      expect([...harbourside.participant].sort()).toEqual(
        (await Promise.all(['Lovelace', 'Tom Brown', 'Gus Patel', 'Maya Chen'].map(named))).sort(),
      );
      expect(harbourside.participant).not.toContain(await named('Rhian Evans'));
    });

    it('should send the id of a person since merged to the person they now are', async () => {
      const db = dbOf(t.store);
      const app = createApp(t.store, { baseUrl: BASE });
      const person = (part: string) =>
        db.selectFrom('people').select('id').where('displayName', 'like', `%${part}%`).executeTakeFirstOrThrow();
      const [spelling, survivor] = await Promise.all([person('Gus Patel'), person('Tom Brown')]);
      await db.updateTable('people').set({ mergedIntoId: survivor.id }).where('id', '=', spelling.id).execute();
      try {
        const res = await app.request(`/oparl/v1/people/${spelling.id}`);
        expect(res.status).toBe(301);
        expect(res.headers.get('location')).toBe(`${ROOT}/people/${survivor.id}`);
        const meetings = (await (await app.request('/oparl/v1/bodies/council/meetings')).json()) as {
          data: { participant: string[] }[];
        };
        const everyone = meetings.data.flatMap((m) => m.participant);
        expect(everyone).not.toContain(`${ROOT}/people/${spelling.id}`);
        expect(everyone).toContain(`${ROOT}/people/${survivor.id}`);
      } finally {
        await db.updateTable('people').set({ mergedIntoId: null }).where('id', '=', spelling.id).execute();
      }
      expect((await app.request('/oparl/v1/people/nosuchperson')).status).toBe(404);
    });

    it('should filter every list by created and modified times, keeping the filters in its links', async () => {
      const app = createApp(t.store, { baseUrl: BASE });
      const small = new Hono();
      registerOparlRoutes(small, t.store.public, { baseUrl: BASE, pageSize: 2 });
      const read = async (server: Hono, url: string): Promise<Page> => {
        const res = await server.request(url.startsWith(BASE) ? url.slice(BASE.length) : url);
        expect(res.status, url).toBe(200);
        return (await res.json()) as Page;
      };
      let narrowed = 0;
      for (const list of ['organizations', 'people', 'meetings', 'papers', 'files']) {
        const url = `/oparl/v1/bodies/council/${list}`;
        const all = (await read(app, url)).data;
        expect(all.length, list).toBeGreaterThan(0);
        for (const o of all) {
          expect(o.created, `${list} ${o.id}`).toBeDefined();
          expect(o.modified, `${list} ${o.id}`).toBeDefined();
        }
        const times = [...new Set(all.flatMap((o) => [o.created!, o.modified!]))].sort();
        const middle = times[Math.floor(times.length / 2)]!;
        const cases: [string, (o: Page['data'][number]) => boolean][] = [
          ['created_since', (o) => o.created! >= middle],
          ['created_until', (o) => o.created! <= middle],
          ['modified_since', (o) => o.modified! >= middle],
          ['modified_until', (o) => o.modified! <= middle],
        ];
        for (const [filter, keeps] of cases) {
          const query = `${filter}=${encodeURIComponent(atPlusOne(middle))}`;
          const page = await read(app, `${url}?${query}`);
          const expected = all.filter(keeps).map((o) => o.id);
          expect(
            page.data.map((o) => o.id),
            `${list} ${filter}`,
          ).toEqual(expected);
          expect(page.pagination.totalElements, `${list} ${filter}`).toBe(expected.length);
          expect(page.links.first).toBe(`${ROOT}/bodies/council/${list}?${query}`);
          if (expected.length > 0 && expected.length < all.length) narrowed++;
          // Page by page, every link keeps the filter and the walk finds the same objects.
          const walked: string[] = [];
          for (let next: string | undefined = `${url}?${query}`; next;) {
            const part = await read(small, next);
            for (const link of Object.values(part.links)) expect(link, `${list} ${filter}`).toContain(query);
            walked.push(...part.data.map((o) => o.id));
            next = part.links.next;
          }
          expect(walked, `${list} ${filter}`).toEqual(expected);
        }
        const both = await read(app, `${url}?created_since=2000-01-01T00:00:00Z&modified_until=2000-01-02T00:00:00Z`);
        expect(both.data, list).toEqual([]);
        expect(both.pagination.totalElements, list).toBe(0);
      }
      expect(narrowed).toBeGreaterThan(0);
      for (const value of [
        '2025-01-01',
        '2025-01-01T00:00Z',
        '2025-01-01T00:00:00',
        '2025-02-30T00:00:00Z',
        'yesterday',
      ]) {
        const res = await app.request(`/oparl/v1/bodies/council/meetings?modified_since=${encodeURIComponent(value)}`);
        expect(res.status, value).toBe(400);
        expect(((await res.json()) as { error: string }).error, value).toMatch(/modified_since must be a date-time/);
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
