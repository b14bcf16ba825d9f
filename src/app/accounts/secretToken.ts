import { createHash, randomBytes } from 'node:crypto';

/** A fresh unguessable token (256 bits) for a session cookie, a CSRF form field or a sign-in link. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: its SHA-256, so that a copy of the database signs nobody in. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
