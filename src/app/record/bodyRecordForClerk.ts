import { mayClerk, type Account } from '../../domain/account.js';
import type { Body, TermsOfReference } from '../../domain/body.js';
import {
  balanceWarnings,
  holdsSeat,
  isCurrentMembership,
  sizeWarning,
  votingScopeWarnings,
  type RuleWarning,
} from '../../domain/bodyRules.js';
import type { Correction } from '../../domain/correction.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { SeatAllocation } from '../../domain/politicalBalance.js';
import type { BodyMembership } from '../../store/repositories/membershipRepository.js';
import type { Store } from '../../store/store.js';
import { bodyOrThrow } from './bodyRef.js';

/** A membership as the clerk's body page lists it. */
export interface ClerkMembership extends BodyMembership {
  readonly current: boolean;
  readonly corrections: readonly Correction[];
  /** The version its change form carries (optimistic locking). */
  readonly version: number;
}

/** Everything the clerk's page of a body shows, with the warnings where its rules are broken. */
export interface BodyRecordForClerk {
  readonly body: Body;
  /** The body's version, carried by its forms (size and quorum, balance, terms): an older page's save is refused. */
  readonly version: number;
  /** Whether this account may change it (a clerk of this body, or an administrator). */
  readonly mayEdit: boolean;
  /** Every adopted version, the latest first. */
  readonly terms: readonly TermsOfReference[];
  readonly seats: readonly SeatAllocation[];
  readonly current: readonly ClerkMembership[];
  readonly past: readonly ClerkMembership[];
  readonly warnings: readonly RuleWarning[];
}

/** A body (by slug) as a clerk sees it on `asOf`: read for any clerk, editable by its own. */
export async function bodyRecordForClerk(
  store: Store,
  actor: Account,
  slug: string,
  asOf: IsoDate,
): Promise<BodyRecordForClerk> {
  const repos = store.repos;
  const body = await bodyOrThrow(repos, slug);
  const [terms, seats, memberships, latest] = await Promise.all([
    repos.bodies.termsOfReference(body.id),
    repos.bodies.seats(body.id),
    repos.memberships.ofBody(body.id),
    repos.memberships.latestRecordedMeeting(body.id),
  ]);
  const corrections = await repos.corrections.of(
    'membership',
    memberships.map((m) => m.id),
  );
  const versions = await repos.versions.of(
    'membership',
    memberships.map((m) => m.id),
  );
  const bodyVersion = (await repos.versions.of('body', [body.id])).get(body.id) ?? 1;
  const listed: ClerkMembership[] = memberships.map((m) => ({
    ...m,
    current: isCurrentMembership(m, latest, asOf),
    corrections: corrections.filter((c) => c.subjectId === m.id),
    version: versions.get(m.id) ?? 1,
  }));
  const byRecency = (a: ClerkMembership, b: ClerkMembership): number =>
    (b.endsOn ?? b.lastSeenOn ?? b.startsOn ?? '').localeCompare(a.endsOn ?? a.lastSeenOn ?? a.startsOn ?? '') ||
    a.person.name.localeCompare(b.person.name);
  const current = listed.filter((m) => m.current).sort((a, b) => a.person.name.localeCompare(b.person.name));
  const holders = current
    .filter((m) => holdsSeat(m.role))
    .map((m) => ({ personId: m.person.id, name: m.person.name, party: m.party }));
  const coOptees = listed
    .filter((m) => m.role === 'co_optee')
    .map((m) => ({ ...m, personId: m.person.id, name: m.person.name }));
  const votes = await repos.votes.castAtBody(
    body.id,
    coOptees.filter((m) => m.votingScope !== 'full').map((m) => m.personId),
  );
  const size = sizeWarning(body.size, holders);
  return {
    body,
    version: bodyVersion,
    mayEdit: mayClerk(actor, body.id),
    terms,
    seats,
    current,
    past: listed.filter((m) => !m.current).sort(byRecency),
    warnings: [...(size ? [size] : []), ...balanceWarnings(seats, holders), ...votingScopeWarnings(coOptees, votes)],
  };
}
