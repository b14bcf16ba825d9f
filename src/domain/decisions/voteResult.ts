import type { VoteChoice } from '../minutes.js';

/** How a vote is decided: the rule is stated with the result, since a tally alone does not say it. */
export const MAJORITY_RULES = [
  'simple_majority',
  'two_thirds_of_those_voting',
  'majority_of_whole_membership',
] as const;
export type MajorityRule = (typeof MAJORITY_RULES)[number];

export interface Tally {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
}

export interface VoteQuestion {
  readonly tally: Tally;
  readonly rule: MajorityRule;
  /** Seats on the body, for a rule that counts the whole membership. */
  readonly membership?: number;
  /** The chair's second, casting vote, used only when the votes are equal. */
  readonly castingVote?: 'for' | 'against' | null;
}

export type VoteOutcome = 'carried' | 'lost' | 'tied';

export interface VoteResult {
  readonly outcome: VoteOutcome;
  /** Why, in words a reader of the minutes understands. */
  readonly reason: string;
  readonly castingVoteUsed: boolean;
}

/** A tally from each member's recorded vote: abstentions counted, members not voting left out. */
export function tallyOf(votes: readonly VoteChoice[]): Tally {
  return {
    for: votes.filter((v) => v === 'for').length,
    against: votes.filter((v) => v === 'against').length,
    abstain: votes.filter((v) => v === 'abstain').length,
  };
}

/**
 * Whether a motion is carried under its rule. Abstentions never count as votes cast; a tie under
 * a simple majority is settled by the chair's casting vote when given, and otherwise the motion
 * falls (it did not win a majority) — reported as `tied` so the minutes can say so.
 */
export function voteResult(q: VoteQuestion): VoteResult {
  const { for: yes, against: no } = q.tally;
  if (q.rule === 'majority_of_whole_membership') {
    if (!q.membership || q.membership < 1) throw new RangeError('a whole-membership rule needs the number of seats');
    const needed = Math.floor(q.membership / 2) + 1;
    return yes >= needed
      ? {
          outcome: 'carried',
          reason: `${yes} for, at least ${needed} of ${q.membership} members`,
          castingVoteUsed: false,
        }
      : {
          outcome: 'lost',
          reason: `${yes} for, fewer than the ${needed} of ${q.membership} members needed`,
          castingVoteUsed: false,
        };
  }
  if (q.rule === 'two_thirds_of_those_voting') {
    const cast = yes + no;
    return cast > 0 && yes * 3 >= cast * 2
      ? { outcome: 'carried', reason: `${yes} of ${cast} votes cast, at least two thirds`, castingVoteUsed: false }
      : { outcome: 'lost', reason: `${yes} of ${cast} votes cast, fewer than two thirds`, castingVoteUsed: false };
  }
  if (yes > no) return { outcome: 'carried', reason: `${yes} for, ${no} against`, castingVoteUsed: false };
  if (no > yes) return { outcome: 'lost', reason: `${yes} for, ${no} against`, castingVoteUsed: false };
  if (q.castingVote)
    return {
      outcome: q.castingVote === 'for' ? 'carried' : 'lost',
      reason: `${yes} for, ${no} against; the chair's casting vote ${q.castingVote}`,
      castingVoteUsed: true,
    };
  return {
    outcome: 'tied',
    reason: `${yes} for, ${no} against; no casting vote, so not carried`,
    castingVoteUsed: false,
  };
}
