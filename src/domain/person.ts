import type { IsoDate } from './isoDateType.js';

export const PERSON_KINDS = ['councillor', 'officer', 'co_optee', 'partner', 'public', 'unknown'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** A person with a stable identity; every spelling met in documents is kept as an alias. */
export interface Person {
  readonly id: string;
  readonly slug: string;
  readonly displayName: string;
  readonly honorific: string | null;
  readonly givenName: string | null;
  readonly familyName: string | null;
  readonly kind: PersonKind;
  /** Set while a merge says this spelling is the same person as another: reversible, nothing is deleted. */
  readonly mergedIntoId: string | null;
  /** When the record first named them (an ISO instant): the earlier of two spellings is the one kept. */
  readonly createdAt: string;
}

/** Orders people by when the record first met them, then by id: the earlier of two spellings is kept. */
export function byFirstMet(a: Person, b: Person): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface PersonAlias {
  readonly personId: string;
  /** As written in the source, e.g. "Councillor Sam Gardiner". */
  readonly alias: string;
  /** The matching key (honorifics stripped, case folded). */
  readonly key: string;
}

/** An officer's job title over time: titles change between meetings, so one title per person would lie. */
export interface OfficerPost {
  readonly id: string;
  readonly personId: string;
  readonly jobTitle: string;
  readonly organisation: string | null;
  readonly startsOn: IsoDate | null;
  readonly endsOn: IsoDate | null;
  /** Dates of the meetings where the title was first and last written beside their name. */
  readonly firstSeenOn: IsoDate | null;
  readonly lastSeenOn: IsoDate | null;
  readonly meetings: number | null;
}

export const MERGE_STATUSES = ['automatic', 'pending', 'accepted', 'rejected'] as const;
export type MergeStatus = (typeof MERGE_STATUSES)[number];

/**
 * A decision that two spellings are one person, with the evidence a clerk can read.
 * Kept rather than applied destructively, so that a merge can be undone.
 */
export interface PersonMerge {
  readonly id: string;
  readonly keptPersonId: string;
  readonly mergedPersonId: string;
  readonly score: number;
  readonly evidence: readonly string[];
  readonly status: MergeStatus;
  readonly createdAt: string;
  readonly decidedAt: string | null;
  readonly decidedBy: string | null;
}
