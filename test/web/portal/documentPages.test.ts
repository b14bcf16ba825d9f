import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { documentName } from '../../../src/domain/documentName.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { createApp } from '../../../src/web/app.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const SERVER_FOLDER = '/srv/quorum-imports/2025';
const MINUTES = 'Minutes of the Harbourside Overview and Scrutiny Committee\n43 Coastal Flood Defence Programme.';
const PACK = 'Public Document Pack\nHarbourside Overview and Scrutiny Committee\nAgenda\n1 Apologies';
const REPORT = 'Report of the Director of Place on sea wall repairs.';
const EXTRA = 30;

describe('documentName', () => {
  it('should name a document by its own title, its report title, its first line or its parts', () => {
    const none = { title: null, partKinds: [], opening: null, paperTitles: [] } as const;
    expect(documentName({ ...none, title: 'Agenda for Cabinet' })).toBe('Agenda for Cabinet');
    expect(documentName({ ...none, paperTitles: ['Sea wall repairs'] })).toBe('Sea wall repairs');
    expect(documentName({ ...none, opening: '\n  Agenda and minutes\n\nPlanning' })).toBe('Agenda and minutes');
    expect(documentName({ ...none, opening: 'Public Document Pack' })).toBe('Agenda pack');
    expect(documentName({ ...none, partKinds: ['front_sheet', 'minutes', 'report'] })).toBe('Agenda pack');
    expect(documentName({ ...none, partKinds: ['minutes'] })).toBe('Minutes');
    expect(documentName({ ...none, opening: 'Some words' })).toBe('Document');
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: documents index and document pages`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    const ids: { minutes?: string; pack?: string; report?: string; meeting?: string } = {};
    beforeAll(async () => {
      t = await testStore(dialect);
      const store = (origin: string, text: string, now: string) =>
        t.store.repos.documents.store({
          bytes: new TextEncoder().encode(text),
          mediaType: 'text/plain',
          origin,
          title: null,
          text,
          pageStarts: [],
          now,
        });
      // Thirty older documents, all imported in the same instant: the keyset must still page them in order.
      for (let n = 0; n < EXTRA; n++)
        await store(`${SERVER_FOLDER}/letter-${n}.txt`, `Letter number ${n}.`, '2025-01-01T00:00:00.000Z');
      ids.minutes = (await store(`${SERVER_FOLDER}/minutes.txt`, MINUTES, '2025-03-20T10:00:00.000Z')).document.id;
      ids.pack = (
        await store('https://council.example/documents/pack-2025-03-12.pdf', PACK, '2025-03-20T10:00:01.000Z')
      ).document.id;
      ids.report = (await store(`${SERVER_FOLDER}/report.txt`, REPORT, '2025-03-20T10:00:02.000Z')).document.id;
      const recorded = await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: ids.minutes });
      ids.meeting = recorded.meetingId;
      const db = dbOf(t.store);
      await db
        .insertInto('provenance')
        .values({
          subjectKind: 'meeting',
          subjectId: recorded.meetingId,
          field: 'date',
          documentId: ids.pack,
          startOffset: 0,
          endOffset: 10,
          page: null,
          inferred: 0,
        })
        .execute();
      // The pack also lists the dates of future meetings, later in its text: it is not their document.
      const future = await recordMeeting(
        t.store,
        buildMeetingRecord({ date: '2025-04-30', items: [], attendance: [], declarations: [] }),
        { sourceDocumentId: null },
      );
      await db
        .insertInto('provenance')
        .values({
          subjectKind: 'meeting',
          subjectId: future.meetingId,
          field: 'date',
          documentId: ids.pack,
          startOffset: 60,
          endOffset: 70,
          page: null,
          inferred: 0,
        })
        .execute();
      await db
        .insertInto('itemDocuments')
        .values({
          id: 'paper-sea-wall',
          itemId: recorded.itemIds[2]!,
          documentId: ids.report,
          title: 'Sea wall repairs: report of the Director of Place',
          pageStart: null,
          pageEnd: null,
          sourceDocumentId: null,
        })
        .execute();
      app = createApp(t.store, { today: () => '2025-04-01' });
    });
    afterAll(async () => {
      await t?.drop();
    });

    const get = async (path: string) => {
      const res = await app.request(path);
      return { status: res.status, html: await res.text() };
    };
    const listed = (html: string) =>
      [...html.matchAll(/<h2 class="govuk-heading-s[^"]*"><a class="govuk-link" href="\/documents\/([^"]+)">/g)].map(
        (m) => m[1]!,
      );
    const link = (html: string, rel: 'prev' | 'next') =>
      html.match(new RegExp(`href="([^"]+)" rel="${rel}"`))?.[1]?.replace(/&amp;/g, '&') ?? null;

    it('should list documents newest first by what they are, with their meetings, and page by key', async () => {
      const first = await get('/documents');
      expect(first.status).toBe(200);
      expect(first.html).toMatch(/<title>Documents - /);
      expect(listed(first.html).slice(0, 3)).toEqual([ids.report, ids.pack, ids.minutes]);
      expect(first.html).toContain('Sea wall repairs: report of the Director of Place</a>');
      expect(first.html).toContain('Agenda pack</a>');
      expect(first.html).toContain('Minutes</a>');
      expect(first.html).toContain('Harbourside Overview and Scrutiny Committee, meeting of Wednesday 12 March 2025');
      expect(link(first.html, 'prev')).toBeNull();
      const next = link(first.html, 'next')!;
      expect(next).toMatch(/^\/documents\?after=/);
      const second = await get(next);
      const seen = [...listed(first.html), ...listed(second.html)];
      expect(seen).toHaveLength(EXTRA + 3);
      expect(new Set(seen).size).toBe(EXTRA + 3);
      expect(link(second.html, 'next')).toBeNull();
      const back = await get(link(second.html, 'prev')!);
      expect(listed(back.html)).toEqual(listed(first.html));
      expect(link(back.html, 'prev')).toBeNull();
      expect(first.html + second.html).not.toContain(SERVER_FOLDER);
    });

    it('should title a document by what it is and link back to its meeting', async () => {
      const minutes = await get(`/documents/${ids.minutes}`);
      expect(minutes.html).toMatch(
        /<title>Minutes - Harbourside Overview and Scrutiny Committee, Wednesday 12 March 2025 - [^<]+<\/title>/,
      );
      expect(minutes.html).toContain(`href="/meetings/${ids.meeting}"`);
      const report = await get(`/documents/${ids.report}`);
      expect(report.html).toContain(
        '<h1 class="govuk-heading-xl">Sea wall repairs: report of the Director of Place, Wednesday 12 March 2025</h1>',
      );
      expect(report.html).toContain(`href="/meetings/${ids.meeting}"`);
    });

    it('should show where a document was published as the council’s web address, never a path on the server', async () => {
      const pack = await get(`/documents/${ids.pack}`);
      expect(pack.html).toContain('href="https://council.example/documents/pack-2025-03-12.pdf"');
      expect(pack.html).toMatch(
        /<title>Agenda pack - Harbourside Overview and Scrutiny Committee, Wednesday 12 March 2025 - /,
      );
      expect(pack.html).toContain('Wednesday 30 April 2025</a>');
      for (const id of [ids.minutes, ids.report]) {
        const { html } = await get(`/documents/${id}`);
        expect(html).not.toContain(SERVER_FOLDER);
        expect(html).toContain('web address for this document was not recorded');
      }
    });

    it('should treat an unknown paging key as the first page', async () => {
      const { status, html } = await get('/documents?after=no-such-document');
      expect(status).toBe(200);
      expect(listed(html)[0]).toBe(ids.report);
    });
  });
}
