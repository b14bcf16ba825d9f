import type { Correction } from '../../domain/correction.js';
import type { Person } from '../../domain/person.js';
import type { ReviewFlag } from '../../domain/reviewFlag.js';
import type { InterestEntry } from '../../domain/interests/interestEntry.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { StoredAbsenceApproval } from '../../store/repositories/absenceRepository.js';
import type { ClerkOfficerPost } from '../../store/repositories/officerPostRepository.js';
import type { MergeReview } from '../../store/repositories/personMergeRepository.js';
import type { Store } from '../../store/store.js';
import { describePerson, type PersonRecordForClerk } from '../people/describePerson.js';

/** At most this many people listed for a search: the page is for finding one, not browsing all. */
export const PEOPLE_LIST_LIMIT = 200;

/** People (not merged away) whose name contains `query`, by name; all of them up to the limit without one. */
export async function findPeopleForClerk(store: Store, query: string): Promise<{ people: Person[]; more: boolean }> {
  const q = query.trim().toLowerCase();
  const all = (await store.repos.people.canonical()).filter((p) => !q || p.displayName.toLowerCase().includes(q));
  all.sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id));
  return { people: all.slice(0, PEOPLE_LIST_LIMIT), more: all.length > PEOPLE_LIST_LIMIT };
}

/** A person as the clerk's page shows them: their records, changes, posts and corrections. */
export interface PersonPageForClerk extends PersonRecordForClerk {
  /** The person's version, carried by the rename, merge and split forms (optimistic locking). */
  readonly version: number;
  /** Their posts, each with the version its change form carries. */
  readonly posts: readonly (ClerkOfficerPost & { readonly version: number })[];
  readonly corrections: readonly Correction[];
  readonly postCorrections: readonly Correction[];
  /** The bodies of their memberships, by id. */
  readonly bodies: Readonly<Record<string, { readonly slug: string; readonly name: string }>>;
  /** What is the person's own rather than a meeting's, for the split form to offer (splitPerson.ts). */
  readonly own: {
    readonly approvals: readonly StoredAbsenceApproval[];
    readonly interestEntries: readonly InterestEntry[];
    readonly reviewedOn: IsoDate | null;
  };
}

export async function personForClerk(store: Store, ref: string): Promise<PersonPageForClerk> {
  const record = await describePerson(store, ref);
  const ids = [record.person.id, ...record.merged.map((m) => m.id)];
  const stored = await store.repos.officerPosts.ofPeople(ids);
  const postVersions = await store.repos.versions.of(
    'officer_post',
    stored.map((p) => p.id),
  );
  const posts = stored.map((p) => ({ ...p, version: postVersions.get(p.id) ?? 1 }));
  const version = (await store.repos.versions.of('person', [record.person.id])).get(record.person.id) ?? 1;
  const bodies = Object.fromEntries(
    (await store.repos.bodies.list()).map((b) => [b.id, { slug: b.slug, name: b.name }]),
  );
  return {
    bodies,
    ...record,
    version,
    posts,
    corrections: await store.repos.corrections.of('person', ids),
    postCorrections: await store.repos.corrections.of(
      'officer_post',
      posts.map((p) => p.id),
    ),
    own: {
      approvals: await store.repos.absence.approvalsOf(ids),
      interestEntries: await store.repos.interests.entriesOf(ids),
      reviewedOn: await store.repos.interests.reviewedOn(record.person.id),
    },
  };
}

/** The review queue: name matches waiting for a clerk, and flags an import raised, oldest first. */
export async function reviewQueue(store: Store): Promise<{ matches: MergeReview[]; flags: ReviewFlag[] }> {
  return {
    matches: await store.repos.merges.list(['pending']),
    flags: await store.repos.reviewFlags.list(),
  };
}
