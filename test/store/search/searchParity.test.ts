import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertInBatches } from '../../../src/store/repositories/insertInBatches.js';
import { searchEntryRows } from '../../../src/store/search/searchEntryRow.js';
import { searchFor } from '../../../src/store/search/searchFor.js';
import { SEARCH_KINDS, type SearchEntry, type SearchQuery } from '../../../src/store/search/searchIndex.js';
import { DIALECTS, testStore, type TestStore } from '../testStores.js';
import { dbOf } from '../../../src/store/storeDb.js';

/*
 * The same archive in SQLite and PostgreSQL, and random queries over it: the two engines must give
 * the same total, the same hits in the same order and the same snippets. The vocabulary mixes
 * English (stemmed), Welsh and other accented words, digits and minute references, and dates
 * repeat so that ties in the ordering are common.
 */
const VOCABULARY = [
  'children',
  "children's",
  'services',
  'service',
  'improvement',
  'improving',
  'housing',
  'houses',
  'budget',
  'budgets',
  'scrutiny',
  'panel',
  'recommendation',
  'recommendations',
  'recommended',
  'flood',
  'flooding',
  'defence',
  'harbour',
  'wall',
  'walls',
  'Cyngor',
  'Sir',
  'Ynys',
  'Môn',
  'Pwyllgor',
  'café',
  'naïve',
  'Zoë',
  'Łódź',
  'straße',
  'CAB.12',
  '23/45',
  '2024',
  'Q3',
  'A38',
  'the',
  'and',
  'of',
  'to',
  'licence',
  'licensing',
  'trading',
  'Northgate',
  'sea',
  'repairs',
  'Ofsted',
  'SEND',
];
const DATES = ['2021-06-14', '2022-01-17', '2022-01-17', '2023-03-12', '2024-03-12', '2024-03-12', '2025-11-02'];
const BODIES = ['body-a', 'body-b', 'body-c'];

function archive(): SearchEntry[] {
  const random = fc.sample(
    fc.record({
      kind: fc.constantFrom(...SEARCH_KINDS),
      title: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 5 }),
      content: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 0, maxLength: 40 }),
      // Undated entries too (documents whose meeting could not be placed): listed after the dated ones.
      date: fc.constantFrom<string | null>(...DATES, null),
      body: fc.constantFrom(...BODIES),
    }),
    { numRuns: 400, seed: 20261130 },
  );
  // Ids in mixed case and with punctuation: byte order and a language collation disagree on them.
  return random.map((r, n) => ({
    id: `${n % 3 === 0 ? 'A' : n % 3 === 1 ? 'b' : '_'}${n.toString(36)}-${n}`,
    kind: r.kind,
    subjectId: `s${n}`,
    meetingId: `m${n % 40}`,
    bodyId: r.body,
    date: r.date,
    title: r.title.join(' '),
    content: r.content.join(n % 2 ? ' ' : ', '),
  }));
}

const hasBoth = DIALECTS.includes('sqlite') && DIALECTS.includes('postgres');

describe.skipIf(!hasBoth)('search on SQLite and PostgreSQL', () => {
  let sqlite: TestStore;
  let postgres: TestStore;
  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([testStore('sqlite'), testStore('postgres')]);
    const entries = archive();
    await insertInBatches(dbOf(sqlite.store), 'searchEntries', await searchEntryRows(dbOf(sqlite.store), entries));
    await insertInBatches(dbOf(postgres.store), 'searchEntries', await searchEntryRows(dbOf(postgres.store), entries));
  });
  afterAll(async () => {
    await Promise.all([sqlite?.drop(), postgres?.drop()]);
  });

  const both = async (query: SearchQuery) =>
    Promise.all([
      searchFor('sqlite').search(dbOf(sqlite.store), query),
      searchFor('postgres').search(dbOf(postgres.store), query),
    ]);

  it('should give the same results in the same order for any query, filter and page', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...VOCABULARY, 'CHILDREN', 'Mon', 'cafe', 'lodz', 'nothinglikethis'), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.option(fc.constantFrom(...BODIES), { nil: null }),
        fc.option(fc.constantFrom(...DATES), { nil: null }),
        fc.option(fc.constantFrom(...DATES), { nil: null }),
        fc.option(fc.constantFrom(...SEARCH_KINDS), { nil: null }),
        fc.integer({ min: 0, max: 3 }),
        async (words, bodyId, from, to, kind, page) => {
          const query = { text: words.join(' '), bodyId, from, to, kind, limit: 7, offset: page * 7 };
          const [a, b] = await both(query);
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 150, seed: 5 },
    );
  });

  it('should match across accents, case and English word forms, on both engines alike', async () => {
    for (const [query, variant] of [
      ['Môn', 'mon'],
      ['CAFÉ', 'cafe'],
      ['flooding', 'flooded'],
      ['recommendations', 'recommendation'],
    ] as const) {
      const [a] = await both({ text: query, limit: 50, offset: 0 });
      const [b] = await both({ text: variant, limit: 50, offset: 0 });
      expect(a.total).toBeGreaterThan(0);
      expect(b.hits.map((h) => h.subjectId)).toEqual(a.hits.map((h) => h.subjectId));
    }
  });

  it('should put title matches first, then the newest, and page without overlap', async () => {
    const [all] = await both({ text: 'housing', limit: 1000, offset: 0 });
    expect(all.total).toBe(all.hits.length);
    const inTitle = all.hits.map((h) => /hous/i.test(h.title));
    expect(inTitle.indexOf(false) === -1 || inTitle.lastIndexOf(true) < inTitle.indexOf(false)).toBe(true);
    const paged = [];
    for (let offset = 0; offset < all.total; offset += 9)
      paged.push(...(await both({ text: 'housing', limit: 9, offset }))[1].hits);
    expect(paged.map((h) => h.subjectId)).toEqual(all.hits.map((h) => h.subjectId));
  });
});
