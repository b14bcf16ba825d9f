import { describe, expect, it } from 'vitest';
import { decideMotion, MotionInputSchema, type MotionInput } from '../../../src/domain/minutes/motion.js';
import { minuteNumberOrder, nextMinuteNumbers } from '../../../src/domain/minutes/minuteNumbers.js';

const base: MotionInput = {
  kind: 'motion',
  text: 'That the budget be approved.',
  moverId: 'a',
  seconderId: 'b',
  rule: 'simple_majority',
  membership: null,
  mode: 'tally',
  tally: { for: 0, against: 0, abstain: 0 },
  votes: [],
  castingVote: null,
  assentOutcome: null,
};

describe('the result of a motion, stated with its rule', () => {
  it('should lose a motion with 48 votes for under two thirds of those voting (48 of 73)', () => {
    const d = decideMotion({
      ...base,
      rule: 'two_thirds_of_those_voting',
      tally: { for: 48, against: 25, abstain: 3 },
    });
    expect(d.outcome).toBe('lost');
    expect(d.reason).toBe('48 of 73 votes cast, fewer than two thirds (two thirds of those voting)');
  });

  it('should lose a motion with 48 votes for under a majority of a whole membership of 97', () => {
    const d = decideMotion({
      ...base,
      rule: 'majority_of_whole_membership',
      membership: 97,
      tally: { for: 48, against: 10, abstain: 0 },
    });
    expect(d.outcome).toBe('lost');
    expect(d.reason).toContain('fewer than the 49 of 97 members needed');
  });

  it('should carry 48 for against 47 under a simple majority, abstentions aside', () => {
    expect(decideMotion({ ...base, tally: { for: 48, against: 47, abstain: 20 } }).outcome).toBe('carried');
  });

  it("should count a recorded vote as a tally: members not voting and abstaining are not votes cast, the chair's casting vote settles a tie", () => {
    const votes = [
      { personId: 'a', choice: 'for' as const },
      { personId: 'b', choice: 'for' as const },
      { personId: 'c', choice: 'against' as const },
      { personId: 'd', choice: 'against' as const },
      { personId: 'e', choice: 'abstain' as const },
      { personId: 'f', choice: 'not_voting' as const },
    ];
    const tied = decideMotion({ ...base, mode: 'recorded', tally: null, votes });
    expect(tied).toMatchObject({ outcome: 'tied', tally: { for: 2, against: 2, abstain: 1 } });
    const cast = decideMotion({ ...base, mode: 'recorded', tally: null, votes, castingVote: 'for' });
    expect(cast.outcome).toBe('carried');
    expect(cast.reason).toContain("the chair's casting vote for");
  });

  it('should state a decision by assent without votes', () => {
    expect(decideMotion({ ...base, mode: 'assent', tally: null, assentOutcome: 'carried' })).toEqual({
      outcome: 'carried',
      reason: 'without a vote, by assent of the meeting',
      tally: null,
    });
  });
});

describe('a motion as the clerk records it', () => {
  const form = {
    ...base,
    membership: '',
    tally: { for: '5', against: '2', abstain: '0' },
    castingVote: '',
    assentOutcome: '',
  };

  it('should take counts typed as text', () => {
    expect(MotionInputSchema.parse(form).tally).toEqual({ for: 5, against: 2, abstain: 0 });
  });

  it('should refuse a seconder who moved it, a negative count, a recorded vote with no votes, and a whole-membership rule without seats', () => {
    const messages = (input: unknown): string[] => {
      const r = MotionInputSchema.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(messages({ ...form, seconderId: 'a' })).toEqual(['the seconder must be a different member from the mover']);
    expect(messages({ ...form, tally: { for: '-1', against: '0', abstain: '0' } })).toEqual([
      'the number of votes cannot be negative',
    ]);
    expect(messages({ ...form, mode: 'recorded', tally: null })).toEqual(["a recorded vote names each member's vote"]);
    expect(messages({ ...form, rule: 'majority_of_whole_membership' })).toEqual([
      'enter the number of seats on the body',
    ]);
    expect(messages({ ...form, moverId: '', text: ' ' })).toEqual([
      'enter the words of the motion',
      'choose who moved it',
    ]);
  });
});

describe("minute numbers in the body's scheme", () => {
  it('should continue a running count, a year suffix or a prefix, and start at 1 with nothing to follow', () => {
    expect(nextMinuteNumbers('35', 2)).toEqual(['36', '37']);
    expect(nextMinuteNumbers('77/21', 2)).toEqual(['78/21', '79/21']);
    expect(nextMinuteNumbers('CAB.9', 2)).toEqual(['CAB.10', 'CAB.11']);
    expect(nextMinuteNumbers(null, 3)).toEqual(['1', '2', '3']);
  });

  it('should order numbers of one scheme by their count, not as text', () => {
    expect(['CAB.10', 'CAB.9', 'CAB.11'].sort(minuteNumberOrder)).toEqual(['CAB.9', 'CAB.10', 'CAB.11']);
    expect(['10', '9'].sort(minuteNumberOrder)).toEqual(['9', '10']);
  });
});
