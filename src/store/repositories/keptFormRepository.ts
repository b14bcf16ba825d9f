import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

export interface KeptFormRow {
  readonly tokenHash: string;
  readonly accountId: string;
  /** The page the form was on, shown again after sign-in. */
  readonly pagePath: string;
  /** Where the form posts. */
  readonly action: string;
  readonly fieldsJson: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** Forms kept across an expired session, each given back once to its own account. */
export class KeptFormRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Keeps one form, dropping expired ones and all but the newest `keepPerAccount - 1` of its account. */
  async add(row: KeptFormRow, keepPerAccount: number): Promise<void> {
    await this.db.deleteFrom('keptForms').where('expiresAt', '<=', row.createdAt).execute();
    const older = await this.db
      .selectFrom('keptForms')
      .select('tokenHash')
      .where('accountId', '=', row.accountId)
      .orderBy('createdAt', 'desc')
      .offset(keepPerAccount - 1)
      .limit(1_000)
      .execute();
    if (older.length > 0)
      await this.db
        .deleteFrom('keptForms')
        .where(
          'tokenHash',
          'in',
          older.map((o) => o.tokenHash),
        )
        .execute();
    await this.db.insertInto('keptForms').values(row).execute();
  }

  /** A live kept form of `accountId`, removed as it is read; another account's, or an expired one, gives nothing. */
  async take(tokenHash: string, accountId: string, now: string): Promise<KeptFormRow | undefined> {
    const row = await this.peek(tokenHash, accountId, now);
    if (row) await this.db.deleteFrom('keptForms').where('tokenHash', '=', tokenHash).execute();
    return row;
  }

  /** As `take`, without removing it. */
  async peek(tokenHash: string, accountId: string, now: string): Promise<KeptFormRow | undefined> {
    return this.db
      .selectFrom('keptForms')
      .selectAll()
      .where('tokenHash', '=', tokenHash)
      .where('accountId', '=', accountId)
      .where('expiresAt', '>', now)
      .executeTakeFirst();
  }

  /** The newest live kept form of an account, if any. */
  async newestOf(accountId: string, now: string): Promise<KeptFormRow | undefined> {
    return this.db
      .selectFrom('keptForms')
      .selectAll()
      .where('accountId', '=', accountId)
      .where('expiresAt', '>', now)
      .orderBy('createdAt', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  /** Gives a kept form a new token (its hash): the old one stops working. */
  async rekey(tokenHash: string, newTokenHash: string): Promise<void> {
    await this.db
      .updateTable('keptForms')
      .set({ tokenHash: newTokenHash })
      .where('tokenHash', '=', tokenHash)
      .execute();
  }
}
