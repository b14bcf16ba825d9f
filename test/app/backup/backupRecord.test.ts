import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupWriter } from '../../../src/app/backup/backupFile.js';
import { backupRecord } from '../../../src/app/backup/backupRecord.js';
import { restoreRecord } from '../../../src/app/backup/restoreRecord.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { setSetting } from '../../../src/app/settings/setSetting.js';
import { readRecord, type BackupPart } from '../../../src/store/backup/recordBackup.js';
import type { Store } from '../../../src/store/store.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { createApp } from '../../../src/web/app.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, emptyTestStore, testStore, type TestStore } from '../../store/testStores.js';

const BYTES = Buffer.from([0, 1, 2, 255, 254, 10, 13, 0x25, 0x50, 0x44, 0x46]);

/** Every table's rows as sorted JSON, bytes as hex: what two databases must agree on. */
async function contents(store: Store): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  let columns: readonly string[] = [];
  let name = '';
  await readRecord(store, async (part: BackupPart) => {
    if (part.kind === 'table') {
      name = part.table.name;
      columns = part.table.columns;
      out[name] = [];
      return;
    }
    for (const row of part.rows) {
      const values = row.map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v));
      out[name]!.push(JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, values[i]]))));
    }
  });
  for (const rows of Object.values(out)) rows.sort();
  return out;
}

async function fill(store: Store): Promise<string> {
  const { meetingId } = await recordMeeting(store, buildMeetingRecord(), { sourceDocumentId: null });
  await setSetting(store, 'council_name', 'Harbourside Borough Council');
  const db = dbOf(store);
  await db.insertInto('documentBlobs').values({ contentHash: 'test-bytes', bytes: BYTES }).execute();
  // A merged person refers to the person kept: a row that points into its own table.
  const people = await db.selectFrom('people').select('id').orderBy('id').execute();
  await db.updateTable('people').set({ mergedIntoId: people[0]!.id }).where('id', '=', people[1]!.id).execute();
  return meetingId;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let fileNumber = 0;
const newFile = (): string => path.join(dir, `backup-${++fileNumber}.quorum.gz`);

for (const from of DIALECTS) {
  describe(`${from}: backup`, () => {
    let source: TestStore;
    let meetingId: string;
    let file: string;
    beforeAll(async () => {
      source = await testStore(from);
      meetingId = await fill(source.store);
      file = newFile();
      const report = await backupRecord(source.store, file);
      expect(report.rows).toBeGreaterThan(20);
    });
    afterAll(async () => {
      await source?.drop();
    });

    for (const to of DIALECTS) {
      it(`should restore into an empty ${to} database the same record, bytes included, and the same pages`, async () => {
        const target = await emptyTestStore(to);
        try {
          const report = await restoreRecord(target.store, file);
          expect(report.from).toBe(from);
          expect(await contents(target.store)).toEqual(await contents(source.store));
          const page = `/meetings/${meetingId}`;
          const want = await (await createApp(source.store, { today: () => '2025-05-01' }).request(page)).text();
          const got = await (await createApp(target.store, { today: () => '2025-05-01' }).request(page)).text();
          expect(got).toBe(want);
          expect(got).toContain('Harbourside Borough Council');
          // The restored database takes new records (identity columns continue after the restored ids).
          await recordMeeting(target.store, buildMeetingRecord({ date: '2025-04-09' }), { sourceDocumentId: null });
        } finally {
          await target.drop();
        }
      });
    }

    it('should refuse a database that holds records unless forced, and then replace them', async () => {
      const target = await testStore(from);
      try {
        await recordMeeting(target.store, buildMeetingRecord({ body: { name: 'Licensing Committee' } }), {
          sourceDocumentId: null,
        });
        await expect(restoreRecord(target.store, file)).rejects.toThrow(/not empty.*--force/);
        await restoreRecord(target.store, file, { force: true });
        expect(await contents(target.store)).toEqual(await contents(source.store));
      } finally {
        await target.drop();
      }
    });

    it('should change nothing when a row cannot be loaded (one transaction)', async () => {
      const target = await testStore(from);
      try {
        await recordMeeting(target.store, buildMeetingRecord({ body: { name: 'Licensing Committee' } }), {
          sourceDocumentId: null,
        });
        const before = await contents(target.store);
        // A backup whose settings hold the same key twice: the second row breaks the primary key.
        const bad = newFile();
        const writer = new BackupWriter(bad, { dialect: from, migrations: await schemaOf(source.store) });
        await writer.write({
          kind: 'table',
          table: { name: 'settings', columns: ['key', 'value'], selfReferences: [] },
        });
        await writer.write({
          kind: 'rows',
          rows: [
            ['council_name', 'A'],
            ['council_name', 'B'],
          ],
        });
        await writer.finish();
        await expect(restoreRecord(target.store, bad, { force: true })).rejects.toThrow();
        expect(await contents(target.store)).toEqual(before);
      } finally {
        await target.drop();
      }
    });

    it('should refuse a backup from a newer Quorum and a damaged file, each naming the file', async () => {
      const target = await emptyTestStore(from);
      try {
        const newer = newFile();
        const writer = new BackupWriter(newer, { dialect: from, migrations: ['0001-initial', '9999-from-the-future'] });
        await writer.finish();
        await expect(restoreRecord(target.store, newer)).rejects.toThrow(/newer than this Quorum knows/);
        const damaged = newFile();
        const zlib = await import('node:zlib');
        const text = zlib
          .gunzipSync(fs.readFileSync(file))
          .toString()
          .replace('Harbourside Borough', 'Harbourside Burgh');
        fs.writeFileSync(damaged, zlib.gzipSync(text));
        await expect(restoreRecord(target.store, damaged)).rejects.toThrow(`${damaged}: checksum does not match`);
        const cut = newFile();
        fs.writeFileSync(cut, zlib.gzipSync(text.split('\n').slice(0, 5).join('\n')));
        await expect(restoreRecord(target.store, cut)).rejects.toThrow(/cut short/);
        expect((await dbOf(target.store).introspection.getTables()).map((t) => t.name)).not.toContain('meetings');
      } finally {
        await target.drop();
      }
    });
  });
}

async function schemaOf(store: Store): Promise<string[]> {
  const { schemaStatus } = await import('../../../src/store/migrate.js');
  return [...(await schemaStatus(store)).applied];
}
