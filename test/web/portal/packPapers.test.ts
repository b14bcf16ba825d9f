import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { createApp } from '../../../src/web/app.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { numberedPdf } from '../../publish/numberedPdf.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: each report of the pack, linked under its item`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let packId: string;
    let meetingId: string;
    let itemId: string;
    beforeAll(async () => {
      t = await testStore(dialect);
      const bytes = await numberedPdf(12);
      const stored = await t.store.repos.documents.store({
        bytes,
        mediaType: 'application/pdf',
        origin: 'https://council.example/documents/pack-2025-03-12.pdf',
        title: null,
        text: 'Public Document Pack',
        pageStarts: [],
        now: '2025-03-05T10:00:00.000Z',
      });
      packId = stored.document.id;
      await t.store.repos.documents.addParts([
        {
          id: 'p1',
          documentId: packId,
          position: 1,
          kind: 'front_sheet',
          title: 'Agenda',
          pageStart: 1,
          pageEnd: 2,
          startOffset: 0,
          endOffset: 5,
        },
        {
          id: 'p2',
          documentId: packId,
          position: 2,
          kind: 'report',
          title: 'Sea wall <repairs> & "funding"',
          pageStart: 3,
          pageEnd: 9,
          startOffset: 5,
          endOffset: 10,
        },
        {
          id: 'p3',
          documentId: packId,
          position: 3,
          kind: 'appendix',
          title: 'Flood map',
          pageStart: 10,
          pageEnd: 12,
          startOffset: 10,
          endOffset: 15,
        },
      ]);
      const record = buildMeetingRecord();
      const items = record.items.map((i) => (i.minuteNumber === '43' ? { ...i, pageStart: 3, pageEnd: 12 } : i));
      const recorded = await recordMeeting(t.store, { ...record, items }, { sourceDocumentId: packId });
      meetingId = recorded.meetingId;
      app = createApp(t.store, { today: () => '2025-03-20' });
      const page = await (await app.request(`/meetings/${meetingId}`)).text();
      itemId = /href="\/items\/([^"]+)">Coastal Flood Defence Programme/.exec(page)![1]!;
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should list the report and its appendix under the item, by title, with their pages, escaped', async () => {
      for (const path of [`/meetings/${meetingId}`, `/items/${itemId}`]) {
        const html = await (await app.request(path)).text();
        expect(html).toContain(
          `<a class="govuk-link" href="/documents/${packId}/parts/2">Report: Sea wall &lt;repairs&gt; &amp; &quot;funding&quot;</a>`,
        );
        expect(html).toContain('(PDF, pages 3–9 of the pack, 7 pages)');
        expect(html).toContain(`href="/documents/${packId}/parts/3">Appendix: Flood map</a>`);
        // The front sheet is the agenda itself, not a paper of any item.
        expect(html).not.toContain(`/documents/${packId}/parts/1"`);
        expect(html).not.toContain('<repairs>');
      }
    });

    it('should serve a report as a PDF of its own pages', async () => {
      const res = await app.request(`/documents/${packId}/parts/2`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toBe('inline; filename="Sea-wall-repairs-funding.pdf"');
      const part = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
      expect(part.getPageCount()).toBe(7);
      expect((await app.request(`/documents/${packId}/parts/9`)).status).toBe(404);
      expect((await app.request(`/documents/${packId}/parts/x`)).status).toBe(404);
    });

    it('should withhold every part of a pack that holds exempt text, as it withholds the pack', async () => {
      await t.store.repos.documents.withholdPassages(packId, [{ start: 0, end: 6 }]);
      const fresh = createApp(t.store, { today: () => '2025-03-20' });
      expect((await fresh.request(`/documents/${packId}/parts/2`)).status).toBe(404);
      expect((await fresh.request(`/documents/${packId}/original`)).status).toBe(404);
    });
  });
}
