import { AppError } from '../errors.js';

/** How a body's quorum is set: a share of its membership, with a floor. */
export interface QuorumRule {
  /** Share of the membership, in (0, 1]; 0.25 is one quarter. */
  readonly fraction: number;
  /** Never fewer than this many members. */
  readonly minimum: number;
}

/** The common default: one quarter of the membership, never fewer than three. */
export const DEFAULT_QUORUM_RULE: QuorumRule = Object.freeze({ fraction: 0.25, minimum: 3 });

/**
 * The number of voting members that must be present: `max(minimum, ceil(size × fraction))`.
 * A body smaller than the minimum can never be quorate; that is the rule as councils write it,
 * so it is not capped at `size`.
 * @throws AppError INPUT_INVALID when `size` or `minimum` is not a whole number >= 0, or `fraction` is not in (0, 1].
 */
export function quorumFor(size: number, rule: QuorumRule = DEFAULT_QUORUM_RULE): number {
  if (!Number.isInteger(size) || size < 0)
    throw new AppError('INPUT_INVALID', `membership must be a whole number >= 0, not ${size}`);
  if (!Number.isInteger(rule.minimum) || rule.minimum < 0)
    throw new AppError('INPUT_INVALID', `quorum minimum must be a whole number >= 0, not ${rule.minimum}`);
  if (!(rule.fraction > 0 && rule.fraction <= 1))
    throw new AppError('INPUT_INVALID', `quorum fraction must be in (0, 1], not ${rule.fraction}`);
  // Rounded before ceil: 30 × 0.1 is 3.0000000000000004 in floating point, which must give 3, not 4.
  const share = Math.ceil(Math.round(size * rule.fraction * 1e9) / 1e9);
  return Math.max(rule.minimum, share);
}

/**
 * Whether `presentVoting` voting members present make a body of `size` members quorate. A
 * meeting that is not quorate can take no decision.
 * @throws AppError INPUT_INVALID as {@link quorumFor}, or when `presentVoting` is not a whole number >= 0.
 */
export function isQuorate(presentVoting: number, size: number, rule: QuorumRule = DEFAULT_QUORUM_RULE): boolean {
  if (!Number.isInteger(presentVoting) || presentVoting < 0)
    throw new AppError('INPUT_INVALID', `members present must be a whole number >= 0, not ${presentVoting}`);
  return presentVoting >= quorumFor(size, rule);
}
