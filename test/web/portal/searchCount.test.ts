import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertInBatches } from '../../../src/store/repositories/insertInBatches.js';
import { searchEntryRows } from '../../../src/store/search/searchEntryRow.js';
import { COUNT_LIMIT, type SearchEntry } from '../../../src/store/search/searchIndex.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { createApp } from '../../../src/web/app.js';
import { resultCount } from '../../../src/web/portal/searchPage.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

/** Past COUNT_LIMIT matches the search page and the API say that the total is a lower bound, and still page on. */
const ENTRIES = COUNT_LIMIT + 30;

function entries(): SearchEntry[] {
  return Array.from({ length: ENTRIES }, (_, n) => ({
    id: `e${n}`,
    kind: 'item',
    subjectId: `s${n}`,
    meetingId: null,
    bodyId: null,
    date: new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10),
    title: `Item ${n}`,
    content: `Minutes about the harbour, entry ${n}.`,
  }));
}

describe('the count of search results', () => {
  it('should say "More than" a total that is a lower bound', () => {
    expect(resultCount({ total: 1, moreThanTotal: false })).toBe('1 result');
    expect(resultCount({ total: 1030, moreThanTotal: false })).toBe('1,030 results');
    expect(resultCount({ total: 1000, moreThanTotal: true })).toBe('More than 1,000 results');
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: a search matching more than can be counted cheaply`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    beforeAll(async () => {
      t = await testStore(dialect);
      const db = dbOf(t.store);
      await insertInBatches(db, 'searchEntries', await searchEntryRows(db, entries()));
      app = createApp(t.store, { renderCache: false });
    });
    afterAll(async () => {
      await t?.drop();
    });
    const page = async (n: number) => (await app.request(`/search?q=harbour&page=${n}`)).text();

    it('should say "More than 1,000 results" and page on without claiming a last page', async () => {
      const first = await page(1);
      expect(first).toContain('More than 1,000 results');
      expect(first).toContain('aria-label="Page 2"');
      expect(first).not.toContain('aria-label="Page 51"');
      expect(first).toContain('rel="next"');
      const deep = await page(51);
      expect(deep).toContain('More than 1,020 results');
      expect(deep).toContain('rel="next"');
      const last = await page(52);
      expect(last).toContain('1,030 results');
      expect(last).not.toContain('rel="next"');
      expect(last).toContain('<ol class="govuk-list search-results" start="1021">');
    });

    it('should mark the API page total as a lower bound, with a next page', async () => {
      const body = (await (await app.request('/api/v1/search?q=harbour&per_page=100&page=10')).json()) as {
        page: { total: number; total_is_lower_bound?: boolean; next: string | null };
      };
      expect(body.page).toMatchObject({ total: COUNT_LIMIT, total_is_lower_bound: true });
      expect(body.page.next).not.toBeNull();
      const last = (await (await app.request('/api/v1/search?q=harbour&per_page=100&page=11')).json()) as {
        page: { total: number; total_is_lower_bound?: boolean; next: string | null };
      };
      expect(last.page).toMatchObject({ total: ENTRIES, next: null });
      expect(last.page.total_is_lower_bound).toBeUndefined();
    });
  });
}
