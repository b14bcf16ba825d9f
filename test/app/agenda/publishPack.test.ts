import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAgendaItem, editAgendaItem } from '../../../src/app/agenda/agendaItems.js';
import { packOrigin, type PackMaker } from '../../../src/app/agenda/agendaPackDocument.js';
import { uploadPaper } from '../../../src/app/agenda/agendaPapers.js';
import { publishAgenda } from '../../../src/app/agenda/publishAgenda.js';
import { readAgenda } from '../../../src/app/agenda/readAgenda.js';
import { startAgenda } from '../../../src/app/agenda/startAgenda.js';
import { setSetting } from '../../../src/app/settings/setSetting.js';
import type { Account } from '../../../src/domain/account.js';
import { buildAgendaPack } from '../../../src/publish/documentPack/agendaPack.js';
import { buildPackInWorker } from '../../../src/publish/documentPack/buildPackInWorker.js';
import { PaperFiles } from '../../../src/store/files/paperFiles.js';
import { pageTexts, writeTemp } from '../../publish/documentPack/pdfTools.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { makePdf, ON_TIME, seedAgendaWorld } from '../../web/workspace/agendaFixtures.js';

const NOW = ON_TIME.toISOString();

/** A page's text laid out as printed (columns kept on their line). */
const layoutText = (file: string, page: number): string =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });

