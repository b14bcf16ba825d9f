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
