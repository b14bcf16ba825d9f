import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/app/importDocuments.js';
import { importPopolo, readPopoloImport } from '../../../src/app/importPopolo.js';
import { popoloFormat } from '../../../src/publish/popolo/popoloFormat.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { createApp } from '../../../src/web/app.js';
import { exportText } from '../../publish/exportFixtures.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

/** Our own prose minutes of one meeting: two "RESOLVED that ..." and no items. */
const FIXTURE = fileURLToPath(
  new URL('../../fixtures/meetingResolutions/wrenfield-parish-2025-06-10.txt', import.meta.url),
);

async function ownResolutions(t: TestStore) {
  return dbOf(t.store)
    .selectFrom('resolutions')
    .select(['id', 'meetingId', 'itemId', 'position', 'text', 'isFormal', 'sourceDocumentId'])
    .where('itemId', 'is', null)
    .orderBy('position')
    .execute();
}

async function provenanceOf(t: TestStore, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return dbOf(t.store)
    .selectFrom('provenance')
    .select(['subjectId', 'documentId', 'startOffset', 'endOffset'])
    .where('subjectKind', '=', 'resolution')
    .where('subjectId', 'in', [...ids])
    .execute();
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: a meeting's own resolutions, imported`, () => {
    let t: TestStore;
    let dir: string;
    let file: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quorum-own-resolutions-'));
      file = path.join(dir, 'wrenfield.txt');
      await fs.copyFile(FIXTURE, file);
      const report = await importPaths(t.store, [file]);
      expect(report.results.map((r) => r.unplaced)).toEqual([null]);
    });
    afterEach(async () => {
      await t?.drop();
      await fs.rm(dir, { recursive: true, force: true });
    });

    it('should store them as rows of the meeting, without an item, each with the place it was read', async () => {
      const rows = await ownResolutions(t);
      expect(rows.map((r) => r.text)).toEqual([
        'that the clerk obtain three quotes for a new <b>bus shelter</b> & report back in July.',
        'that the annual governance statement be approved and signed by the Chair.',
      ]);
      expect(rows.map((r) => r.position)).toEqual([1, 2]);
      expect(new Set(rows.map((r) => r.meetingId)).size).toBe(1);
      expect(rows.every((r) => r.isFormal === 1 && r.sourceDocumentId !== null)).toBe(true);
      const text = await fs.readFile(FIXTURE, 'utf8');
      const marks = await provenanceOf(
        t,
        rows.map((r) => r.id),
      );
      expect(marks).toHaveLength(2);
      for (const m of marks) expect(text.slice(m.startOffset, m.endOffset)).toMatch(/that the (clerk|annual)/);
    });

    it('should not duplicate them when the same bytes are imported again', async () => {
      const before = await ownResolutions(t);
      await importPaths(t.store, [file]);
      expect(await ownResolutions(t)).toEqual(before);
    });

    it('should replace them, and their provenance, when a newer version of the document is imported', async () => {
      const before = await ownResolutions(t);
      const changed = (await fs.readFile(FIXTURE, 'utf8')).replace(
        'RESOLVED that the annual governance statement be approved and signed by the Chair.',
        'RESOLVED that the precept for 2026/27 be set at £18,500.',
      );
      await fs.writeFile(file, changed);
      const report = await importPaths(t.store, [file]);
      expect(report.results.map((r) => r.unplaced)).toEqual([null]);
      const after = await ownResolutions(t);
      expect(after.map((r) => r.text)).toEqual([
        'that the clerk obtain three quotes for a new <b>bus shelter</b> & report back in July.',
        'that the precept for 2026/27 be set at £18,500.',
      ]);
      expect(
        await provenanceOf(
          t,
          before.map((r) => r.id).filter((id) => !after.some((a) => a.id === id)),
        ),
      ).toEqual([]);
      expect(
        await provenanceOf(
          t,
          after.map((r) => r.id),
        ),
      ).toHaveLength(2);
    });

    it('should go with the meeting when the meeting is deleted', async () => {
      const [first] = await ownResolutions(t);
      await dbOf(t.store).deleteFrom('meetings').where('id', '=', first!.meetingId).execute();
      expect(await ownResolutions(t)).toEqual([]);
    });

    it('should be found by search, linking to their row on the meeting page', async () => {
      const page = await t.store.public.search.search({ text: 'governance statement', limit: 10, offset: 0 });
      const hit = page.hits.find((h) => h.kind === 'resolution');
      expect(hit).toBeDefined();
      const [, second] = await ownResolutions(t);
      expect(hit!.subjectId).toBe(second!.id);
      const html = await (await createApp(t.store).request('/search?q=governance+statement')).text();
      expect(html).toContain(`/meetings/${second!.meetingId}#resolution-${second!.id}`);
    });

    it('should be in the JSON API meeting detail with their source', async () => {
      const [first] = await ownResolutions(t);
      const response = await createApp(t.store).request(`/api/v1/meetings/${first!.meetingId}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { resolutions: { id: string; text: string; source: unknown }[] };
      expect(body.resolutions.map((r) => r.text)).toEqual([
        'that the clerk obtain three quotes for a new <b>bus shelter</b> & report back in July.',
        'that the annual governance statement be approved and signed by the Chair.',
      ]);
      expect(body.resolutions[0]!.id).toBe(first!.id);
      expect(body.resolutions.every((r) => r.source !== null)).toBe(true);
    });

    it('should go out in the Popolo export as motions of the meeting, and come back with import-popolo', async () => {
      const rows = await ownResolutions(t);
      const exported = JSON.parse(await exportText(t.store, popoloFormat, { baseUrl: 'https://c.example' })) as {
        motions: { id: string; legislative_session_id: string; 'quorum:item_id': string | null }[];
      };
      const motions = exported.motions.filter((m) => rows.some((r) => r.id === m.id));
      expect(motions).toHaveLength(2);
      expect(
        motions.every((m) => m['quorum:item_id'] === null && m.legislative_session_id === rows[0]!.meetingId),
      ).toBe(true);
      const target = await testStore(dialect);
      try {
        await importPopolo(target.store, readPopoloImport(new TextEncoder().encode(JSON.stringify(exported))));
        expect(await ownResolutions(target)).toEqual(rows);
      } finally {
        await target.drop();
      }
    });
  });
}
