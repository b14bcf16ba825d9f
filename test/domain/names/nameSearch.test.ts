import { describe, expect, it } from 'vitest';
import { matchNameQuery, nameQueryWords } from '../../../src/domain/names/nameSearch.js';

describe('matchNameQuery', () => {
  it('should find a person by either name, as written or with one slip in a longer word', () => {
    expect(matchNameQuery('Barnard', 'Cheryl Barnard')).toEqual({ score: 0.9, respelt: false });
    expect(matchNameQuery('cheryl', 'Councillor Cheryl Barnard (Chair)')).toEqual({ score: 0.9, respelt: false });
    expect(matchNameQuery('Barnrd', 'Cheryl Barnard')?.respelt).toBe(true);
    expect(matchNameQuery('Matisko', 'AJ Matsiko')?.respelt).toBe(true);
    // Short words forgive nothing: "Bar" is not "Barr".
    expect(matchNameQuery('Bar', 'Ailsa Barr')).toBeNull();
    expect(matchNameQuery('planning', 'Sam Gardiner')).toBeNull();
  });

  it('should compare a whole name as the importer does: short forms yes, another given name no', () => {
    expect(matchNameQuery('Samuel Gardiner', 'Sam Gardiner')).not.toBeNull();
    expect(matchNameQuery('Cheryl Barnad', 'Cheryl Barnard')?.respelt).toBe(true);
    expect(matchNameQuery('John Barnard', 'Cheryl Barnard')).toBeNull();
  });

  it('should take at most four words of three letters or more as name words', () => {
    expect(nameQueryWords('Cllr J. Smith of the Wirral and Cheshire')).toEqual(['cllr', 'smith', 'the', 'wirral']);
  });
});
