import { describe, expect, it } from 'vitest';
import { Pagination, pageEntries } from '../../../src/web/pages/pagination.js';

describe('GOV.UK pagination', () => {
  it.each([
    [1, 1, []],
    [1, 2, [1, 2]],
    [1, 5, [1, 2, 'ellipsis', 5]],
    [3, 5, [1, 2, 3, 4, 5]],
    [5, 10, [1, 'ellipsis', 4, 5, 6, 'ellipsis', 10]],
    [10, 10, [1, 'ellipsis', 9, 10]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  ])('should show page %i of %i as %j', (current, total, entries) => {
    expect(pageEntries(current, total)).toEqual(entries);
  });

  it.each([
    [1, 51, [1, 2, 'ellipsis']],
    [3, 51, [1, 2, 3, 4, 'ellipsis']],
    [51, 52, [1, 'ellipsis', 50, 51, 52, 'ellipsis']],
  ])('should show page %i of at least %i pages without a last page', (current, total, entries) => {
    expect(pageEntries(current, total, true)).toEqual(entries);
  });

  it('should mark the current page and link the previous and next pages', async () => {
    const html = String(await Pagination({ current: 2, total: 3, href: (p) => `/search?q=a&page=${p}` }));
    expect(html).toContain('<a class="govuk-link govuk-pagination__link" href="/search?q=a&amp;page=1" rel="prev">');
    expect(html).toContain('rel="next"');
    expect(html).toMatch(/aria-label="Page 2" aria-current="page"/);
    expect(String(await Pagination({ current: 1, total: 1, href: String }))).toBe('');
  });
});
