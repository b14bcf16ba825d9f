import type { IsoDate } from './isoDateType.js';
import {
  isCurrentInferredMember,
  isCurrentStatedMember,
  isMembershipActiveOn,
  mayVoteOn,
  type Membership,
  type MembershipRole,
} from './membership.js';
import type { SeatAllocation } from './politicalBalance.js';

/**
 * Checks of a body's membership against its own rules, for the clerk's workspace. Each is a
 * warning, never a refusal: the record says what happened, and a clerk decides what to do about it.
 */
export const RULE_WARNING_KINDS = [
  'over_size',
  'balance_off',
  'non_voting_co_optee_voted',
  'vote_outside_scope',
] as const;
export type RuleWarningKind = (typeof RULE_WARNING_KINDS)[number];

export interface RuleWarning {
  readonly kind: RuleWarningKind;
  readonly message: string;
}

/**
 * Roles that fill one of a body's seats: its size and political balance are of these. Co-optees
 * are appointed beyond the councillor seats, and substitutes sit in another member's seat.
 */
const SEAT_ROLES: ReadonlySet<MembershipRole> = new Set(['chair', 'vice_chair', 'member', 'ex_officio']);

export function holdsSeat(role: MembershipRole): boolean {
  return SEAT_ROLES.has(role);
}

/**
 * Whether a membership is current on `asOf`. Dates entered or stated win; without dates, an
 * inferred membership is current while the person was expected at the latest recorded meeting, and
 * a stated one while no later meeting went without them (membership.ts).
 */
export function isCurrentMembership(
  m: Pick<Membership, 'basis' | 'startsOn' | 'endsOn' | 'firstSeenOn' | 'lastSeenOn'>,
  latestRecorded: IsoDate | null,
  asOf: IsoDate,
): boolean {
  if (m.startsOn !== null || m.endsOn !== null) return isMembershipActiveOn(m, asOf);
  if (m.basis === 'inferred')
    return m.lastSeenOn !== null && isCurrentInferredMember(m.lastSeenOn, latestRecorded, asOf);
  return m.firstSeenOn !== null && isCurrentStatedMember(m.firstSeenOn, latestRecorded, asOf);
}

/** A current member as the checks see them: one person, their seat-holding role, their group. */
export interface SeatHolder {
  readonly personId: string;
  readonly name: string;
  readonly party: string | null;
}

/** More people hold seats than the body has. */
export function sizeWarning(size: number | null, holders: readonly SeatHolder[]): RuleWarning | null {
  const people = new Set(holders.map((h) => h.personId)).size;
  if (size === null || people <= size) return null;
  return {
    kind: 'over_size',
    message: `${people} members hold seats, but the body has ${size} seats`,
  };
}

/**
 * The seats each group holds against the allocation. A group with more members than seats, fewer
 * (a vacancy is worth knowing of too), a group not allocated any, and members whose group is not
 * recorded are each named. No allocation, no warnings.
 */
export function balanceWarnings(seats: readonly SeatAllocation[], holders: readonly SeatHolder[]): RuleWarning[] {
  if (seats.length === 0) return [];
  const held = new Map<string, Set<string>>();
  const unknown = new Set<string>();
  for (const h of holders) {
    if (!h.party?.trim()) {
      unknown.add(h.name);
      continue;
    }
    const key = h.party.trim().toLowerCase();
    held.set(key, (held.get(key) ?? new Set()).add(h.personId));
  }
  const warnings: RuleWarning[] = [];
  for (const s of seats) {
    const count = held.get(s.party.toLowerCase())?.size ?? 0;
    held.delete(s.party.toLowerCase());
    if (count !== s.seats)
      warnings.push({
        kind: 'balance_off',
        message: `${s.party} holds ${count} of its ${s.seats} seat${s.seats === 1 ? '' : 's'}`,
      });
  }
  for (const [party, people] of held)
    warnings.push({
      kind: 'balance_off',
      message: `${people.size} member${people.size === 1 ? ' is' : 's are'} of ${holders.find((h) => h.party?.trim().toLowerCase() === party)?.party?.trim() ?? party}, which has no seats in the allocation`,
    });
  if (unknown.size > 0)
    warnings.push({
      kind: 'balance_off',
      message: `No political group is recorded for ${[...unknown].sort().join(', ')}`,
    });
  return warnings;
}

/**
 * Whether an item concerns the council's education functions, the only items a statutory
 * education co-optee may vote on. Read from its title: a guess the warning says it is.
 */
export function concernsEducation(title: string): boolean {
  return /\b(education|educational|schools?|pupils?|academ(y|ies)|SEND|early years|curriculum|learning)\b/i.test(title);
}

export interface RecordedVote {
  readonly personId: string;
  readonly date: IsoDate;
  readonly itemTitle: string;
}

/** A co-optee's membership as the voting check reads it. */
export interface CoOpteeMembership extends Pick<Membership, 'role' | 'votingScope' | 'startsOn' | 'endsOn'> {
  readonly personId: string;
  readonly name: string;
}

/**
 * Votes recorded for members who may not cast them: a co-optee without a vote recorded as voting,
 * or one with an education vote recorded voting on an item that is not about education. A vote
 * counts against a membership only within its dates (when it has them).
 */
export function votingScopeWarnings(
  memberships: readonly CoOpteeMembership[],
  votes: readonly RecordedVote[],
): RuleWarning[] {
  const warnings: RuleWarning[] = [];
  const seen = new Set<string>();
  for (const m of memberships) {
    if (m.votingScope === 'full') continue;
    for (const v of votes) {
      if (v.personId !== m.personId || !isMembershipActiveOn(m, v.date)) continue;
      const education = concernsEducation(v.itemTitle);
      if (mayVoteOn(m, education)) continue;
      const key = `${m.personId}\u0000${v.date}\u0000${v.itemTitle}`;
      if (seen.has(key)) continue;
      seen.add(key);
      warnings.push(
        m.votingScope === 'none'
          ? {
              kind: 'non_voting_co_optee_voted',
              message: `${m.name} is a co-optee without a vote, but is recorded voting on “${v.itemTitle}” (${v.date})`,
            }
          : {
              kind: 'vote_outside_scope',
              message: `${m.name} may vote only on education matters, but is recorded voting on “${v.itemTitle}” (${v.date}), which does not read as one`,
            },
      );
    }
  }
  return warnings;
}
