import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/app/importDocuments.js';
import { exportArchive, type ExportRequest } from '../../../src/app/exportArchive.js';
import { findExportFormat } from '../../../src/publish/exportFormats.js';
import type { Store } from '../../../src/store/store.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { oparlErrors, typeNameOf } from './oparlSchemas.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';

/** The OParl export through the use case the CLI and the downloads call. */
async function writeOparl(
  store: Store,
  options: Omit<ExportRequest, 'format'>,
  out: NodeJS.WritableStream,
): Promise<void> {
  const archive = await exportArchive(store, { format: findExportFormat('oparl')!, ...options });
  await archive.write(out);
}

async function exportJson(t: TestStore, bodySlug?: string): Promise<Record<string, unknown>> {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  await writeOparl(t.store, { baseUrl: 'https://council.example', ...(bodySlug ? { bodySlug } : {}) }, out);
  return JSON.parse(chunks.join('')) as Record<string, unknown>;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: quorum export --format oparl`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
      await importPaths(t.store, [path.resolve('sample')]);
      const base = buildMeetingRecord();
      await recordMeeting(
        t.store,
        buildMeetingRecord({
          items: [...base.items, { minuteNumber: '44', title: 'SECRET-ITEM', isExempt: true, exemptParagraph: 3 }],
        }),
        { sourceDocumentId: null },
      );
    }, 120_000);
    afterAll(async () => {
      await t?.drop();
    });

    it('should write one JSON document of valid OParl objects, without exempt items', async () => {
      const doc = await exportJson(t);
      const meetings = doc.meeting as { type: string }[];
      const count = await dbOf(t.store)
        .selectFrom('meetings')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(meetings).toHaveLength(Number(count.n));
      for (const key of ['organization', 'person', 'meeting', 'paper', 'file'] as const) {
        for (const o of doc[key] as { type: string }[]) expect(oparlErrors(typeNameOf(o), o)).toEqual([]);
      }
      expect(oparlErrors('System', doc.system)).toEqual([]);
      expect(oparlErrors('Body', doc.body)).toEqual([]);
      expect(JSON.stringify(doc)).not.toContain('SECRET-');
      expect((doc.file as unknown[]).length).toBeGreaterThan(0);
    });

    it("should write only one body's meetings with --body", async () => {
      const slug = (
        await dbOf(t.store)
          .selectFrom('bodies')
          .select('slug')
          .where('name', 'like', 'Harbourside%')
          .executeTakeFirstOrThrow()
      ).slug;
      const doc = await exportJson(t, slug);
      expect(doc.organization as unknown[]).toHaveLength(1);
      expect(doc.meeting as unknown[]).toHaveLength(1);
      expect((doc.person as { name: string }[]).map((p) => p.name).sort()).toEqual([
        'Ada Lovelace',
        'Gus Patel',
        'Maya Chen',
        'Tom Brown',
      ]);
    });

    it('should refuse an unknown body as NOT_FOUND, writing nothing', async () => {
      const chunks: string[] = [];
      const out = new Writable({
        write(chunk, _enc, done) {
          chunks.push(String(chunk));
          done();
        },
      });
      await expect(
        writeOparl(t.store, { baseUrl: 'https://council.example', bodySlug: 'no-such-body' }, out),
      ).rejects.toMatchObject({ name: 'AppError', code: 'NOT_FOUND' });
      expect(chunks).toEqual([]);
    });
  });
}
