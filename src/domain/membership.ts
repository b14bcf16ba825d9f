import type { IsoDate } from './isoDateType.js';

export const MEMBERSHIP_ROLES = ['chair', 'vice_chair', 'member', 'co_optee', 'substitute', 'ex_officio'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Statutory education co-optees vote only on items about the council's education functions. */
export const VOTING_SCOPES = ['full', 'education', 'none'] as const;
export type VotingScope = (typeof VOTING_SCOPES)[number];

export interface Membership {
  readonly id: string;
  readonly personId: string;
  readonly bodyId: string;
  readonly role: MembershipRole;
  readonly votingScope: VotingScope;
  readonly party: string | null;
  readonly startsOn: IsoDate | null;
  readonly endsOn: IsoDate | null;
}

/** Open-ended memberships (no start or no end) run from or to the edge of the record. */
export function isMembershipActiveOn(m: Pick<Membership, 'startsOn' | 'endsOn'>, date: IsoDate): boolean {
  return (m.startsOn === null || m.startsOn <= date) && (m.endsOn === null || date <= m.endsOn);
}

/** Whether a member may vote on an item; `educationItem` says the item concerns education functions. */
export function mayVoteOn(m: Pick<Membership, 'role' | 'votingScope'>, educationItem: boolean): boolean {
  if (m.votingScope === 'none') return false;
  if (m.votingScope === 'education') return educationItem;
  return true;
}

/** How long after a body's last meeting its members are still taken to be its current members. */
export const CURRENT_MEMBERSHIP_MONTHS = 12;

/**
 * Whether a membership inferred from attendance is current: the person was expected, as a member,
 * at the body's latest meeting that recorded attendance, and that meeting is recent. A body that
 * last met years ago has former members only, whatever its last attendance list said.
 */
export function isCurrentInferredMember(lastSeen: IsoDate, latestRecorded: IsoDate | null, asOf: IsoDate): boolean {
  if (!latestRecorded || lastSeen !== latestRecorded || latestRecorded > asOf) return false;
  const cutoff = new Date(`${asOf}T00:00:00Z`);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - CURRENT_MEMBERSHIP_MONTHS);
  return latestRecorded >= cutoff.toISOString().slice(0, 10);
}
