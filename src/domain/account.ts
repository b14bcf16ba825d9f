import { z } from 'zod';

/**
 * Who may sign in, and what each may change. The public needs no account: everything published is
 * read without one.
 */
export const ROLES = ['admin', 'clerk', 'councillor', 'decision_maker'] as const;
export type Role = (typeof ROLES)[number];

export interface Account {
  readonly id: string;
  /** Lower case, as typed otherwise: the address people sign in with. */
  readonly email: string;
  readonly role: Role;
  /** For a clerk: the bodies they serve, by id; empty means every body. Ignored for other roles. */
  readonly bodyIds: readonly string[];
  readonly active: boolean;
  readonly createdAt: string;
}

/** Addresses are compared without case: people type them both ways. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'enter an email address in the correct format, like name@example.org' }));

export const roleSchema = z.enum(ROLES, {
  message: `the role must be one of ${ROLES.join(', ')}`,
});

/** NIST SP 800-63B: at least 8 characters, no composition rules; an upper bound keeps hashing cheap. */
export const passwordSchema = z
  .string()
  .min(8, { message: 'the password must be at least 8 characters' })
  .max(256, { message: 'the password must be at most 256 characters' });

/** Whether an account may change the record of a body (its meetings, agendas and minutes). */
export function mayClerk(account: Account, bodyId: string): boolean {
  if (!account.active) return false;
  if (account.role === 'admin') return true;
  return account.role === 'clerk' && (account.bodyIds.length === 0 || account.bodyIds.includes(bodyId));
}

/** Whether an account may manage accounts and settings. */
export function mayAdminister(account: Account): boolean {
  return account.active && account.role === 'admin';
}

/** Sessions last a working day of inactivity at most, and a week in all (OWASP session guidance). */
export const SESSION_IDLE_MINUTES = 8 * 60;
export const SESSION_ABSOLUTE_DAYS = 7;
/** A one-time sign-in link is good for a day. */
export const SIGN_IN_LINK_HOURS = 24;
