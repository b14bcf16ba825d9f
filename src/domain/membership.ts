import type { AttendanceKind } from './attendance.js';
import type { IsoDate } from './isoDateType.js';

export const MEMBERSHIP_ROLES = ['chair', 'vice_chair', 'member', 'co_optee', 'substitute', 'ex_officio'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Statutory education co-optees vote only on items about the council's education functions. */
export const VOTING_SCOPES = ['full', 'education', 'none'] as const;
export type VotingScope = (typeof VOTING_SCOPES)[number];

/**
 * What a membership rests on. `stated`: the record says so (a membership list, terms of reference
 * naming members, "appointed to"), the official word. `inferred`: the person was recorded as a
 * member at the body's meetings (present, with apologies or absent), which suggests a membership
 * but does not prove its dates; its first and last evidence are kept instead.
 */
export const MEMBERSHIP_BASES = ['stated', 'inferred'] as const;
export type MembershipBasis = (typeof MEMBERSHIP_BASES)[number];

export interface Membership {
  readonly id: string;
  readonly personId: string;
  readonly bodyId: string;
  readonly role: MembershipRole;
  readonly votingScope: VotingScope;
  readonly party: string | null;
  /** Dates the record states; an inferred membership has none. */
  readonly startsOn: IsoDate | null;
  readonly endsOn: IsoDate | null;
  readonly basis: MembershipBasis;
  /** Dates of the meetings that first and last gave evidence of it (attendance, or the statement). */
  readonly firstSeenOn: IsoDate | null;
  readonly lastSeenOn: IsoDate | null;
  /** How many meetings gave the evidence. */
  readonly meetings: number | null;
  /** For a stated membership: the words that state it. */
  readonly statement: string | null;
}

/** The fields of a membership beyond its core, as a membership from an outside record (no evidence) has them. */
export const NO_MEMBERSHIP_EVIDENCE = Object.freeze({
  basis: 'stated' as const,
  firstSeenOn: null,
  lastSeenOn: null,
  meetings: null,
  statement: null,
});

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

/**
 * Whether a stated membership (no attendance of its own since) is current: the record stating it is
 * no older than the body's latest meeting that recorded attendance, and recent. A membership stated
 * before a later meeting that did not name the person is taken to have lapsed.
 */
export function isCurrentStatedMember(statedOn: IsoDate, latestRecorded: IsoDate | null, asOf: IsoDate): boolean {
  if (statedOn > asOf || (latestRecorded && statedOn < latestRecorded)) return false;
  const cutoff = new Date(`${asOf}T00:00:00Z`);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - CURRENT_MEMBERSHIP_MONTHS);
  return statedOn >= cutoff.toISOString().slice(0, 10);
}

/**
 * Attendance kinds that are evidence of a membership: a member is listed present, sends apologies or
 * is listed absent. A substitute sits in another member's place (not a member of the body), and
 * those "in attendance" are officers and guests.
 */
export function isMembershipEvidence(kind: AttendanceKind): boolean {
  return kind === 'present' || kind === 'apologies' || kind === 'absent';
}

/** A membership's label as a reader sees it: what it rests on, and the dates of its evidence. */
export function membershipBasisText(
  m: Pick<Membership, 'basis' | 'firstSeenOn' | 'lastSeenOn' | 'statement'>,
  formatDate: (date: IsoDate) => string,
): string {
  if (m.basis === 'stated') {
    const when = m.firstSeenOn ? ` (stated in the record of ${formatDate(m.firstSeenOn)})` : ' (stated in the record)';
    return `Member${when}`;
  }
  const first = m.firstSeenOn ? `, first seen ${formatDate(m.firstSeenOn)}` : '';
  const last = m.lastSeenOn && m.lastSeenOn !== m.firstSeenOn ? `, last seen ${formatDate(m.lastSeenOn)}` : '';
  return `Member, inferred from attendance${first}${last}`;
}
