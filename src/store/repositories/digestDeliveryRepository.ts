import type { Kysely } from 'kysely';
import type { Database, DigestDeliveryTable } from '../database.js';

/** A weekly digest claimed for one clerk and week: written to the outbox, and maybe sent. */
export interface DigestDelivery {
  readonly id: string;
  readonly accountId: string;
  /** ISO week, `2026-W49`. */
  readonly week: string;
  readonly recipient: string;
  readonly messageId: string;
  /** The .eml file's name in the outbox. */
  readonly fileName: string;
  readonly itemCount: number;
  readonly writtenAt: string;
  readonly sentAt: string | null;
}

function toDelivery(r: DigestDeliveryTable): DigestDelivery {
  return { ...r, itemCount: Number(r.itemCount) };
}

/** What the weekly digest has written and sent, one row per clerk and week (migration 0027). */
export class DigestDeliveryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(accountId: string, week: string): Promise<DigestDelivery | undefined> {
    const row = await this.db
      .selectFrom('digestDeliveries')
      .selectAll()
      .where('accountId', '=', accountId)
      .where('week', '=', week)
      .executeTakeFirst();
    return row && toDelivery(row);
  }

  /**
   * Claims the week for the clerk: false when a row is already there (another run got it first).
   * The unique key on (account, week) decides, so overlapping runs cannot both claim it.
   */
  async claim(delivery: DigestDelivery): Promise<boolean> {
    const result = await this.db
      .insertInto('digestDeliveries')
      .values(delivery)
      .onConflict((oc) => oc.columns(['accountId', 'week']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  async markSent(id: string, sentAt: string): Promise<void> {
    await this.db.updateTable('digestDeliveries').set({ sentAt }).where('id', '=', id).execute();
  }

  /** Every delivery of a week, by recipient. */
  async ofWeek(week: string): Promise<DigestDelivery[]> {
    const rows = await this.db
      .selectFrom('digestDeliveries')
      .selectAll()
      .where('week', '=', week)
      .orderBy('recipient')
      .execute();
    return rows.map(toDelivery);
  }
}
