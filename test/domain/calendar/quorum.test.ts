import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isQuorate, quorumFor } from '../../../src/domain/calendar/quorum.js';

describe('quorum', () => {
  it.each([
    [12, 3],
    [13, 4],
    [16, 4],
    [8, 3],
    [0, 3],
    [40, 10],
  ])('should need %i members present of a body of %i by default', (size, quorum) => {
    expect(quorumFor(size)).toBe(quorum);
  });

  it('should not round a whole share up because of floating point', () => {
    expect(quorumFor(30, { fraction: 0.1, minimum: 0 })).toBe(3);
    expect(quorumFor(9, { fraction: 1 / 3, minimum: 0 })).toBe(3);
    expect(quorumFor(100, { fraction: 0.07, minimum: 0 })).toBe(7);
  });

  it('should be the smallest number that meets both the share and the minimum', () => {
    const rules = fc.record({
      fraction: fc.integer({ min: 1, max: 100 }).map((p) => p / 100),
      minimum: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), rules, (size, rule) => {
        const q = quorumFor(size, rule);
        const percent = Math.round(rule.fraction * 100);
        // Exact integer check: q / size >= percent / 100.
        expect(q * 100).toBeGreaterThanOrEqual(size * percent);
        expect(q).toBeGreaterThanOrEqual(rule.minimum);
        if (q > rule.minimum) expect((q - 1) * 100).toBeLessThan(size * percent);
        expect(quorumFor(size + 1, rule)).toBeGreaterThanOrEqual(q);
        expect(isQuorate(q, size, rule)).toBe(true);
        if (q > 0) expect(isQuorate(q - 1, size, rule)).toBe(false);
      }),
    );
  });

  it('should reject impossible inputs', () => {
    expect(() => quorumFor(-1)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
    expect(() => quorumFor(10, { fraction: 0, minimum: 3 })).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID' }),
    );
    expect(() => quorumFor(10, { fraction: 0.25, minimum: 1.5 })).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID' }),
    );
    expect(() => isQuorate(-2, 10)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
  });
});
