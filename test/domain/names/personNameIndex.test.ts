import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/domain/names/nameMatch.js';
import { PersonNameIndex } from '../../../src/domain/names/personNameIndex.js';
import type { Person } from '../../../src/domain/person.js';
import { namePairs } from './arbitraries.js';

function person(id: string, displayName: string, createdAt = '2024-01-01T00:00:00Z'): Person {
  return {
    id,
    slug: id,
    displayName,
    honorific: null,
    givenName: null,
    familyName: null,
    kind: 'councillor',
    mergedIntoId: null,
    createdAt,
  };
}

const candidateNames = (index: PersonNameIndex, id: string): string[] =>
  index.candidatesFor(id).map((c) => c.person.displayName);

describe('PersonNameIndex', () => {
  it('should offer every person a name could be matched with, whatever the slip', () => {
    // Blocking must never hide a match: any pair compareNames does not call different shares a key.
    fc.assert(
      fc.property(namePairs, ([a, b]) => {
        if (compareNames(a, b, { sameBody: true }).verdict === 'different') return;
        const index = new PersonNameIndex([person('a', a), person('b', b)]);
        expect(candidateNames(index, 'a')).toEqual([b]);
        expect(candidateNames(index, 'b')).toEqual([a]);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['Cheryl Barnard', 'Cheryl Barnand'],
    ['AJ Matsiko', 'AJ Matisko'],
    ['John Smith', 'John Smyth'],
    ['Jane Brown', "Jane O'Neill-Brown"],
    ['Councillor Gardiner', 'Sam Gardiner'],
    ['Sam Gardiner', 'Samuel Gardiner'],
  ])('should file %j and %j where one finds the other', (a, b) => {
    const index = new PersonNameIndex([person('a', a), person('b', b)]);
    expect(candidateNames(index, 'a')).toEqual([b]);
  });

  it('should leave out people whose family names cannot match, and those taken out', () => {
    const index = new PersonNameIndex([
      person('a', 'John Smith'),
      person('b', 'John Jones'),
      person('c', 'Jane Smith', '2023-01-01T00:00:00Z'),
      person('d', 'J Smith', '2022-01-01T00:00:00Z'),
    ]);
    // Oldest first: the earlier of two equally good matches is the one kept.
    expect(candidateNames(index, 'a')).toEqual(['J Smith', 'Jane Smith']);
    index.remove('d');
    expect(candidateNames(index, 'a')).toEqual(['Jane Smith']);
    expect(index.has('d')).toBe(false);
    expect(index.size).toBe(3);
    expect(candidateNames(index, 'b')).toEqual([]);
  });
});
