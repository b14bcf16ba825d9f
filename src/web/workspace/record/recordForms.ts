import { MEMBERSHIP_ROLES, VOTING_SCOPES, type MembershipRole, type VotingScope } from '../../../domain/membership.js';
import { readDateParts, type DatePart } from '../../pages/dateInput.js';
import type { FieldError } from '../forms/formFields.js';

/**
 * Reading the record's forms: every value arrives as typed text, and each problem becomes a
 * GOV.UK error naming its field (the id the error summary links to). Nothing here trusts the form.
 */
export type Values = Readonly<Record<string, string>>;

/** A date's error also says which of its three boxes to mark. */
export interface DateFieldError extends FieldError {
  readonly parts: readonly DatePart[];
}

export class FormReader {
  readonly errors: FieldError[] = [];
  /** Set when the save was refused because someone else changed the row since the form was opened (409). */
  stale = false;
  constructor(readonly values: Values) {}

  /** The row's version the form showed (its hidden `version` field); 0, which no row has, when missing or garbled. */
  get version(): number {
    const value = this.values.version ?? '';
    return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : 0;
  }

  text(id: string, label: string, options: { required?: boolean; max: number }): string | null {
    const value = (this.values[id] ?? '').trim();
    if (!value) {
      if (options.required) this.errors.push({ field: id, message: `Enter ${label.toLowerCase()}` });
      return null;
    }
    if (value.length > options.max) {
      this.errors.push({ field: id, message: `${label} must be ${options.max} characters or fewer` });
      return null;
    }
    return value;
  }

  wholeNumber(id: string, label: string, options: { min: number; max: number; required?: boolean }): number | null {
    const value = (this.values[id] ?? '').trim();
    if (!value) {
      if (options.required) this.errors.push({ field: id, message: `Enter ${label.toLowerCase()}` });
      return null;
    }
    if (!/^\d+$/.test(value)) {
      this.errors.push({ field: id, message: `${label} must be a whole number, like ${options.min + 2}` });
      return null;
    }
    const n = Number(value);
    if (n < options.min || n > options.max) {
      this.errors.push({ field: id, message: `${label} must be between ${options.min} and ${options.max}` });
      return null;
    }
    return n;
  }

  date(name: string, label: string, options: { required?: boolean } = {}): string | null {
    const parts = {
      day: this.values[`${name}-day`] ?? '',
      month: this.values[`${name}-month`] ?? '',
      year: this.values[`${name}-year`] ?? '',
    };
    const reading = readDateParts(parts, label);
    if (!reading.ok) {
      const error: DateFieldError = {
        field: `${name}-${reading.problem.parts[0] ?? 'day'}`,
        message: reading.problem.message,
        parts: reading.problem.parts,
      };
      this.errors.push(error);
      return null;
    }
    if (reading.iso === null && options.required) {
      const error: DateFieldError = {
        field: `${name}-day`,
        message: `Enter ${label.toLowerCase()}`,
        parts: ['day', 'month', 'year'],
      };
      this.errors.push(error);
    }
    return reading.iso;
  }

  choice<T extends string>(id: string, label: string, allowed: readonly T[]): T | null {
    const value = this.values[id] ?? '';
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.errors.push({ field: id, message: `Select ${label.toLowerCase()}` });
    return null;
  }

  /** A problem the use case found, shown against the field it concerns. */
  fail(field: string, message: string): void {
    this.errors.push({ field, message: message.charAt(0).toUpperCase() + message.slice(1) });
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}

/** The error a date field shows, with its boxes, from the page's errors. */
export function dateErrorFor(
  errors: readonly FieldError[],
  name: string,
): { message: string; parts: readonly DatePart[] } | null {
  const error = errors.find((e) => e.field.startsWith(`${name}-`)) as DateFieldError | undefined;
  if (!error) return null;
  return { message: error.message, parts: error.parts ?? ['day', 'month', 'year'] };
}

export const ROLE_LABELS: Readonly<Record<MembershipRole, string>> = {
  member: 'Member',
  chair: 'Chair',
  vice_chair: 'Vice-chair',
  co_optee: 'Co-optee',
  substitute: 'Substitute',
  ex_officio: 'Ex officio member',
};

export const VOTE_LABELS: Readonly<Record<VotingScope, string>> = {
  full: 'Full vote',
  education: 'Votes on education matters only',
  none: 'No vote',
};

export const ROLE_OPTIONS = MEMBERSHIP_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
export const VOTE_OPTIONS = VOTING_SCOPES.map((v) => ({ value: v, label: VOTE_LABELS[v] }));

/** Reads a membership's role, vote, group and dates from fields named `${prefix}role` and so on. */
export function readMembershipFields(form: FormReader, prefix: string) {
  const role = form.choice(`${prefix}role`, 'a role', MEMBERSHIP_ROLES);
  const votingScope = form.choice(`${prefix}vote`, 'a vote', VOTING_SCOPES);
  const party = form.text(`${prefix}party`, 'Political group', { max: 120 });
  const startsOn = form.date(`${prefix}start`, 'Start date');
  const endsOn = form.date(`${prefix}end`, 'End date');
  if (startsOn && endsOn && endsOn < startsOn)
    form.fail(`${prefix}end-day`, 'End date must be the same as or after the start date');
  if (role && votingScope && role !== 'co_optee' && votingScope !== 'full')
    form.fail(`${prefix}vote`, 'Only a co-optee can have no vote or a vote on education matters only');
  return { role: role ?? 'member', votingScope: votingScope ?? 'full', party, startsOn, endsOn };
}
