import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topicMatch, topicTerms } from '../../src/domain/topicTerms.js';

const flat = (): number => 1;

describe('topicTerms', () => {
  it('should keep the subject words and drop procedure, numbers and possessives', () => {
    expect(topicTerms("Children's Services Improvement Report 2023/24")).toEqual([
      'children',
      'service',
      'improvement',
    ]);
    expect(topicTerms('Verbal update from the Portfolio Holder')).toEqual([]);
  });

  it('should follow a topic whose title changed between meetings', () => {
    const a = topicTerms("Children's Services Improvement");
    const b = topicTerms(
      "Verbal update from the Portfolio Holder for Children, Young People and Schools on Children's Integrated Services Improvement",
    );
    expect(topicMatch(a, b, flat)).not.toBeNull();
  });

  it('should not join items that share a single word', () => {
    expect(topicMatch(topicTerms('Housing Strategy'), topicTerms('Parks Strategy'), flat)).toBeNull();
  });

  it('should be symmetric and bounded', () => {
    const title = fc
      .array(
        fc.constantFrom(
          'housing',
          'children',
          'services',
          'budget',
          'parks',
          'strategy',
          'flood',
          'roads',
          'the',
          'report',
        ),
        { maxLength: 8 },
      )
      .map((w) => w.join(' '));
    fc.assert(
      fc.property(title, title, (x, y) => {
        const a = topicTerms(x);
        const b = topicTerms(y);
        const ab = topicMatch(a, b, flat);
        const ba = topicMatch(b, a, flat);
        expect(ab === null).toBe(ba === null);
        if (ab && ba) {
          expect(ab.score).toBeCloseTo(ba.score);
          expect(ab.score).toBeGreaterThan(0);
          expect(ab.score).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
