import { timingSafeEqual } from 'node:crypto';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { newToken, tokenHash } from './secretToken.js';

/** How long typed work waits for its author to sign in again. */
export const KEPT_FORM_MINUTES = 60;
/** The most a kept form may weigh (its fields as JSON): a long set of minutes is well under it. */
export const KEPT_FORM_MAX_BYTES = 256 * 1024;
/** Kept forms per account: the newest ones; an older one goes when this is passed. */
const KEPT_PER_ACCOUNT = 5;

/** A form's fields as posted: a name may repeat (checkboxes). */
export type KeptFields = Readonly<Record<string, readonly string[]>>;

export interface KeptForm {
  readonly pagePath: string;
  readonly action: string;
  readonly fields: KeptFields;
}

/** Never kept: the forgery token (a fresh one comes with the page) and anything secret. */
function isSecret(name: string): boolean {
  return name === 'csrf_token' || /pass(word)?|secret|token/i.test(name);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export type KeepResult =
  | { readonly kept: true; readonly token: string }
  | { readonly kept: false; readonly reason: 'no-session' | 'nothing-typed' | 'too-large' };

/**
 * Keeps what a form carried when its session has ended (idle, past its expiry or signed out in
 * another tab), for the account whose session that was. The form must carry that session's own
 * forgery token, so a page elsewhere cannot leave text for someone to find. Returns the token the
 * sign-in page holds in a hidden field; the store keeps only its hash.
 */
export async function keepForm(
  store: Store,
  input: {
    readonly sessionToken: string;
    readonly csrfToken: string;
    readonly pagePath: string;
    readonly action: string;
    readonly fields: KeptFields;
  },
  now: string,
): Promise<KeepResult> {
  const fields = Object.fromEntries(
    Object.entries(input.fields).filter(([name, values]) => !isSecret(name) && values.length > 0),
  );
  return store.transaction(async (repos) => {
    const session = await repos.accounts.findSession(tokenHash(input.sessionToken));
    const account = session && (await repos.accounts.find(session.accountId));
    if (!session || !account?.active || !sameSecret(input.csrfToken, session.csrfToken))
      return { kept: false, reason: 'no-session' } as const;
    return keepFor(repos, account.id, input, fields, now);
  });
}

/**
 * Keeps what a form from an old tab carried when its author has signed in again elsewhere since:
 * the form's token is that of an earlier session of the signed-in account (`accountId`, whose
 * session the caller has checked), not of the current one. Nothing is saved; the text waits for
 * the page to show it back, as after signing in again. A token of no session of theirs keeps nothing.
 */
export async function keepFormOfEarlierSession(
  store: Store,
  input: {
    readonly accountId: string;
    readonly csrfToken: string;
    readonly pagePath: string;
    readonly action: string;
    readonly fields: KeptFields;
  },
  now: string,
): Promise<KeepResult> {
  const fields = Object.fromEntries(
    Object.entries(input.fields).filter(([name, values]) => !isSecret(name) && values.length > 0),
  );
  if (!/^[\w-]{43}$/.test(input.csrfToken)) return { kept: false, reason: 'no-session' };
  return store.transaction(async (repos) => {
    const earlier = await repos.accounts.sessionWithFormToken(input.accountId, input.csrfToken);
    if (!earlier || !sameSecret(input.csrfToken, earlier.csrfToken))
      return { kept: false, reason: 'no-session' } as const;
    return keepFor(repos, input.accountId, input, fields, now);
  });
}

async function keepFor(
  repos: Repositories,
  accountId: string,
  input: { readonly pagePath: string; readonly action: string },
  fields: Record<string, readonly string[]>,
  now: string,
): Promise<KeepResult> {
  if (!Object.values(fields).some((values) => values.some((v) => v.trim() !== '')))
    return { kept: false, reason: 'nothing-typed' };
  const fieldsJson = JSON.stringify(fields);
  if (Buffer.byteLength(fieldsJson) > KEPT_FORM_MAX_BYTES) return { kept: false, reason: 'too-large' };
  const token = newToken();
  await repos.keptForms.add(
    {
      tokenHash: tokenHash(token),
      accountId,
      pagePath: input.pagePath,
      action: input.action,
      fieldsJson,
      createdAt: now,
      expiresAt: new Date(Date.parse(now) + KEPT_FORM_MINUTES * 60_000).toISOString(),
    },
    KEPT_PER_ACCOUNT,
  );
  return { kept: true, token };
}

/**
 * After a sign-in that brought no kept token (the author signed in again in another tab than the
 * one whose sign-in page holds it): their newest kept form, under a new token for this browser's
 * cookie, so the work still comes back once; the old tab's token stops working. Undefined when none waits.
 */
export async function claimNewestKeptForm(
  store: Store,
  accountId: string,
  now: string,
): Promise<{ readonly token: string; readonly pagePath: string } | undefined> {
  return store.transaction(async (repos) => {
    const newest = await repos.keptForms.newestOf(accountId, now);
    if (!newest) return undefined;
    const token = newToken();
    await repos.keptForms.rekey(newest.tokenHash, tokenHash(token));
    return { token, pagePath: newest.pagePath };
  });
}

/** Where a kept form of `accountId` was, without giving it back yet; another account's gives nothing. */
export async function keptFormPage(
  store: Store,
  token: string,
  accountId: string,
  now: string,
): Promise<string | undefined> {
  const row = await store.transaction((repos) => repos.keptForms.peek(tokenHash(token), accountId, now));
  return row?.pagePath;
}

/** Gives a kept form back to its own account, once. */
export async function takeKeptForm(
  store: Store,
  token: string,
  accountId: string,
  now: string,
): Promise<KeptForm | undefined> {
  const row = await store.transaction((repos) => repos.keptForms.take(tokenHash(token), accountId, now));
  if (!row) return undefined;
  return { pagePath: row.pagePath, action: row.action, fields: JSON.parse(row.fieldsJson) as KeptFields };
}
