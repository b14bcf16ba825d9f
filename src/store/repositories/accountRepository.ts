import type { Kysely } from 'kysely';
import type { Account, Role } from '../../domain/account.js';
import type { AccountTable, Database } from '../database.js';

/** An account as stored, with its password hash (which never leaves the app layer). */
export interface StoredAccount extends Account {
  readonly passwordHash: string | null;
}

export interface SessionRow {
  readonly tokenHash: string;
  readonly accountId: string;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
}

/** Accounts, the bodies a clerk serves, sessions and one-time sign-in links. */
export class AccountRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async findByEmail(email: string): Promise<StoredAccount | undefined> {
    const row = await this.db.selectFrom('accounts').selectAll().where('email', '=', email).executeTakeFirst();
    return row && this.#withBodies(row);
  }

  async find(id: string): Promise<StoredAccount | undefined> {
    const row = await this.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
    return row && this.#withBodies(row);
  }

  async list(): Promise<StoredAccount[]> {
    const rows = await this.db.selectFrom('accounts').selectAll().orderBy('email').execute();
    return Promise.all(rows.map((r) => this.#withBodies(r)));
  }

  async add(account: StoredAccount): Promise<void> {
    await this.db
      .insertInto('accounts')
      .values({
        id: account.id,
        email: account.email,
        role: account.role,
        passwordHash: account.passwordHash,
        active: account.active ? 1 : 0,
        createdAt: account.createdAt,
        updatedAt: account.createdAt,
      })
      .execute();
    await this.#setBodies(account.id, account.bodyIds);
  }

  async update(
    id: string,
    change: { role?: Role; active?: boolean; passwordHash?: string | null; bodyIds?: readonly string[] },
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable('accounts')
      .set({
        ...(change.role !== undefined ? { role: change.role } : {}),
        ...(change.active !== undefined ? { active: change.active ? 1 : 0 } : {}),
        ...(change.passwordHash !== undefined ? { passwordHash: change.passwordHash } : {}),
        updatedAt: now,
      })
      .where('id', '=', id)
      .execute();
    if (change.bodyIds) await this.#setBodies(id, change.bodyIds);
  }

  async addSession(session: SessionRow): Promise<void> {
    await this.db.insertInto('sessions').values(session).execute();
  }

  async findSession(tokenHash: string): Promise<SessionRow | undefined> {
    return this.db.selectFrom('sessions').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst();
  }

  /**
   * An account's session whose form token is this one, live or ended (sessions are kept, revoked or
   * expired, not deleted): a form from an old tab names the session it was opened in.
   */
  async sessionWithFormToken(accountId: string, csrfToken: string): Promise<SessionRow | undefined> {
    return this.db
      .selectFrom('sessions')
      .selectAll()
      .where('accountId', '=', accountId)
      .where('csrfToken', '=', csrfToken)
      .executeTakeFirst();
  }

  async touchSession(tokenHash: string, now: string): Promise<void> {
    await this.db.updateTable('sessions').set({ lastSeenAt: now }).where('tokenHash', '=', tokenHash).execute();
  }

  /** Revokes one session, or every live session of an account (a deactivation, a password change). */
  async revokeSessions(by: { tokenHash: string } | { accountId: string }, now: string): Promise<number> {
    const result = await this.db
      .updateTable('sessions')
      .set({ revokedAt: now })
      .where('revokedAt', 'is', null)
      .where((eb) => ('tokenHash' in by ? eb('tokenHash', '=', by.tokenHash) : eb('accountId', '=', by.accountId)))
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async addSignInLink(link: {
    tokenHash: string;
    accountId: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void> {
    await this.db
      .insertInto('signInLinks')
      .values({ ...link, usedAt: null })
      .execute();
  }

  /** Marks a link used and returns its account, once: a second use, or an expired link, gives nothing. */
  async useSignInLink(tokenHash: string, now: string): Promise<string | undefined> {
    const result = await this.db
      .updateTable('signInLinks')
      .set({ usedAt: now })
      .where('tokenHash', '=', tokenHash)
      .where('usedAt', 'is', null)
      .where('expiresAt', '>', now)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return undefined;
    const row = await this.db
      .selectFrom('signInLinks')
      .select('accountId')
      .where('tokenHash', '=', tokenHash)
      .executeTakeFirstOrThrow();
    return row.accountId;
  }

  async #setBodies(accountId: string, bodyIds: readonly string[]): Promise<void> {
    await this.db.deleteFrom('accountBodies').where('accountId', '=', accountId).execute();
    if (bodyIds.length > 0)
      await this.db
        .insertInto('accountBodies')
        .values(bodyIds.map((bodyId) => ({ accountId, bodyId })))
        .execute();
  }

  async #withBodies(row: AccountTable): Promise<StoredAccount> {
    const bodies = await this.db
      .selectFrom('accountBodies')
      .select('bodyId')
      .where('accountId', '=', row.id)
      .orderBy('bodyId')
      .execute();
    return {
      id: row.id,
      email: row.email,
      role: row.role as Role,
      bodyIds: bodies.map((b) => b.bodyId),
      active: row.active !== 0,
      createdAt: row.createdAt,
      passwordHash: row.passwordHash,
    };
  }
}
