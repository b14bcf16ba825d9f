import { describe, expect, it } from 'vitest';
import { assignNumbers, publicationKind, shownNumbers, standardEntries } from '../../src/domain/agenda.js';

const n = (...numbers: (string | null)[]) => numbers.map((number) => ({ number }));

describe('agenda numbers', () => {
  it('should number a first agenda by place', () => {
    expect(assignNumbers(n(null, null, null))).toEqual(['1', '2', '3']);
    expect(shownNumbers(n(null, null))).toEqual(['1', '2']);
  });

  it('should never renumber published items: new ones at the end take the next numbers', () => {
    expect(assignNumbers(n('1', '2', '3', null, null))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('should give an item added between published ones the number before it with a letter', () => {
    expect(assignNumbers(n('1', '2', null, null, '3'))).toEqual(['1', '2', '2A', '2B', '3']);
    expect(assignNumbers(n('1', '2', '2A', null, '3'))).toEqual(['1', '2', '2A', '2B', '3']);
  });

  it('should keep numbers where published items were moved or removed', () => {
    expect(assignNumbers(n('2', '1', '4', null))).toEqual(['2', '1', '4', '5']);
  });
});

describe('agenda rules', () => {
  it('should open with the standard items, and a scrutiny body adds its work programme', () => {
    expect(standardEntries(false).map((e) => e.standardKind)).toEqual(['apologies', 'declarations', 'minutes']);
    expect(standardEntries(true).map((e) => e.standardKind)).toContain('work_programme');
  });

  it('should tell a first publication, a supplement and a revision apart', () => {
    expect(publicationKind(0, [{ publishedIn: null }])).toBe('agenda');
    expect(publicationKind(1, [{ publishedIn: 1 }, { publishedIn: null }])).toBe('supplementary');
    expect(publicationKind(1, [{ publishedIn: 1 }])).toBe('revised');
  });
});
