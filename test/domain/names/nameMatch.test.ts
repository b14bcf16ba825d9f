import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NameComparison, NameVerdict } from '../../../src/domain/names/nameMatch.js';
import { compareNames } from '../../../src/domain/names/nameMatch.js';
import { familyName, givenName, honorificPrefix, namePairs } from './arbitraries.js';

const BANDS: Record<NameVerdict, [number, number]> = {
  same: [0.95, 1],
  likely: [0.7, 0.94],
  possible: [0.4, 0.69],
  different: [0, 0.39],
};

function expectInBand(result: NameComparison): void {
  const [low, high] = BANDS[result.verdict];
  expect(result.score).toBeGreaterThanOrEqual(low);
  expect(result.score).toBeLessThanOrEqual(high);
}

describe(compareNames.name, () => {
  it.each<[string, string, boolean, NameVerdict[]]>([
    ['Sam Gardiner', 'Samuel Gardiner', false, ['likely', 'same']],
    ['Councillor Sam Gardiner', 'Councillor Samuel Gardiner', false, ['likely', 'same']],
    ['AJ Matsiko', 'AJ Matisko', false, ['likely']],
    ['Councillor AJ Matsiko', 'Cllr A.J. Matisko', false, ['likely']],
    ['Councillor Barnard', 'Councillor Cheryl Barnard', true, ['likely']],
    ['Councillor Barnard', 'Councillor Cheryl Barnard', false, ['possible']],
    ['John Smith', 'Jane Smith', false, ['different']],
    ['John Smith', 'Jane Smith', true, ['different']],
    ['J Smith', 'John Smith', false, ['likely']],
    ['Smith, John', 'JOHN SMITH', false, ['same']],
    ['Councillor Cheryl Barnard (Chair)', 'Cheryl Barnard', false, ['same']],
    ['John Smith', 'John Smyth', false, ['possible']],
    // Within one body a one-letter slip is more likely a typing or OCR error than a second John.
    ['John Smith', 'John Smyth', true, ['likely']],
    ['Cheryl Barnard', 'Cheryl Barnand', true, ['likely']],
    ['Mr J Smith', 'Mrs J Smith', true, ['different']],
    ['John A Smith', 'John B Smith', false, ['different']],
    ['John A Smith', 'John Andrew Smith', false, ['same']],
    ['Samuel Jones', 'Samantha Jones', false, ['different']],
    ['Katherine Hill', 'Catherine Hill', false, ['likely']],
    ["Jane O'Neill-Brown", 'Jane Brown', false, ['possible']],
    ['Councillor Barnard', 'Councillor Brown', true, ['different']],
    ['Councillor', 'Cheryl Barnard', true, ['different']],
  ])('should judge %j and %j (same body: %s) %j', (a, b, sameBody, verdicts) => {
    const result = compareNames(a, b, { sameBody });
    expect(verdicts).toContain(result.verdict);
    expectInBand(result);
  });

  it('should explain itself in sentences a clerk can check', () => {
    expect(compareNames('Sam Gardiner', 'Samuel Gardiner').evidence).toContain(
      'given names Sam/Samuel are short and long forms',
    );
    expect(compareNames('AJ Matsiko', 'AJ Matisko').evidence).toContain(
      'family names Matsiko/Matisko differ by one transposition',
    );
    expect(compareNames('Councillor Barnard', 'Cheryl Barnard', { sameBody: true }).evidence).toContain(
      "surname-only mention 'Councillor Barnard' matches 'Cheryl Barnard' within one body",
    );
    expect(compareNames('John Smith', 'Jane Smith').evidence).toContain('given names John/Jane differ');
  });

  it('should give the same verdict and score whichever name comes first', () => {
    fc.assert(
      fc.property(namePairs, fc.boolean(), ([a, b], sameBody) => {
        const ab = compareNames(a, b, { sameBody });
        const ba = compareNames(b, a, { sameBody });
        expect(ba.verdict).toBe(ab.verdict);
        expect(ba.score).toBe(ab.score);
        expectInBand(ab);
        expect(ab.evidence.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('should never be more sure outside a shared body than inside one', () => {
    fc.assert(
      fc.property(namePairs, ([a, b]) => {
        expect(compareNames(a, b, { sameBody: false }).score).toBeLessThanOrEqual(
          compareNames(a, b, { sameBody: true }).score,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('should find a full name the same as itself under any title', () => {
    fc.assert(
      fc.property(givenName, familyName, honorificPrefix, (given, family, title) => {
        expect(compareNames(`${given} ${family}`, `${title}${given} ${family}`).verdict).toBe('same');
      }),
    );
  });

  it('should never throw, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 30 }),
        fc.string({ unit: 'binary', maxLength: 30 }),
        (a, b) => {
          const result = compareNames(a, b, { sameBody: true });
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(1);
          expect(compareNames(b, a, { sameBody: true }).verdict).toBe(result.verdict);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
