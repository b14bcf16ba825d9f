import { z } from 'zod';
import {
  MAJORITY_RULES,
  tallyOf,
  voteResult,
  type MajorityRule,
  type Tally,
  type VoteOutcome,
} from '../decisions/voteResult.js';
import { VOTE_CHOICES, type VoteChoice } from '../minutes.js';

/** A motion put to the meeting, or an amendment to one. */
export const MOTION_KINDS = ['motion', 'amendment'] as const;
export type MotionKind = (typeof MOTION_KINDS)[number];

/** How the meeting decided: a show of hands (tally), a recorded vote naming every member, or assent without a vote. */
export const VOTE_MODES = ['tally', 'recorded', 'assent'] as const;
export type VoteMode = (typeof VOTE_MODES)[number];

export const RULE_LABELS: Readonly<Record<MajorityRule, string>> = {
  simple_majority: 'Simple majority of those voting',
  two_thirds_of_those_voting: 'Two thirds of those voting',
  majority_of_whole_membership: 'Majority of the whole membership',
};

export const CHOICE_LABELS: Readonly<Record<VoteChoice, string>> = {
  for: 'For',
  against: 'Against',
  abstain: 'Abstained',
  not_voting: 'Did not vote',
};

/** One member's vote in a recorded vote. */
export interface MemberVote {
  readonly personId: string;
  readonly choice: VoteChoice;
}

const count = z.coerce
  .number({ message: 'enter the number of votes as a whole number' })
  .int({ message: 'enter the number of votes as a whole number' })
  .min(0, { message: 'the number of votes cannot be negative' })
  .max(10000, { message: 'the number of votes must be 10000 or fewer' });

/**
 * A motion or amendment as the clerk records it. Rules that span fields: a motion is moved and
 * seconded by two different members; a tally gives its three counts; a recorded vote names every
 * member's vote; a vote decided by the whole membership knows the number of seats.
 */
export const MotionInputSchema = z
  .object({
    kind: z.enum(MOTION_KINDS, { message: 'choose whether this is a motion or an amendment' }),
    text: z
      .string()
      .trim()
      .min(1, { message: 'enter the words of the motion' })
      .max(4000, { message: 'the motion must be 4000 characters or fewer' }),
    moverId: z.string().trim().min(1, { message: 'choose who moved it' }),
    seconderId: z.string().trim().min(1, { message: 'choose who seconded it' }),
    rule: z.enum(MAJORITY_RULES, { message: 'choose the rule that decides the vote' }),
    membership: z.union([z.literal('').transform(() => null), z.coerce.number().int().min(1).max(1000)]).nullable(),
    mode: z.enum(VOTE_MODES, { message: 'choose how the meeting decided' }),
    tally: z.object({ for: count, against: count, abstain: count }).nullable(),
    votes: z.array(z.object({ personId: z.string().min(1), choice: z.enum(VOTE_CHOICES) })),
    castingVote: z.union([z.literal('').transform(() => null), z.enum(['for', 'against'])]).nullable(),
    /** Only for a decision by assent, which has no votes to decide it. */
    assentOutcome: z.union([z.literal('').transform(() => null), z.enum(['carried', 'lost'])]).nullable(),
  })
  .refine((m) => m.moverId !== m.seconderId, {
    path: ['seconderId'],
    message: 'the seconder must be a different member from the mover',
  })
  .refine((m) => m.mode !== 'tally' || m.tally !== null, {
    path: ['for'],
    message: 'enter the votes for, against and abstaining',
  })
  .refine((m) => m.mode !== 'recorded' || m.votes.length > 0, {
    path: ['votes'],
    message: "a recorded vote names each member's vote",
  })
  .refine((m) => m.mode !== 'assent' || m.assentOutcome !== null, {
    path: ['assentOutcome'],
    message: 'say whether it was carried or lost',
  })
  .refine((m) => m.rule !== 'majority_of_whole_membership' || m.membership !== null, {
    path: ['membership'],
    message: 'enter the number of seats on the body',
  });
export type MotionInput = z.infer<typeof MotionInputSchema>;

/** The result stated in the minutes, with why (the rule applied to the votes). */
export interface MotionDecision {
  readonly outcome: VoteOutcome;
  readonly reason: string;
  readonly tally: Tally | null;
}

/**
 * The result of a motion under its rule: a tally and a recorded vote are counted the same way
 * (abstentions and members not voting are not votes cast), so 48 for can still be lost.
 */
export function decideMotion(m: MotionInput): MotionDecision {
  if (m.mode === 'assent')
    return { outcome: m.assentOutcome ?? 'lost', reason: 'without a vote, by assent of the meeting', tally: null };
  const tally = m.mode === 'tally' ? m.tally! : tallyOf(m.votes.map((v) => v.choice));
  const result = voteResult({
    tally,
    rule: m.rule,
    membership: m.membership ?? undefined,
    castingVote: m.castingVote,
  });
  return { outcome: result.outcome, reason: `${result.reason} (${RULE_LABELS[m.rule].toLowerCase()})`, tally };
}

/** "Carried", "Lost", "Not carried (votes equal)", as the minutes state it. */
export function outcomeWords(outcome: VoteOutcome | string): string {
  if (outcome === 'carried') return 'Carried';
  if (outcome === 'tied') return 'Not carried (votes equal)';
  return 'Lost';
}
