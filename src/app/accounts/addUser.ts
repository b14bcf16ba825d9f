import { z } from 'zod';
import { emailSchema, passwordSchema, roleSchema, SIGN_IN_LINK_HOURS, type Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { Store } from '../../store/store.js';
import { hashPassword, OWASP_SCRYPT_COST, type ScryptCost } from './passwordHash.js';
import { newToken, tokenHash } from './secretToken.js';

const newUserSchema = z.object({
  email: emailSchema,
  role: roleSchema,
  bodySlugs: z.array(z.string().min(1)).default([]),
  password: passwordSchema.optional(),
});
/** As typed on a form or the command line: checked here (role, address, password length). */
export interface NewUser {
  readonly email: string;
  readonly role: string;
  readonly bodySlugs?: readonly string[];
  readonly password?: string;
}

export interface AddedUser {
  readonly account: Account;
  /** A one-time sign-in token when no password was given, to be sent as a link; null otherwise. */
  readonly signInToken: string | null;
}

/**
 * Creates an account, with a password or with a one-time sign-in link. A clerk may be limited to
 * named bodies. Recorded in the audit log; the password (or its hash) never is.
 */
export async function addUser(
  store: Store,
  input: NewUser,
  actor: string,
  options: { now?: string; cost?: ScryptCost } = {},
): Promise<AddedUser> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INPUT_INVALID', parsed.error.issues.map((i) => i.message).join('; '));
  const user = parsed.data;
  if (user.bodySlugs.length > 0 && user.role !== 'clerk')
    throw new AppError('INPUT_INVALID', 'only a clerk is limited to bodies; leave out --body for other roles');
  const now = options.now ?? new Date().toISOString();
  // Hashing takes a fraction of a second on purpose: done before the transaction holds the write lock.
  const passwordHash = user.password ? await hashPassword(user.password, options.cost ?? OWASP_SCRYPT_COST) : null;
  const signInToken = user.password ? null : newToken();
  return store.transaction(async (repos) => {
    if (await repos.accounts.findByEmail(user.email))
      throw new AppError('CONFLICT', `an account for ${user.email} already exists`);
    const bodyIds: string[] = [];
    for (const slug of user.bodySlugs) {
      const body = await repos.bodies.findBySlug(slug);
      if (!body) throw new AppError('NOT_FOUND', `no body with the slug ${slug}; \`quorum stats\` lists the bodies`);
      bodyIds.push(body.id);
    }
    const account: Account = {
      id: randomId(),
      email: user.email,
      role: user.role,
      bodyIds,
      active: true,
      createdAt: now,
    };
    await repos.accounts.add({ ...account, passwordHash });
    if (signInToken)
      await repos.accounts.addSignInLink({
        tokenHash: tokenHash(signInToken),
        accountId: account.id,
        createdAt: now,
        expiresAt: new Date(Date.parse(now) + SIGN_IN_LINK_HOURS * 3600_000).toISOString(),
      });
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor,
      action: 'account.add',
      subjectKind: 'account',
      subjectId: account.id,
      before: undefined,
      after: account,
    });
    return { account, signInToken };
  });
}
