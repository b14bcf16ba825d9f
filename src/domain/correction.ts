import { formatDate } from './calendar/dateInWords.js';

/** What a clerk can correct of an imported fact. */
export const CORRECTION_SUBJECTS = ['membership', 'person', 'officer_post'] as const;
export type CorrectionSubject = (typeof CORRECTION_SUBJECTS)[number];

/**
 * A clerk's correction of a fact an imported document gave: what the document said, what it is
 * now, who corrected it and when. Pages show both, so a reader can judge the source for themselves.
 */
export interface Correction {
  readonly id: string;
  readonly subjectKind: CorrectionSubject;
  readonly subjectId: string;
  /** The field corrected: `role`, `votingScope`, `startsOn`, `endsOn`, `party`, `name`, `jobTitle`… */
  readonly field: string;
  /** As the document gave it (null: it gave none). */
  readonly documentValue: string | null;
  readonly correctedValue: string | null;
  readonly sourceDocumentId: string | null;
  /** The email address of the account that corrected it, as readers are told. */
  readonly correctedBy: string;
  /** An ISO instant. */
  readonly correctedAt: string;
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  role: 'Role',
  votingScope: 'Vote',
  startsOn: 'Start date',
  endsOn: 'End date',
  party: 'Political group',
  name: 'Name',
  jobTitle: 'Job title',
  organisation: 'Organisation',
};

const VALUE_WORDS: Readonly<Record<string, string>> = {
  chair: 'chair',
  vice_chair: 'vice-chair',
  member: 'member',
  co_optee: 'co-optee',
  substitute: 'substitute',
  ex_officio: 'ex officio member',
  full: 'full vote',
  education: 'vote on education matters only',
  none: 'no vote',
};

/** A stored value in words: dates in full, roles and voting scopes as a reader says them. */
export function correctionValueText(field: string, value: string | null): string {
  if (value === null || value === '') return 'nothing';
  if ((field === 'startsOn' || field === 'endsOn') && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (field === 'role' || field === 'votingScope') return VALUE_WORDS[value] ?? value;
  return `“${value}”`;
}

/** "Role: the document said member; corrected to chair by clerk@council.example on 5 May 2025." */
export function correctionText(c: Correction): string {
  const label = FIELD_LABELS[c.field] ?? c.field;
  return `${label}: the document said ${correctionValueText(c.field, c.documentValue)}; corrected to ${correctionValueText(
    c.field,
    c.correctedValue,
  )} by ${c.correctedBy} on ${formatDate(c.correctedAt.slice(0, 10))}.`;
}
