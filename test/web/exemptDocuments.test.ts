import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../src/app/importDocuments.js';
import { createApp } from '../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';
import { walkPublicOutputs } from './publicWalk.js';
import { agendaApp, Clerk, makePdf, seedAgendaWorld, type AgendaApp } from './workspace/agendaFixtures.js';

/** Words only the exempt items hold: none may be served by any public output. */
const MARKERS = ['QUILLBY', 'HARROWGATE', 'ZANZIBAR-HOLDINGS', 'TREMAYNE-VENTURES'];

/**
 * A fragment of minutes with no heading, body or date: its meeting cannot be placed, so the document
 * is stored and searchable by itself; its exempt item (after an exclusion resolution) must stay withheld.
 */
const UNPLACED = `8. Bus shelter
The Sub-Committee noted the repairs to the bus shelter on Mill Lane.
RESOLVED that the repairs be noted.

9. Exclusion of the public
RESOLVED that the public be excluded for the following item under paragraph 3 of Schedule 12A.

10. Sale of the garage site
The Sub-Committee considered the bid of TREMAYNE-VENTURES for the garage site.
RESOLVED that the bid of TREMAYNE-VENTURES be accepted.
`;

/** Minutes whose exempt item is marked only by its heading: no exclusion resolution comes before it. */
const BY_HEADING = `Minutes of the Estates Sub-Committee
held on Tuesday 4 March 2025 at 10.00 am in Committee Room 2, Civic Centre

Present: Councillors Rosa Delgado (Chair), Ian Kerr and Yusuf Baig

1. Apologies for Absence
None received.

2. Depot sale (Not for publication)
The Sub-Committee considered the offer of QUILLBY for the depot site at 4.1 million pounds.
RESOLVED that the offer from QUILLBY be accepted.

3. Allotments
The Sub-Committee noted the allotment waiting list.
RESOLVED that the waiting list report be noted.
`;

/** An HTML page whose exempt item follows an exclusion resolution. */
const BY_RESOLUTION = `<!doctype html><html><head><title>Minutes</title></head><body>
<h1>Minutes of the Estates Sub-Committee</h1>
<p>held on Tuesday 8 April 2025 at 10.00 am in Committee Room 2, Civic Centre</p>
<p>Present: Councillors Rosa Delgado (Chair), Ian Kerr and Yusuf Baig</p>
<h2>5. Parks report</h2><p>The Sub-Committee noted the parks report.</p><p>RESOLVED that the parks report be noted.</p>
<h2>6. Exclusion of the Press and Public</h2>
<p>RESOLVED that under Section 100A(4) of the Local Government Act 1972 the public be excluded for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.</p>
<h2>7. Lease of the yard</h2>
<p>The Sub-Committee considered a lease of HARROWGATE yard to ZANZIBAR-HOLDINGS.</p><p>RESOLVED that the lease to ZANZIBAR-HOLDINGS be granted.</p>
</body></html>`;

for (const dialect of DIALECTS) {
  describe(`${dialect}: exempt passages of imported documents`, () => {
    let t: TestStore;
    let dir: string;
    beforeAll(async () => {
      t = await testStore(dialect);
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quorum-exempt-'));
      await fs.writeFile(path.join(dir, 'estates-2025-03.txt'), BY_HEADING);
      await fs.writeFile(path.join(dir, 'estates-2025-04.html'), BY_RESOLUTION);
      await fs.writeFile(path.join(dir, 'estates-fragment.txt'), UNPLACED);
      const report = await importPaths(t.store, [dir]);
      expect(report.results.map((r) => [path.basename(r.source), r.status, r.reason, r.unplaced !== null])).toEqual([
        ['estates-2025-03.txt', expect.stringMatching(/^(Imported|Updated)$/), null, false],
        ['estates-2025-04.html', expect.stringMatching(/^(Imported|Updated)$/), null, false],
        ['estates-fragment.txt', 'Imported', null, true],
      ]);
    });
    afterAll(async () => {
      await t?.drop();
      await fs.rm(dir, { recursive: true, force: true });
    });

    it('should serve no word of an exempt item (by heading or by resolution) nor a server path from any public output', async () => {
      const app = createApp(t.store, { baseUrl: 'https://council.example', today: () => '2025-04-20' });
      const searches = ['quillby', 'harrowgate', 'zanzibar', 'tremayne', 'garage', 'shelter', 'depot', 'lease'].flatMap(
        (w) => [`/search?q=${w}`, `/api/v1/search?q=${w}`],
      );
      const documents = (await t.store.public.documents.page({}, { limit: 10, offset: 0 })).rows;
      const direct = documents.flatMap((d) => [
        `/documents/${d.id}`,
        `/documents/${d.id}/original`,
        `/api/v1/documents/${d.id}?include=text`,
        `/oparl/v1/files/${d.id}/download`,
      ]);
      // The folder the documents were imported from is the server's business, not the public's.
      const { leaks, seen } = await walkPublicOutputs(app, [...MARKERS, dir], [...searches, ...direct]);
      expect(leaks).toEqual([]);
      expect([...seen].filter((p) => /^\/documents\/[^/?]+$/.test(p)).length).toBeGreaterThanOrEqual(3);
    });

    it('should find the unplaced fragment by its public words, and show it with the reason and its exempt item withheld', async () => {
      const app = createApp(t.store, { baseUrl: 'https://council.example' });
      const documents = (await t.store.public.documents.page({}, { limit: 10, offset: 0 })).rows;
      const fragment = documents.find((d) => d.origin.endsWith('estates-fragment.txt'))!;
      const results = await (await app.request('/search?q=shelter')).text();
      expect(results).toContain(`href="/documents/${fragment.id}"`);
      const page = await (await app.request(`/documents/${fragment.id}`)).text();
      expect(page).toContain('Not yet placed at a meeting');
      expect(page).toContain('repairs to the bus shelter');
      expect(page).toContain('[Exempt information: not published]');
      expect((await app.request(`/documents/${fragment.id}/original`)).status).toBe(404);
    });

    it('should show a document with its public words and the exempt passage withheld, at the same offsets', async () => {
      const app = createApp(t.store, { baseUrl: 'https://council.example' });
      const documents = (await t.store.public.documents.page({}, { limit: 10, offset: 0 })).rows;
      const minutes = documents.find((d) => d.origin.endsWith('estates-2025-03.txt'))!;
      const view = (await t.store.public.documents.view(minutes.id))!;
      expect(view.hasWithheldPassages).toBe(true);
      expect(view.text).toHaveLength(BY_HEADING.length);
      expect(view.text).toContain('The Sub-Committee noted the allotment waiting list.');
      expect(view.text).toContain('[Exempt information: not published]');
      const page = await (await app.request(`/documents/${minutes.id}`)).text();
      expect(page).toContain('allotment waiting list');
      expect(page).not.toContain(`/documents/${minutes.id}/original`);
      expect((await app.request(`/documents/${minutes.id}/original`)).status).toBe(404);
    });

    it('should list the exempt item by its title only', async () => {
      const app = createApp(t.store, { baseUrl: 'https://council.example' });
      const meetings = await t.store.public.meetings.list({ limit: 10 });
      const march = meetings.find((m) => m.date === '2025-03-04')!;
      const page = await (await app.request(`/meetings/${march.id}`)).text();
      expect(page).toContain('Depot sale');
      expect(page).toContain('considered in private');
    });
  });
}

