import type { QuorumRule } from './calendar/quorum.js';
import type { IsoDate } from './isoDateType.js';

export const BODY_KINDS = [
  'full_council',
  'executive',
  'committee',
  'sub_committee',
  'board',
  'panel',
  'partnership',
  'other',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export interface Body {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly kind: BodyKind;
  readonly parentId: string | null;
  /** Scrutiny bodies make recommendations rather than decisions, and their members may not sit on the Executive. */
  readonly isScrutiny: boolean;
  readonly size: number | null;
  readonly quorumRule: QuorumRule;
  /** Expected meetings a year, as a range (seeds: six to eleven). */
  readonly meetingsPerYear: { readonly min: number; readonly max: number } | null;
  readonly allowsSubstitutes: boolean;
}

/** Terms of reference change over time; each adopted version is kept. */
export interface TermsOfReference {
  readonly id: string;
  readonly bodyId: string;
  readonly adoptedOn: IsoDate | null;
  readonly description: string | null;
  readonly purpose: string | null;
  readonly objectives: string | null;
  readonly powers: string | null;
  readonly membershipRules: string | null;
  readonly quorumText: string | null;
  readonly frequencyText: string | null;
  readonly documentId: string | null;
}

/**
 * A council meeting as a whole: any name ending "Council" ("Gorslas Community Council", "Bellingen
 * Shire Council", "Highland Council") or opening "Council of" ("Council of the City of Portland"),
 * unless it names a gathering beside the council rather than the council itself.
 */
function isWholeCouncilName(n: string): boolean {
  if (/\b(youth|schools?|advisory|liaison|forum|joint|association|tenants?)\b/.test(n)) return false;
  return /\bcouncil$/.test(n) || /^(the )?(common )?council of\b/.test(n);
}

/** The body kind a name suggests, for bodies first met in an imported document. */
export function bodyKindFromName(name: string): BodyKind {
  const n = name.toLowerCase();
  if (/\bsub[- ]?committee\b/.test(n)) return 'sub_committee';
  if (isWholeCouncilName(n)) return 'full_council';
  if (/\b(cabinet|executive)\b/.test(n) && !/\bscrutiny\b/.test(n)) return 'executive';
  if (/\bpartnership\b/.test(n)) return 'partnership';
  if (/\bboard\b/.test(n)) return 'board';
  if (/\bpanel\b/.test(n)) return 'panel';
  if (/\bcommittee\b/.test(n)) return 'committee';
  return 'other';
}

export function isScrutinyName(name: string): boolean {
  return /\b(scrutiny|overview)\b/i.test(name);
}
