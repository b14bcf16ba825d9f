import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START } from '../../../src/store/search/searchIndex.js';
import { searchSnippet } from '../../../src/store/search/searchSnippet.js';
import {
  acronymsOf,
  indexedTerms,
  indexedTitleTerms,
  queryTerms,
  termsOf,
} from '../../../src/store/search/searchTerms.js';

describe('search terms', () => {
  it('should fold accents and case, and stem English word forms to one term', () => {
    expect(termsOf('Môn CAFÉ Zoë')).toEqual(['mon', 'cafe', 'zoe']);
    expect(new Set(termsOf('flooding flooded floods'))).toEqual(new Set(['flood']));
    expect(termsOf('CAB.12 23/45')).toEqual(['cab', '12', '23', '45']);
  });

  it('should make terms of letters and digits only, so engines cannot split them again', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        for (const term of indexedTerms(text).split(' ').filter(Boolean)) expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
      }),
    );
  });

  it('should keep at most 32 distinct query terms', () => {
    expect(queryTerms(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' '))).toHaveLength(32);
    expect(queryTerms('wall walls WALL')).toEqual(['wall']);
  });
});

describe('searchSnippet', () => {
  it('should mark every matched word as written, whatever its form', () => {
    const snippet = searchSnippet('The sea walls at Northgate; the Wall repairs.', ['wall']);
    expect(snippet).toBe(
      `The sea ${MARK_START}walls${MARK_END} at Northgate; the ${MARK_START}Wall${MARK_END} repairs.`,
    );
  });

  it('should cut a long text around the first match, with ellipses where it was cut', () => {
    const words = Array.from({ length: 100 }, (_, i) => `word${i}`);
    words[60] = 'harbour';
    const snippet = searchSnippet(words.join(' '), ['harbour']);
    expect(snippet.startsWith('…word52 ')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain(`${MARK_START}harbour${MARK_END}`);
  });

  it('should start at the beginning when only the title matched', () => {
    expect(searchSnippet('Minutes of the meeting.', ['budget'])).toBe('Minutes of the meeting.');
    expect(searchSnippet('', ['budget'])).toBe('');
  });
});

describe('search terms of titles and queries', () => {
  it('should add the acronyms a title’s capitalised names make, linked by small words', () => {
    expect(acronymsOf('Special Educational Need and/or Disability')).toEqual(
      expect.arrayContaining(['SEN', 'SEND', 'END']),
    );
    expect(acronymsOf('Children and Young People with complex needs')).toEqual(['CYP']);
    // Capitals throughout count every word; an abbreviation or a number ends a run.
    expect(acronymsOf('CHILD AND ADOLESCENT MENTAL HEALTH SERVICES')).toContain('CAMHS');
    expect(acronymsOf('NHS Trust Board Report 2024')).toEqual(['TBR']);
    expect(acronymsOf('Budget: Capital Programme')).toEqual([]);
    expect(indexedTitleTerms('Special Educational Need and/or Disability').split(' ')).toContain('send');
  });

  it('should leave common words out of a query unless written in capitals or nothing else is asked', () => {
    expect(queryTerms('the youth offer')).toEqual(['youth', 'offer']);
    expect(queryTerms('IT strategy')).toEqual(['it', 'strategi']);
    expect(queryTerms('the')).toEqual(['the']);
    expect(queryTerms('S.E.N.D. report')).toEqual(['send', 'report']);
  });
});
