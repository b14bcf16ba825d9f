import { describe, expect, it } from 'vitest';
import { fusedInitialPairs, fusedNamePairs, namesBeforePlaces } from '../../../src/ingest/minutes/fusedNames.js';

const pairs = (text: string, sizes = [4, 6]): string[] | null => fusedNamePairs(text.split(' '), sizes);

describe('fusedNamePairs', () => {
  it('should split runs of capitalised two-word names', () => {
    expect(pairs('Andy Dunn Janet Fitzgerald')).toEqual(['Andy Dunn', 'Janet Fitzgerald']);
    expect(pairs('Gary Holmes Sian McNeill Tom Hale')).toEqual(['Gary Holmes', 'Sian McNeill', 'Tom Hale']);
  });

  it('should keep words that may be one name whole', () => {
    expect(pairs('Deputy Reeve Joan Tremblay')).toBeNull();
    expect(pairs('Nina Hori Te Pa')).toBeNull();
    expect(pairs('A B Smith Jones')).toBeNull();
    expect(pairs('Gary Holmes Sian Jones Tom Hale', [4])).toBeNull();
  });
});

describe('fusedInitialPairs', () => {
  it('should split two initial-and-surname names a lost comma ran together', () => {
    expect(fusedInitialPairs('S Benbow-Jones M Hughes'.split(' '))).toEqual(['S Benbow-Jones', 'M Hughes']);
    expect(fusedInitialPairs('A. Hendry D McKendrick'.split(' '))).toEqual(['A. Hendry', 'D McKendrick']);
  });

  it('should keep names that are not two initial-and-surname pairs whole', () => {
    expect(fusedInitialPairs('J A B Smith'.split(' '))).toBeNull();
    expect(fusedInitialPairs('S Benbow Jones'.split(' '))).toBeNull();
    expect(fusedInitialPairs('K Mayor D Jones'.split(' '))).toBeNull();
  });
});

describe('namesBeforePlaces', () => {
  const placed = (text: string): string[] | null => namesBeforePlaces(text.split(' '));

  it('should read first name, surname and place run together as names without their places', () => {
    expect(placed('Jo Bloggs Elgrave Rob Hallam Lossby Mary Thewlis Burnhaven')).toEqual([
      'Jo Bloggs',
      'Rob Hallam',
      'Mary Thewlis',
    ]);
    expect(placed('Alan Reidford Hopefield Sue Pardoe Elgrave')).toEqual(['Alan Reidford', 'Sue Pardoe']);
  });

  it('should leave runs of first-and-last names, and of three-word names, to be read as they are', () => {
    expect(placed('Peter Argyle Eric Baird Duncan Bryden')).toBeNull();
    expect(placed('Mary Ann Hughes John Robert Brown')).toBeNull();
    expect(placed('Jo Bloggs Elgrave Rob Hallam')).toBeNull();
    expect(placed('Deputy Reeve Tremblay Jo Bloggs Elgrave')).toBeNull();
  });
});
