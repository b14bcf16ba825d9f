import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessPriority,
  DEFAULT_PRIORITISATION,
  keyForQuestion,
  PrioritisationSchema,
} from '../../../src/domain/workProgramme/prioritisation.js';

const keys = DEFAULT_PRIORITISATION.criteria.map((c) => c.key);

describe('prioritisation', () => {
  it('should score the protocol’s five questions out of 15, "already reviewed elsewhere" counting against', () => {
    const all = (score: number) => keys.map((criterion) => ({ criterion, score }));
    expect(assessPriority(DEFAULT_PRIORITISATION, all(3))).toMatchObject({ total: 12, max: 15, meetsThreshold: true });
    expect(assessPriority(DEFAULT_PRIORITISATION, all(0))).toMatchObject({ total: 3, meetsThreshold: false });
    expect(assessPriority(DEFAULT_PRIORITISATION, all(3).slice(0, 4))).toMatchObject({
      total: null,
      meetsThreshold: null,
      missing: ['elsewhere'],
    });
  });

  it('should keep every complete total within 0..max and meet the threshold exactly when the total reaches it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 5, maxLength: 5 }), (scores) => {
        const a = assessPriority(
          DEFAULT_PRIORITISATION,
          scores.map((score, i) => ({ criterion: keys[i]!, score })),
        );
        expect(a.total).not.toBeNull();
        expect(a.total!).toBeGreaterThanOrEqual(0);
        expect(a.total!).toBeLessThanOrEqual(a.max);
        expect(a.meetsThreshold).toBe(a.total! >= a.threshold);
      }),
    );
  });

  it('should refuse criteria a topic cannot satisfy or that share a key', () => {
    const c = { key: 'risk', question: 'Risk?', maxScore: 3, countsAgainst: false };
    expect(PrioritisationSchema.safeParse({ criteria: [c], threshold: 4 }).success).toBe(false);
    expect(PrioritisationSchema.safeParse({ criteria: [c, c], threshold: 1 }).success).toBe(false);
    expect(PrioritisationSchema.safeParse({ criteria: [c], threshold: 3 }).success).toBe(true);
    expect(PrioritisationSchema.safeParse(DEFAULT_PRIORITISATION).success).toBe(true);
  });

  it('should make a valid key from any question, numbered where a listed criterion has it', () => {
    expect(keyForQuestion('Is it timely?', new Set())).toBe('is_it_timely');
    expect(keyForQuestion('Is it timely?', new Set(['is_it_timely', 'is_it_timely_2']))).toBe('is_it_timely_3');
    expect(keyForQuestion('2027 budget?', new Set())).toBe('c_2027_budget');
    expect(keyForQuestion('¿¡!', new Set())).toBe('c');
    fc.assert(
      fc.property(fc.string(), fc.uniqueArray(fc.string()), (question, taken) => {
        const key = keyForQuestion(question, new Set(taken));
        expect(taken).not.toContain(key);
        expect(key).toMatch(/^[a-z][a-z0-9_]{0,39}$/);
      }),
    );
  });
});
