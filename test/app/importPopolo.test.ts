import { afterEach, beforeAll, beforeEach, afterAll, describe, expect, it } from 'vitest';
import { importPopolo, readPopoloImport } from '../../src/app/importPopolo.js';
import { popoloFormat } from '../../src/publish/popolo/popoloFormat.js';
import { dbOf } from '../../src/store/storeDb.js';
import { addExportFixture, exportText } from '../publish/exportFixtures.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';

const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

async function count(t: TestStore, table: 'bodies' | 'meetings' | 'people' | 'searchEntries'): Promise<number> {
  const row = await dbOf(t.store)
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: importPopolo`, () => {
    let source: TestStore;
    let target: TestStore;
    let exported: Record<string, unknown>;

    beforeAll(async () => {
      source = await testStore(dialect);
      await addExportFixture(source.store);
      exported = JSON.parse(await exportText(source.store, popoloFormat, { baseUrl: 'https://c.example' })) as Record<
        string,
        unknown
      >;
    });
    afterAll(async () => {
      await source?.drop();
    });
    beforeEach(async () => {
      target = await testStore(dialect);
    });
    afterEach(async () => {
      await target?.drop();
    });

    it('should load an export into an empty database, count what it loaded and index it for search', async () => {
      const counts = await importPopolo(target.store, readPopoloImport(encode(exported)));
      expect(counts).toMatchObject({ bodies: 2, meetings: 1, items: 3, recommendations: 1 });
      expect(await count(target, 'meetings')).toBe(1);
      expect(await count(target, 'searchEntries')).toBeGreaterThan(0);
      const [meeting] = await target.store.public.meetings.list({ limit: 5 });
      expect(meeting).toMatchObject({ date: '2025-03-12', isRemote: false });
    });

    it('should refuse a database that holds records as CONFLICT, leaving it unchanged', async () => {
      await importPopolo(target.store, readPopoloImport(encode(exported)));
      await expect(importPopolo(target.store, readPopoloImport(encode(exported)))).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringMatching(/already holds bodies/),
      });
      expect(await count(target, 'meetings')).toBe(1);
    });

    it('should leave nothing written when a row fails to load', async () => {
      const persons = exported.persons as unknown[];
      const twice = { ...exported, persons: [...persons, persons[0]] };
      await expect(importPopolo(target.store, readPopoloImport(encode(twice)))).rejects.toThrow();
      expect(await count(target, 'bodies')).toBe(0);
      expect(await count(target, 'people')).toBe(0);
    });
  });
}
