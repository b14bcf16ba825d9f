import { describe, expect, it } from 'vitest';
import { distinctiveWords, interestPrompts } from '../../../src/domain/interests/interestPrompts.js';

const entries = [
  { id: 'e1', personId: 'ada', description: 'Land at 14 Mill Road, Harbourside (home)' },
  { id: 'e2', personId: 'tom', description: 'Director of Harbourside Ferries Ltd' },
  { id: 'e3', personId: 'tom', description: 'Governor of Northgate Primary School' },
];

describe('prompts from register entries', () => {
  it('should match an entry to an item sharing a distinctive word, and say which words', () => {
    const prompts = interestPrompts(
      [
        { id: 'i1', title: 'Mill Road regeneration scheme' },
        { id: 'i2', title: 'Ferry services contract renewal', description: 'Report on the Harbourside Ferries tender' },
        { id: 'i3', title: 'Northgate primary schools: admissions' },
      ],
      entries,
    );
    expect(prompts).toEqual([
      { itemId: 'i1', personId: 'ada', entryId: 'e1', words: ['mill'] },
      { itemId: 'i2', personId: 'ada', entryId: 'e1', words: ['harbourside'] },
      { itemId: 'i2', personId: 'tom', entryId: 'e2', words: ['harbourside', 'ferries'] },
      { itemId: 'i3', personId: 'tom', entryId: 'e3', words: ['northgate', 'primary', 'school'] },
    ]);
  });

  it('should not prompt on words every agenda and register share', () => {
    expect(
      interestPrompts(
        [{ id: 'i1', title: 'Annual report of the Council and its committees: road and street policy update' }],
        [{ id: 'e', personId: 'p', description: 'Member of the Council’s Road Safety Committee, director, Ltd' }],
      ),
    ).toEqual([]);
    expect([...distinctiveWords('The Schools and the school, ferries, Ferry'), ...distinctiveWords('Glass')]).toEqual([
      ['school', 'schools'],
      ['ferry', 'ferries'],
      ['glass', 'glass'],
    ]);
  });
});
