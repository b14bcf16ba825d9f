import type { IsoDate } from '../isoDateType.js';
import { isMembershipActiveOn, type Membership, type MembershipRole, type VotingScope } from '../membership.js';

/** A seat on the body at one meeting, as the register lists it. */
export interface MemberOnTheDay {
  readonly personId: string;
  readonly name: string;
  readonly role: MembershipRole;
  readonly votingScope: VotingScope;
}

type PersonMembership = Pick<
  Membership,
  'role' | 'votingScope' | 'startsOn' | 'endsOn' | 'basis' | 'firstSeenOn' | 'lastSeenOn'
> & { readonly person: { readonly id: string; readonly name: string } };

const ROLE_ORDER: readonly MembershipRole[] = ['chair', 'vice_chair', 'member', 'ex_officio', 'co_optee', 'substitute'];

/**
 * Whether an inferred membership (no dates, only evidence) held on `date`: first seen on or before
 * it, and seen on or after it, or seen at the body's latest meeting that recorded its members
 * (`latestRecorded`), so still a member at meetings since.
 */
function inferredOn(m: PersonMembership, date: IsoDate, latestRecorded: IsoDate | null): boolean {
  if (!m.firstSeenOn || !m.lastSeenOn || m.firstSeenOn > date) return false;
  return m.lastSeenOn >= date || m.lastSeenOn === latestRecorded;
}

/**
 * The body's members on a meeting's day, and its named substitutes, from its memberships over
 * time. Where the record states a person's membership, its dates decide (the official word), and
 * memberships inferred from attendance are not consulted for that person; otherwise an inferred
 * membership holds as `inferredOn` says. One seat per person: the first role of ROLE_ORDER.
 */
export function membersOnTheDay(
  memberships: readonly PersonMembership[],
  date: IsoDate,
  latestRecorded: IsoDate | null,
): { members: MemberOnTheDay[]; substitutes: MemberOnTheDay[] } {
  const byPerson = new Map<string, PersonMembership[]>();
  for (const m of memberships) byPerson.set(m.person.id, [...(byPerson.get(m.person.id) ?? []), m]);
  const seats: MemberOnTheDay[] = [];
  for (const [personId, held] of byPerson) {
    const stated = held.filter((m) => m.basis === 'stated');
    const holding = stated.length
      ? stated.filter((m) => isMembershipActiveOn(m, date))
      : held.filter((m) => inferredOn(m, date, latestRecorded));
    const seat = holding.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))[0];
    if (seat) seats.push({ personId, name: seat.person.name, role: seat.role, votingScope: seat.votingScope });
  }
  seats.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name));
  return {
    members: seats.filter((s) => s.role !== 'substitute'),
    substitutes: seats.filter((s) => s.role === 'substitute'),
  };
}
