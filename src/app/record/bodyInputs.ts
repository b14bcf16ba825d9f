import type { QuorumRule } from '../../domain/calendar/quorum.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { MembershipRole, VotingScope } from '../../domain/membership.js';

/** A body's settings as a clerk sets them (the web reads and checks the form into this). */
export interface BodySettingsInput {
  readonly size: number | null;
  readonly quorumRule: QuorumRule;
  readonly meetingsPerYear: { readonly min: number; readonly max: number } | null;
  readonly allowsSubstitutes: boolean;
}

/** A newly adopted version of a body's terms of reference. */
export interface TermsInput {
  readonly adoptedOn: IsoDate;
  readonly purpose: string;
  readonly powers: string | null;
  readonly membershipRules: string | null;
  readonly quorumText: string | null;
  readonly frequencyText: string | null;
}

/** What a membership says: the role, the vote, the group and the dates. */
export interface MembershipFields {
  readonly role: MembershipRole;
  readonly votingScope: VotingScope;
  readonly party: string | null;
  readonly startsOn: IsoDate | null;
  readonly endsOn: IsoDate | null;
}

/** Bounds on what a clerk types: generous for real text, small enough to keep pages and the database sane. */
export const TEXT_LIMITS = { short: 120, long: 5000 } as const;
