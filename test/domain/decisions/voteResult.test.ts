import { describe, expect, it } from 'vitest';
import { tallyOf, voteResult } from '../../../src/domain/decisions/voteResult.js';

describe('the result of a vote under its rule', () => {
  it('should carry a simple majority of votes cast, abstentions aside', () => {
    expect(voteResult({ tally: { for: 5, against: 4, abstain: 6 }, rule: 'simple_majority' }).outcome).toBe('carried');
    expect(voteResult({ tally: { for: 4, against: 5, abstain: 0 }, rule: 'simple_majority' }).outcome).toBe('lost');
  });

  it("should settle a tie by the chair's casting vote, or let the motion fall without one", () => {
    const tie = { for: 6, against: 6, abstain: 1 };
    const cast = voteResult({ tally: tie, rule: 'simple_majority', castingVote: 'against' });
    expect(cast).toMatchObject({ outcome: 'lost', castingVoteUsed: true });
    expect(cast.reason).toContain('casting vote against');
    expect(voteResult({ tally: tie, rule: 'simple_majority', castingVote: 'for' }).outcome).toBe('carried');
    expect(voteResult({ tally: tie, rule: 'simple_majority' }).outcome).toBe('tied');
    // A casting vote is not used when the votes are not equal.
    expect(
      voteResult({ tally: { for: 7, against: 6, abstain: 0 }, rule: 'simple_majority', castingVote: 'against' })
        .outcome,
    ).toBe('carried');
  });

  it('should fail a motion with 48 votes for when it needs a majority of the whole council', () => {
    const result = voteResult({
      tally: { for: 48, against: 2, abstain: 0 },
      rule: 'majority_of_whole_membership',
      membership: 97,
    });
    expect(result.outcome).toBe('lost');
    expect(result.reason).toContain('49 of 97');
    expect(
      voteResult({ tally: { for: 49, against: 0, abstain: 0 }, rule: 'majority_of_whole_membership', membership: 97 })
        .outcome,
    ).toBe('carried');
    expect(() =>
      voteResult({ tally: { for: 1, against: 0, abstain: 0 }, rule: 'majority_of_whole_membership' }),
    ).toThrow();
  });

  it('should need two thirds of votes cast where the rule says so', () => {
    expect(
      voteResult({ tally: { for: 20, against: 10, abstain: 3 }, rule: 'two_thirds_of_those_voting' }).outcome,
    ).toBe('carried');
    expect(
      voteResult({ tally: { for: 19, against: 10, abstain: 0 }, rule: 'two_thirds_of_those_voting' }).outcome,
    ).toBe('lost');
    expect(voteResult({ tally: { for: 0, against: 0, abstain: 4 }, rule: 'two_thirds_of_those_voting' }).outcome).toBe(
      'lost',
    );
  });

  it('should count each recorded vote, leaving out members not voting', () => {
    expect(tallyOf(['for', 'for', 'against', 'abstain', 'not_voting'])).toEqual({ for: 2, against: 1, abstain: 1 });
  });
});
