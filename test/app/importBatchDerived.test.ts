import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../src/app/importDocuments.js';
import { dbOf } from '../../src/store/storeDb.js';
import type { Store } from '../../src/store/store.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/minutes');

/**
 * Minutes of the same bodies at several meetings (a fixture with its years moved on), one
 * document that is the same meeting as another with a different text, and another body's meeting
 * on the same day as one of them: the derived records (search
 * index, inferred memberships) must come out of a batch of imports exactly as out of one import
 * per document, where they are rebuilt after each.
 */
function writeCorpus(dir: string): string[] {
  const templates = fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 6)
    .map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
  const files: string[] = [];
  const write = (text: string): void => {
    const file = path.join(dir, `doc-${String(files.length).padStart(3, '0')}.txt`);
    fs.writeFileSync(file, text);
    files.push(file);
  };
  for (const shift of [0, 1, 2])
    for (const t of templates) write(t.replace(/\b(20\d\d)\b/g, (y) => String(Number(y) + shift)));
  write(`${templates[0]}\n\nA line added to the minutes after they were first published.\n`);
  // Another body meeting on the same day: two meetings' entries share the day's order keys.
  write(templates[0]!.replaceAll('Ashcombe', 'Ashcombe Magna'));
  return files;
}

async function derived(store: Store) {
  const db = dbOf(store);
  return {
    memberships: await db.selectFrom('memberships').selectAll().orderBy('id').execute(),
    search: await db.selectFrom('searchEntries').selectAll().orderBy('orderKey').execute(),
    terms: await db.selectFrom('itemTerms').selectAll().orderBy('itemId').orderBy('term').execute(),
  };
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: derived records of a batch of imports`, () => {
    let batched: TestStore;
    let oneByOne: TestStore;
    let dir: string;
    let files: string[];
    beforeAll(async () => {
      [batched, oneByOne] = await Promise.all([testStore(dialect), testStore(dialect)]);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-derived-'));
      files = writeCorpus(dir);
    });
    afterAll(async () => {
      await batched?.drop();
      await oneByOne?.drop();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('should be the same as when each document is imported on its own', async () => {
      const together = await importPaths(batched.store, files);
      expect(together.totals).toMatchObject({ failed: 0, documents: files.length });
      for (const file of files) await importPaths(oneByOne.store, [file]);
      const [a, b] = await Promise.all([derived(batched.store), derived(oneByOne.store)]);
      expect(a.memberships.length).toBeGreaterThan(0);
      expect(a.memberships.some((m) => (m.meetings ?? 0) > 1)).toBe(true);
      expect(a.search.length).toBeGreaterThan(files.length);

      expect(a).toEqual(b);
    }, 120_000);
  });
}
