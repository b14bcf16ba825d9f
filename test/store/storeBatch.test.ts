import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, testStore, type TestStore } from './testStores.js';

const encoder = new TextEncoder();

function documentOf(text: string) {
  return {
    bytes: encoder.encode(text),
    mediaType: 'text/plain' as const,
    origin: `${text}.txt`,
    title: null,
    text,
    pageStarts: [0],
  };
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: Store.batch`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await testStore(dialect);
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should forget a body kept for the batch when the unit that created it is rolled back', async () => {
      const now = '2026-01-01T00:00:00.000Z';
      const results = await t.store.batch(async (batch) => [
        await batch.attempt(async (repos) => {
          await repos.bodies.ensure('Kept Committee', undefined, now);
          await repos.bodies.ensure('Ghost Committee', undefined, now);
          throw new Error('this unit fails after creating a body');
        }),
        await batch.attempt(async (repos) => ({
          ghost: await repos.bodies.findBySlug('ghost-committee'),
          kept: (await repos.bodies.ensure('Kept Committee', undefined, now)).slug,
        })),
        await batch.attempt(async (repos) => (await repos.bodies.findBySlug('kept-committee'))?.name),
      ]);
      expect(results.map((r) => r.ok)).toEqual([false, true, true]);
      expect(results[1]!.ok && results[1]!.value).toEqual({ ghost: undefined, kept: 'kept-committee' });
      expect(results[2]!.ok && results[2]!.value).toBe('Kept Committee');
      expect(await t.store.repos.bodies.findBySlug('ghost-committee')).toBeUndefined();
      expect((await t.store.repos.bodies.findBySlug('kept-committee'))?.name).toBe('Kept Committee');
    });

    it('should undo a failing unit alone and commit the others together', async () => {
      const before = await t.store.repos.stats.count();
      const results = await t.store.batch(async (batch) => [
        await batch.attempt((repos) => repos.documents.store(documentOf('first unit'))),
        await batch.attempt(async (repos) => {
          await repos.documents.store(documentOf('failing unit'));
          throw new Error('this unit fails after writing');
        }),
        await batch.attempt((repos) => repos.documents.store(documentOf('third unit'))),
      ]);
      expect(results.map((r) => r.ok)).toEqual([true, false, true]);
      expect(results[1]!.ok ? null : (results[1]!.error as Error).message).toBe('this unit fails after writing');
      const after = await t.store.repos.stats.count();
      expect(after.documents - before.documents).toBe(2);
    });

    it('should store nothing of the batch when the work around the units throws', async () => {
      const before = await t.store.repos.stats.count();
      await expect(
        t.store.batch(async (batch) => {
          await batch.attempt((repos) => repos.documents.store(documentOf('stored then undone')));
          throw new Error('the batch fails');
        }),
      ).rejects.toThrow('the batch fails');
      const after = await t.store.repos.stats.count();
      expect(after.documents).toBe(before.documents);
    });
  });
}