for (const dialect of DIALECTS) {
  describe(`${dialect}: publishing an agenda files its document pack`, () => {
    let t: TestStore;
    let dir: string;
    let files: PaperFiles;
    let meetingId: string;
    let clerk: Account;
    let version: number;

    beforeEach(async () => {
      t = await testStore(dialect);
      ({ meetingId } = await seedAgendaWorld(t.store));
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quorum-pack-app-'));
      files = new PaperFiles(dir);
      clerk = (await t.store.repos.accounts.findByEmail('clerk@council.example'))!;
      ({ version } = await startAgenda(t.store, clerk, { meetingId }, NOW));
    });
    afterEach(async () => {
      await t?.drop();
      await fs.rm(dir, { recursive: true, force: true });
    });

    const at = () => ({ meetingId, version });
    const next = async () => {
      version = (await readAgenda(t.store, clerk, meetingId, NOW)).version!;
    };
    const inProcess: () => PackMaker = () => ({ files, build: buildAgendaPack });

    async function addWithPaper(title: string, words: string, pages: number, exempt?: number) {
      const entry = await addAgendaItem(
        t.store,
        clerk,
        {
          ...at(),
          title,
          description: '',
          exempt: exempt !== undefined,
          exemptParagraph: exempt ? String(exempt) : '',
        },
        NOW,
      );
      await next();
      await uploadPaper(
        t.store,
        files,
        clerk,
        {
          ...at(),
          itemId: entry.id,
          paperTitle: `${title} report`,
          paperKind: 'report',
          bytes: await makePdf(words, pages),
        },
        NOW,
      );
      await next();
      return entry;
    }

    it('should file a paginated pack with the public reports, a notice for the exempt one, linked to the meeting', async () => {
      await setSetting(t.store, 'council_name', 'Harbourside Borough Council');
      await setSetting(t.store, 'contact_email', 'committees@harbourside.example');
      await addWithPaper('Library opening hours', 'Libraryhours report body', 3);
      await addWithPaper('Sale of the depot', 'Confidentialvaluation of the depot', 2, 3);
      const published = await publishAgenda(t.store, clerk, { ...at(), lateReason: '', notice: '' }, NOW, inProcess());
      expect(published.pack).not.toBeNull();

      const doc = (await t.store.repos.documents.find(published.pack!.documentId))!;
      expect(doc.origin).toBe(packOrigin(meetingId));
      expect(doc.title).toBe('Agenda pack');
      expect(doc.mediaType).toBe('application/pdf');
      const bytes = (await t.store.public.documents.original(doc.id))?.bytes;
      expect(bytes).toBeDefined();
      const file = writeTemp(bytes!);
      const pages = pageTexts(file);
      expect(pages.length).toBe(published.pack!.pageCount);
      // Front sheet (1 page), the library report's 3 pages, one notice page for the exempt item.
      expect(pages.length).toBe(5);
      const all = pages.join('\n');
      expect(all).toContain('Harbourside Borough Council');
      expect(all).toContain('committees@harbourside.example');
      const front = layoutText(file, 1);
      expect(front).toMatch(/5\s+Library opening hours/);
      expect(front).toMatch(/Library opening hours report\s+2\s*-\s*4/);
      expect(front).toMatch(/6\s+Sale of the depot/);
      expect(front).toMatch(/Not for publication \(exempt information\)\s+5/);
      expect(pages.slice(1, 4).every((p) => p.includes('Libraryhours report body'))).toBe(true);
      expect(all).not.toContain('Confidentialvaluation');
      expect(pages[4]).toContain('Sale of the depot');
      expect(pages[4]).toContain('paragraph 3 of Part 1 of Schedule 12A');
      pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1}`));

      // The public meeting page lists it and /documents serves it as a PDF.
      const detail = await t.store.public.meetings.detail(meetingId);
      expect(detail?.documents.map((d) => d.id)).toContain(doc.id);
      // Each public item's pages in the pack, as the meeting page prints them.
      const library = detail!.items.find((i) => i.title === 'Library opening hours')!;
      expect([library.pageStart, library.pageEnd]).toEqual([2, 4]);
      expect(detail!.items.find((i) => i.title === 'Apologies for absence')!.pageStart).toBeNull();

      // Made exempt after publication, the library item takes the pack that holds its report off
      // the public pages at once, until a new publication files one without it.
      await next();
      await editAgendaItem(
        t.store,
        clerk,
        { ...at(), itemId: library.id, title: library.title, description: '', exempt: true, exemptParagraph: '1' },
        NOW,
      );
      expect((await t.store.public.meetings.detail(meetingId))?.documents.map((d) => d.id)).not.toContain(doc.id);
      expect(await t.store.public.documents.original(doc.id)).toBeUndefined();
    });

    it('should keep the earlier pack when a supplementary agenda is published', async () => {
      await addWithPaper('Library opening hours', 'Libraryhours report body', 1);
      const first = await publishAgenda(t.store, clerk, { ...at(), lateReason: '', notice: '' }, NOW, inProcess());
      await next();
      await addWithPaper('Bus lane consultation', 'Buslane report body', 2);
      const second = await publishAgenda(
        t.store,
        clerk,
        { ...at(), lateReason: '', notice: 'The bus lane consultation added.' },
        new Date(ON_TIME.getTime() + 3_600_000).toISOString(),
        inProcess(),
      );
      expect(second.kind).toBe('supplementary');
      expect(second.pack!.documentId).not.toBe(first.pack!.documentId);
      const newer = (await t.store.repos.documents.find(second.pack!.documentId))!;
      expect(newer.title).toBe('Supplementary agenda pack (publication 2)');
      expect(newer.supersedesId).toBe(first.pack!.documentId);
      expect(await t.store.repos.documents.versionChain(newer.id)).toEqual([newer.id, first.pack!.documentId]);
      const text = pageTexts(writeTemp((await t.store.public.documents.original(newer.id))!.bytes)).join('\n');
      expect(text).toContain('Buslane report body');
      expect(text).toContain('The bus lane consultation added.');
      const detail = await t.store.public.meetings.detail(meetingId);
      expect(detail?.documents.map((d) => d.id)).toEqual(
        expect.arrayContaining([first.pack!.documentId, second.pack!.documentId]),
      );
    });

    it('should save nothing when the agenda changed while its pack was being built', async () => {
      await addWithPaper('Library opening hours', 'Libraryhours report body', 1);
      const stale = { ...at() };
      const slow: PackMaker = {
        files,
        build: async (request) => {
          // Another clerk edits the agenda meanwhile.
          const [item] = (await readAgenda(t.store, clerk, meetingId, NOW)).items;
          await editAgendaItem(
            t.store,
            clerk,
            { ...stale, itemId: item!.id, title: 'Apologies', description: '', exempt: false, exemptParagraph: '' },
            NOW,
          );
          return buildAgendaPack(request);
        },
      };
      await expect(publishAgenda(t.store, clerk, { ...stale, lateReason: '', notice: '' }, NOW, slow)).rejects.toThrow(
        /changed/i,
      );
      expect(await t.store.repos.documents.byOrigin(packOrigin(meetingId))).toEqual([]);
      expect((await readAgenda(t.store, clerk, meetingId, NOW)).publications).toEqual([]);
    });

    it('should build the pack in a worker thread, leaving the event loop free', async () => {
      await addWithPaper('Library opening hours', 'Libraryhours report body', 2);
      let ticks = 0;
      const timer = setInterval(() => ticks++, 5);
      const published = await publishAgenda(t.store, clerk, { ...at(), lateReason: '', notice: '' }, NOW, {
        files,
        build: buildPackInWorker,
      });
      clearInterval(timer);
      expect(published.pack!.pageCount).toBe(3);
      // The main thread kept running timers while the worker started and built.
      expect(ticks).toBeGreaterThan(3);
    }, 60_000);
  });
}
