import { mayAdminister, roleSchema, type Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { Store } from '../../store/store.js';
import { addUser, type AddedUser, type NewUser } from './addUser.js';

function assertAdmin(actor: Account): void {
  if (!mayAdminister(actor)) throw new AppError('FORBIDDEN', 'only an administrator may manage accounts');
}

/** Every account, for an administrator; the password hashes stay behind. */
export async function listAccounts(store: Store, actor: Account): Promise<Account[]> {
  assertAdmin(actor);
  const accounts = await store.transaction((repos) => repos.accounts.list());
  return accounts.map(({ passwordHash: _hash, ...account }) => account);
}

/**
 * Deactivates an account and ends its sessions at once; recorded in the audit log. An
 * administrator cannot deactivate themself, so that the last administrator is never locked out.
 */
export async function deactivateAccount(
  store: Store,
  actor: Account,
  accountId: string,
  now = new Date().toISOString(),
): Promise<void> {
  assertAdmin(actor);
  if (accountId === actor.id) throw new AppError('INPUT_INVALID', 'you cannot deactivate your own account');
  await store.transaction(async (repos) => {
    const account = await repos.accounts.find(accountId);
    if (!account) throw new AppError('NOT_FOUND', `no account with id ${accountId}`);
    if (!account.active) return;
    await repos.accounts.update(accountId, { active: false }, now);
    await repos.accounts.revokeSessions({ accountId }, now);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'account.deactivate',
      subjectKind: 'account',
      subjectId: accountId,
      before: { active: true },
      after: { active: false },
    });
  });
}

/** Changes an account's role, recorded in the audit log; an administrator keeps their own role. */
export async function setAccountRole(
  store: Store,
  actor: Account,
  accountId: string,
  role: string,
  now = new Date().toISOString(),
): Promise<void> {
  assertAdmin(actor);
  const parsed = roleSchema.safeParse(role);
  if (!parsed.success) throw new AppError('INPUT_INVALID', parsed.error.issues[0]!.message);
  if (accountId === actor.id) throw new AppError('INPUT_INVALID', 'you cannot change your own role');
  await store.transaction(async (repos) => {
    const account = await repos.accounts.find(accountId);
    if (!account) throw new AppError('NOT_FOUND', `no account with id ${accountId}`);
    if (account.role === parsed.data) return;
    await repos.accounts.update(
      accountId,
      { role: parsed.data, ...(parsed.data === 'clerk' ? {} : { bodyIds: [] }) },
      now,
    );
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'account.role',
      subjectKind: 'account',
      subjectId: accountId,
      before: { role: account.role },
      after: { role: parsed.data },
    });
  });
}

/** An administrator invites someone: an account without a password, and a one-time sign-in link to send them. */
export async function inviteUser(
  store: Store,
  actor: Account,
  input: Omit<NewUser, 'password'>,
  now = new Date().toISOString(),
): Promise<AddedUser> {
  assertAdmin(actor);
  return addUser(store, { ...input, password: undefined }, actor.id, { now });
}
