import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPaths } from '../../src/app/importDocuments.js';
import { dbOf } from '../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
/** Minutes of a parish council meeting, dated and named: placed as usual. */
const NORMAL = path.join(FIXTURES, 'westbrook-2025-01-14.txt');
/** Three items of minutes with no heading, body or date; the last one is exempt (after an exclusion resolution). */
const FRAGMENT = path.join(FIXTURES, 'undated-fragment.txt');
/** Dated minutes that never say whose they are, as a small council's own often do. */
const UNNAMED = path.join(FIXTURES, 'unnamed-body-2025-01-14.txt');
/** An agenda whose last item lists the committee's future meeting dates. */
const PACK = path.join(FIXTURES, 'harbourside-licensing-agenda-2024-05-08.txt');

async function tableCounts(t: TestStore): Promise<Record<string, number>> {
  const db = dbOf(t.store);
  const tables = ['documents', 'meetings', 'searchEntries', 'unplacedDocuments', 'withheldPassages', 'provenance'];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db
      .selectFrom(table as 'documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: documents whose meeting cannot be placed`, () => {
    let t: TestStore;
    let dir: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-unplaced-'));
      fs.copyFileSync(NORMAL, path.join(dir, 'westbrook-2025-01-14.txt'));
      fs.copyFileSync(FRAGMENT, path.join(dir, 'undated-fragment.txt'));
    });
    afterEach(async () => {
      await t?.drop();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('should place minutes that name no body under the body given at import, and leave a named body alone', async () => {
      fs.copyFileSync(UNNAMED, path.join(dir, 'unnamed-body-2025-01-14.txt'));
      const unnamed = (r: { source: string }) => r.source.endsWith('unnamed-body-2025-01-14.txt');
      const without = await importPaths(t.store, [path.join(dir, 'unnamed-body-2025-01-14.txt')]);
      expect(without.results.find(unnamed)!.unplaced).toMatch(/does not name the body that met/);

      const other = await testStore(dialect);
      try {
        const report = await importPaths(other.store, [dir], { bodyName: 'Little Snoring Parish Council' });
        expect(report.results.find(unnamed)).toMatchObject({ unplaced: null, meetings: 1, items: 2 });
        const meetings = await dbOf(other.store)
          .selectFrom('meetings')
          .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
          .select(['bodies.name', 'meetings.date'])
          .orderBy('meetings.date')
          .execute();
        // The Westbrook minutes name their council: the given body is only for those that name none.
        expect(meetings.map((m) => m.name)).toContain('Little Snoring Parish Council');
        expect(meetings.find((m) => m.name === 'Little Snoring Parish Council')!.date).toBe('2025-01-14');
        expect(meetings.some((m) => /Westbrook/.test(m.name))).toBe(true);
        // The undated fragment still has no date: a body alone does not place it.
        expect(report.results.find((r) => r.source.endsWith('undated-fragment.txt'))!.unplaced).toMatch(/no date/);
      } finally {
        await other.drop();
      }
    });

    it('should store an undated fragment, searchable and listed for review with the reason, beside a placed document', async () => {
      const report = await importPaths(t.store, [dir]);
      expect(report.totals).toMatchObject({ documents: 2, failed: 0, meetings: 1, unplaced: 1 });
      const fragment = report.results.find((r) => r.source.endsWith('undated-fragment.txt'))!;
      expect(fragment).toMatchObject({ status: 'Imported', meetings: 0 });
      expect(fragment.unplaced).toMatch(/neither the body that met nor the date/);
      expect(report.results.find((r) => r.source.endsWith('westbrook-2025-01-14.txt'))!.unplaced).toBeNull();

      const review = await t.store.repos.unplaced.list();
      expect(review).toEqual([expect.objectContaining({ documentId: fragment.documentId, reason: fragment.unplaced })]);

      const found = await t.store.public.search.search({ text: 'bryophyte', limit: 10, offset: 0 });
      expect(found.total).toBe(1);
      expect(found.hits[0]).toMatchObject({ kind: 'document', subjectId: fragment.documentId, date: null });
      // Only that kind, and a date range, which an undated document cannot be in.
      const byKind = await t.store.public.search.search({ text: 'bryophyte', kind: 'document', limit: 10, offset: 0 });
      expect(byKind.total).toBe(1);
      const ranged = await t.store.public.search.search({
        text: 'bryophyte',
        from: '2000-01-01',
        limit: 10,
        offset: 0,
      });
      expect(ranged.total).toBe(0);
      // A placed document's words are found through its meeting as before, not as a document.
      const placed = await t.store.public.search.search({ text: 'quotations', limit: 10, offset: 0 });
      expect(placed.hits.map((h) => h.kind).sort()).toEqual(['document', 'item', 'resolution']);

      const view = (await t.store.public.documents.view(fragment.documentId!))!;
      expect(view.unplaced).toBe(fragment.unplaced);
      expect(view.text).toContain('bryophyte survey');
    });

    it('should withhold the exempt item the reader found in an unplaced document from search, its text and its bytes', async () => {
      const report = await importPaths(t.store, [dir]);
      const fragment = report.results.find((r) => r.source.endsWith('undated-fragment.txt'))!;
      const hidden = await t.store.public.search.search({ text: 'Pemberleigh', limit: 10, offset: 0 });
      expect(hidden.total).toBe(0);
      const view = (await t.store.public.documents.view(fragment.documentId!))!;
      expect(view.hasWithheldPassages).toBe(true);
      expect(view.text).not.toContain('Pemberleigh');
      expect(view.text).toContain('[Exempt information: not published]');
      expect(view.text).toHaveLength(fs.readFileSync(FRAGMENT, 'utf8').length);
      expect(await t.store.public.documents.original(fragment.documentId!)).toBeUndefined();
    });

    it('should store a document with no meeting in it at all, and find it by its words', async () => {
      const notes = path.join(dir, 'notes.txt');
      fs.writeFileSync(notes, 'Notes for the village fete: the marquee, the tombola and the dog show.\n');
      const report = await importPaths(t.store, [notes]);
      expect(report.results[0]).toMatchObject({
        status: 'Imported',
        unplaced: 'no meeting was found in it (no body, date or agenda items recognised)',
        warnings: [],
      });
      const found = await t.store.public.search.search({ text: 'tombola', limit: 10, offset: 0 });
      expect(found.hits.map((h) => [h.kind, h.title])).toEqual([['document', 'notes.txt']]);
    });

    it('should change nothing when the same documents are imported again', async () => {
      await importPaths(t.store, [dir]);
      const before = await tableCounts(t);
      const again = await importPaths(t.store, [dir]);
      expect(again.results.map((r) => r.status)).toEqual(['Skipped', 'Skipped']);
      expect(again.totals.unplaced).toBe(0);
      expect(await tableCounts(t)).toEqual(before);
      expect(await t.store.repos.unplaced.list()).toHaveLength(1);
    });

    it('should take an older version off the review list and out of search when a newer one arrives', async () => {
      const file = path.join(dir, 'undated-fragment.txt');
      await importPaths(t.store, [file]);
      fs.writeFileSync(file, fs.readFileSync(FRAGMENT, 'utf8').replace('bryophyte', 'lichen'));
      const report = await importPaths(t.store, [file]);
      expect(report.totals.unplaced).toBe(1);
      const review = await t.store.repos.unplaced.list();
      expect(review.map((r) => r.documentId)).toEqual([report.results[0]!.documentId]);
      expect((await t.store.public.search.search({ text: 'bryophyte', limit: 10, offset: 0 })).total).toBe(0);
      expect((await t.store.public.search.search({ text: 'lichen', limit: 10, offset: 0 })).total).toBe(1);
    });

    it('should schedule the meetings a pack lists as future dates, marked inferred, with their place in the source', async () => {
      const report = await importPaths(t.store, [PACK]);
      expect(report.totals).toMatchObject({ documents: 1, meetings: 1, scheduled: 3, unplaced: 0 });
      const db = dbOf(t.store);
      const meetings = await db
        .selectFrom('meetings')
        .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
        .select(['meetings.id', 'meetings.date', 'meetings.startTime', 'meetings.status', 'bodies.name'])
        .orderBy('meetings.date')
        .execute();
      expect(meetings.map((m) => [m.name, m.date, m.startTime, m.status])).toEqual([
        ['Licensing Committee', '2024-05-08', '14:00', 'agenda_published'],
        ['Licensing Committee', '2024-06-12', '14:00', 'scheduled'],
        ['Licensing Committee', '2024-07-10', '14:00', 'scheduled'],
        ['Licensing Committee', '2024-09-11', '14:00', 'scheduled'],
      ]);
      const text = fs.readFileSync(PACK, 'utf8');
      const june = meetings[1]!;
      const places = await db
        .selectFrom('provenance')
        .select(['field', 'startOffset', 'endOffset', 'inferred', 'documentId'])
        .where('subjectId', '=', june.id)
        .orderBy('field')
        .execute();
      expect(places.map((p) => [p.field, text.slice(p.startOffset, p.endOffset), p.inferred])).toEqual([
        ['date', 'Wednesday 12 June 2024', 1],
        ['startTime', '2.00 pm', 1],
      ]);
      expect(places[0]!.documentId).toBe(report.results[0]!.documentId);
      const before = await tableCounts(t);
      await importPaths(t.store, [PACK]);
      expect(await tableCounts(t)).toEqual(before);
    });

    it('should leave a meeting already recorded as it is when a list names its date', async () => {
      const minutes = path.join(dir, 'licensing-2024-06-12.txt');
      fs.writeFileSync(
        minutes,
        [
          'Harbourside District Council',
          'Minutes of the Licensing Committee',
          'held on Wednesday 12 June 2024 at 3.30 pm in Committee Room 1',
          '',
          'Present: Councillors Ada Brook (Chair) and Owen Hale',
          '',
          '1 Street trading policy',
          'RESOLVED that the revised street trading policy be adopted.',
          '',
        ].join('\n'),
      );
      await importPaths(t.store, [minutes]);
      const report = await importPaths(t.store, [PACK]);
      expect(report.totals.scheduled).toBe(2);
      const june = await dbOf(t.store)
        .selectFrom('meetings')
        .select(['startTime', 'status'])
        .where('date', '=', '2024-06-12')
        .executeTakeFirstOrThrow();
      expect(june).toEqual({ startTime: '15:30', status: 'minutes_draft' });
    });
  });
}
