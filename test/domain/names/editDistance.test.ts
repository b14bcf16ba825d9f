import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, isAdjacentTransposition } from '../../../src/domain/names/editDistance.js';

/** Plain Levenshtein, written the textbook way: OSA is never more than it. */
function levenshtein(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const d = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
  }
  return d[s.length]![t.length]!;
}

/** Short strings over a small alphabet, so that repeats and swaps are common. */
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
const anyText = fc.string({ unit: 'binary', maxLength: 12 });

describe(editDistance.name, () => {
  it.each([
    ['Matsiko', 'Matisko', 1],
    ['Smith', 'Smyth', 1],
    ['Gardiner', 'Gardner', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
    ['ab', 'ba', 1],
    ['😀a', 'a😀', 1],
  ])('should put %s and %s %i apart', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('should be symmetric, zero exactly for equal strings, and bounded by the lengths', () => {
    fc.assert(
      fc.property(fc.oneof(word, anyText), fc.oneof(word, anyText), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a === b);
        const [la, lb] = [[...a].length, [...b].length];
        expect(d).toBeLessThanOrEqual(Math.max(la, lb));
        expect(d).toBeGreaterThanOrEqual(Math.abs(la - lb));
      }),
      { numRuns: 1000 },
    );
  });

  it('should never exceed Levenshtein, and undercut it by at most one per transposition', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const osa = editDistance(a, b);
        const lev = levenshtein(a, b);
        expect(osa).toBeLessThanOrEqual(lev);
        expect(lev).toBeLessThanOrEqual(2 * osa);
      }),
      { numRuns: 1000 },
    );
  });

  it('should count one swap of neighbouring letters as one edit', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 10 }), fc.nat(), (s, n) => {
        const chars = [...s];
        const i = n % (chars.length - 1);
        if (chars[i] === chars[i + 1]) return;
        [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
        const swapped = chars.join('');
        expect(editDistance(s, swapped)).toBe(1);
        expect(isAdjacentTransposition(s, swapped)).toBe(true);
      }),
    );
    expect(isAdjacentTransposition('Smith', 'Smyth')).toBe(false);
    expect(isAdjacentTransposition('abc', 'abc')).toBe(false);
  });
});
