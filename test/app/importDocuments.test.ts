import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPaths } from '../../src/app/importDocuments.js';
import { countRecords } from '../../src/store/repositories/statsRepository.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';
import { dbOf } from '../../src/store/storeDb.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/import/westbrook-2025-01-14.txt');

for (const dialect of DIALECTS) {
  describe(`${dialect}: importPaths`, () => {
    let t: TestStore;
    let dir: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-import-'));
    });
    afterEach(async () => {
      await t?.drop();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('should store the meeting with provenance pointing at the words it was read from', async () => {
      const report = await importPaths(t.store, [FIXTURE]);
      expect(report.totals).toMatchObject({ documents: 1, failed: 0, meetings: 1 });
      const meeting = await dbOf(t.store)
        .selectFrom('meetings')
        .selectAll()
        .where('date', '=', '2025-01-14')
        .executeTakeFirstOrThrow();
      expect(meeting).toMatchObject({ date: '2025-01-14', startTime: '19:30' });
      const doc = await dbOf(t.store).selectFrom('documents').selectAll().executeTakeFirstOrThrow();
      const provenance = await dbOf(t.store)
        .selectFrom('provenance')
        .selectAll()
        .where('subjectId', '=', meeting.id)
        .where('field', '=', 'date')
        .executeTakeFirstOrThrow();
      expect(doc.text!.slice(provenance.startOffset, provenance.endOffset)).toContain('14 January 2025');
      const resolutions = await dbOf(t.store).selectFrom('resolutions').select('text').execute();
      expect(resolutions.map((r) => r.text).join('\n')).toContain('three quotations');
      const apologies = await dbOf(t.store)
        .selectFrom('attendance')
        .select(['reason'])
        .where('kind', '=', 'apologies')
        .execute();
      expect(apologies).toEqual([{ reason: 'holiday' }]);
    });

    it('should change nothing when the same document is imported again', async () => {
      await importPaths(t.store, [FIXTURE]);
      const before = await countRecords(dbOf(t.store));
      const again = await importPaths(t.store, [FIXTURE]);
      expect(again.results[0]).toMatchObject({ status: 'Skipped', reason: 'already imported (same content)' });
      expect(await countRecords(dbOf(t.store))).toEqual(before);
    });

    it('should let a newer version of a document replace what the older one said, keeping both', async () => {
      const file = path.join(dir, 'minutes.txt');
      fs.copyFileSync(FIXTURE, file);
      await importPaths(t.store, [file]);
      fs.writeFileSync(
        file,
        fs
          .readFileSync(FIXTURE, 'utf8')
          .replace(
            'Apologies: Councillor M Dunn (holiday)',
            'Apologies: Councillor M Dunn (holiday) and Councillor P Adeyemi (work)',
          )
          .replace(' and P Adeyemi', ''),
      );
      const report = await importPaths(t.store, [file]);
      expect(report.totals.documents).toBe(1);
      const docs = await dbOf(t.store)
        .selectFrom('documents')
        .select(['id', 'supersedesId'])
        .orderBy('importedAt')
        .execute();
      expect(docs).toHaveLength(2);
      expect(docs[1]!.supersedesId).toBe(docs[0]!.id);
      const reasons = await dbOf(t.store)
        .selectFrom('attendance')
        .select('reason')
        .where('kind', '=', 'apologies')
        .orderBy('reason')
        .execute();
      expect(reasons.map((r) => r.reason)).toEqual(['holiday', 'work']);
      // One meeting recorded, whatever the versions; and the next one the minutes name, scheduled.
      const meetings = await dbOf(t.store).selectFrom('meetings').select(['date', 'status']).orderBy('date').execute();
      expect(meetings).toEqual([
        { date: '2025-01-14', status: 'minutes_draft' },
        { date: '2025-02-11', status: 'scheduled' },
      ]);
    });

    it('should match names across the documents of one import, in one go or one by one alike', async () => {
      const template = fs.readFileSync(FIXTURE, 'utf8');
      const months = ['January', 'February', 'March'];
      const spellings = ['Councillor Samuel Whitfield', 'Councillor Sam Whitfield', 'Councillor Samuel Whitfeild'];
      const files = months.map((month, n) => {
        const file = path.join(dir, `westbrook-${n}.txt`);
        const text = template
          .replace('14 January 2025', `14 ${month} 2025`)
          .replace('Councillor M Dunn (holiday)', `${spellings[n]} (holiday)`);
        fs.writeFileSync(file, text);
        return file;
      });
      const matches = async (store: TestStore['store']): Promise<string[]> =>
        (await store.repos.merges.list(['pending', 'automatic']))
          .map((m) => `${m.mergedName} = ${m.keptName} (${m.status})`)
          .sort();
      expect((await importPaths(t.store, files)).totals.failed).toBe(0);
      const oneByOne = await testStore(dialect);
      try {
        for (const file of files) await importPaths(oneByOne.store, [file]);
        expect(await matches(t.store)).toEqual(await matches(oneByOne.store));
      } finally {
        await oneByOne.drop();
      }
      // The misspelling met in the last document is matched with the spelling of the first.
      expect((await matches(t.store)).some((m) => m.startsWith('Samuel Whitfeild = S Whitfield'))).toBe(true);
    });

    it('should name each bad file and its problem, and still import the good ones', async () => {
      const empty = path.join(dir, 'empty.txt');
      const garbage = path.join(dir, 'garbage.pdf');
      const truncated = path.join(dir, 'truncated.pdf');
      const noMeeting = path.join(dir, 'about.html');
      fs.writeFileSync(empty, '');
      fs.writeFileSync(garbage, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
      fs.writeFileSync(
        truncated,
        '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa',
      );
      fs.writeFileSync(
        noMeeting,
        '<html><head><title>About us</title></head><body><p>Our opening hours are 9 to 5.</p></body></html>',
      );
      const report = await importPaths(t.store, [
        empty,
        garbage,
        FIXTURE,
        truncated,
        noMeeting,
        path.join(dir, 'missing.pdf'),
      ]);
      const byFile = Object.fromEntries(report.results.map((r) => [path.basename(r.source), r]));
      expect(byFile['westbrook-2025-01-14.txt']!.status).toBe('Imported');
      // A readable page with no meeting in it is not bad input: it is kept, searchable, for review.
      expect(byFile['about.html']).toMatchObject({ status: 'Imported', unplaced: expect.stringMatching(/no meeting/) });
      for (const bad of ['empty.txt', 'garbage.pdf', 'truncated.pdf', 'missing.pdf']) {
        expect(byFile[bad]!.status, bad).toBe('Failed');
        expect(byFile[bad]!.reason, bad).toMatch(/\w/);
      }
      expect(byFile['empty.txt']!.reason).toMatch(/empty/i);
      expect(byFile['missing.pdf']!.reason).toMatch(/no such file/);
      expect(report.totals.failed).toBe(4);
      const counts = await countRecords(dbOf(t.store));
      expect(counts.documents).toBe(2);
      expect(counts.meetings).toBe(2);
    });
  });
}