/** Words only the clerk's exempt item and its uploaded report hold. */
const UPLOAD_MARKERS = ['PELLINGHAM', 'OSTERVALD-CAPITAL'];

for (const dialect of DIALECTS) {
  describe(`${dialect}: exempt reports uploaded in the workspace`, () => {
    let t: TestStore;
    let env: AgendaApp;
    let meetingId: string;
    beforeAll(async () => {
      t = await testStore(dialect);
      ({ meetingId } = await seedAgendaWorld(t.store));
      env = await agendaApp(t.store);
    });
    afterAll(async () => {
      await t?.drop();
      if (env) await fs.rm(env.dataDir, { recursive: true, force: true });
    });

    it('should serve no word nor byte of an exempt item’s uploaded report from any public output, and the public report', async () => {
      const clerk = await new Clerk(env.app, meetingId).signIn();
      await clerk.start();
      await clerk.addItem('Harbour wall repairs');
      await clerk.addItem('Disposal of the boatyard', {
        exempt: 'yes',
        exemptParagraph: '3',
        description: 'Bid from OSTERVALD-CAPITAL for the boatyard',
      });
      const items = await clerk.items();
      const wall = items.find((i) => i.title === 'Harbour wall repairs')!;
      const boatyard = items.find((i) => i.title === 'Disposal of the boatyard')!;
      const publicPdf = await makePdf('The harbour wall needs repairs costing 2 million pounds');
      const exemptPdf = await makePdf(
        'PELLINGHAM valuation: OSTERVALD-CAPITAL offers 3 million',
        2,
        'PELLINGHAM valuation',
      );
      expect((await clerk.upload(wall.id, publicPdf, 'Report on the harbour wall')).status).toBe(303);
      expect((await clerk.upload(boatyard.id, exemptPdf, 'PELLINGHAM valuation report')).status).toBe(303);
      expect((await clerk.publish()).status).toBe(303);

      const searches = ['pellingham', 'ostervald', 'boatyard', 'valuation', 'harbour'].flatMap((w) => [
        `/search?q=${w}`,
        `/api/v1/search?q=${w}`,
      ]);
      const papers = await t.store.repos.agendas.papers(meetingId);
      const exemptPaper = papers.find((p) => p.entryId === boatyard.id)!;
      const { leaks, seen } = await walkPublicOutputs(env.app, UPLOAD_MARKERS, [
        `/meetings/${meetingId}`,
        `/papers/${exemptPaper.id}`,
        ...searches,
      ]);
      expect(leaks).toEqual([]);
      const served = [...seen].filter((p) => p.startsWith('/papers/'));
      expect(served.length).toBeGreaterThanOrEqual(2);
      const exemptBytes = Buffer.from(exemptPdf);
      for (const p of served) {
        const res = await env.app.request(p);
        if (res.status === 200) expect(Buffer.from(await res.arrayBuffer()).equals(exemptBytes), p).toBe(false);
      }
      const publicPaper = papers.find((p) => p.entryId === wall.id)!;
      const download = await env.app.request(`/papers/${publicPaper.id}`);
      expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(publicPdf))).toBe(true);
      expect((await env.app.request(`/papers/${exemptPaper.id}`)).status).toBe(404);

      // Marked exempt after publication: withheld at once, before any new publication.
      const state = await clerk.formState(`${clerk.agenda}/items/${wall.id}`);
      const marked = await clerk.post(
        `${clerk.agenda}/items/${wall.id}`,
        { title: 'Harbour wall repairs', description: '', exempt: 'yes', exemptParagraph: '1' },
        state,
      );
      expect(marked.status).toBe(303);
      expect((await env.app.request(`/papers/${publicPaper.id}`)).status).toBe(404);
      expect(await (await env.app.request(`/meetings/${meetingId}`)).text()).not.toContain('/papers/');
    }, 240_000);
  });
}
