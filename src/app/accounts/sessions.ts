import { SESSION_ABSOLUTE_DAYS, SESSION_IDLE_MINUTES, type Account } from '../../domain/account.js';
import type { Store } from '../../store/store.js';
import type { StoredAccount } from '../../store/repositories/accountRepository.js';
import { verifyPassword } from './passwordHash.js';
import { newToken, tokenHash } from './secretToken.js';

export interface SignedIn {
  readonly account: Account;
  /** The session cookie's value. */
  readonly sessionToken: string;
  /** The synchronizer token every form of this session carries. */
  readonly csrfToken: string;
}

export type SignInResult =
  { readonly ok: true; readonly signedIn: SignedIn } | { readonly ok: false; readonly problem: string };

/** One message for an unknown address and a wrong password, so the form does not reveal who has an account. */
const WRONG = 'Enter a correct email address and password';

/**
 * A hash verified when the address is unknown, so that an unknown address takes as long as a
 * wrong password (scrypt's cost, OWASP's parameters).
 */
const DECOY_HASH = 'scrypt$17$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export async function signInWithPassword(
  store: Store,
  email: string,
  password: string,
  now = new Date().toISOString(),
): Promise<SignInResult> {
  const account = await store.transaction((repos) => repos.accounts.findByEmail(email.trim().toLowerCase()));
  const matches = await verifyPassword(password, account?.passwordHash ?? DECOY_HASH);
  if (!account || !account.passwordHash || !matches) return { ok: false, problem: WRONG };
  if (!account.active) return { ok: false, problem: 'This account has been deactivated: ask an administrator' };
  return { ok: true, signedIn: await openSession(store, account, now) };
}

/** Signs in with a one-time link; a used or expired link, or a deactivated account, gives nothing. */
export async function signInWithLink(
  store: Store,
  token: string,
  now = new Date().toISOString(),
): Promise<SignInResult> {
  const account = await store.transaction(async (repos) => {
    const accountId = await repos.accounts.useSignInLink(tokenHash(token), now);
    return accountId ? repos.accounts.find(accountId) : undefined;
  });
  if (!account?.active)
    return { ok: false, problem: 'This sign-in link has been used or has expired: ask for a new one' };
  return { ok: true, signedIn: await openSession(store, account, now) };
}

async function openSession(store: Store, account: StoredAccount, now: string): Promise<SignedIn> {
  const sessionToken = newToken();
  const csrfToken = newToken();
  await store.transaction((repos) =>
    repos.accounts.addSession({
      tokenHash: tokenHash(sessionToken),
      accountId: account.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(Date.parse(now) + SESSION_ABSOLUTE_DAYS * 86_400_000).toISOString(),
      revokedAt: null,
    }),
  );
  const { passwordHash: _hash, ...publicAccount } = account;
  return { account: publicAccount, sessionToken, csrfToken };
}

/**
 * The account and CSRF token of a live session, or null: unknown, revoked, past its absolute
 * expiry, idle too long, or its account deactivated. A live session's last use is recorded at
 * most once a minute, so reading pages does not write on every request.
 */
export async function resolveSession(
  store: Store,
  sessionToken: string,
  now = new Date().toISOString(),
): Promise<{ readonly account: Account; readonly csrfToken: string } | null> {
  const hash = tokenHash(sessionToken);
  return store.transaction(async (repos) => {
    const session = await repos.accounts.findSession(hash);
    if (!session || session.revokedAt || session.expiresAt <= now) return null;
    const idleSince = Date.parse(now) - Date.parse(session.lastSeenAt);
    if (idleSince > SESSION_IDLE_MINUTES * 60_000) return null;
    const account = await repos.accounts.find(session.accountId);
    if (!account?.active) return null;
    if (idleSince > 60_000) await repos.accounts.touchSession(hash, now);
    const { passwordHash: _hash, ...publicAccount } = account;
    return { account: publicAccount, csrfToken: session.csrfToken };
  });
}

export async function signOut(store: Store, sessionToken: string, now = new Date().toISOString()): Promise<void> {
  await store.transaction((repos) => repos.accounts.revokeSessions({ tokenHash: tokenHash(sessionToken) }, now));
}
