import type { Kysely } from 'kysely';
import type { ReviewFlag, ReviewFlagKind } from '../../domain/reviewFlag.js';
import type { Database } from '../database.js';
import { insertInBatches } from './insertInBatches.js';

/** Things an import flagged for a clerk (a declaration by someone not recorded at the meeting). */
export class ReviewFlagRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Adds flags; a flag already raised (same id) stays as it is, dismissed or not. */
  async add(flags: readonly ReviewFlag[]): Promise<void> {
    await insertInBatches(this.db, 'reviewFlags', flags, { on: ['id'] });
  }

  /** Forgets what these documents flagged about a meeting, as their statements are forgotten. */
  async forget(meetingId: string, sourceIds: readonly string[]): Promise<void> {
    if (sourceIds.length === 0) return;
    await this.db
      .deleteFrom('reviewFlags')
      .where('meetingId', '=', meetingId)
      .where('sourceDocumentId', 'in', [...sourceIds])
      .execute();
  }

  /** Flags still open (or all), oldest first. */
  async list(options: { readonly all?: boolean } = {}): Promise<ReviewFlag[]> {
    let query = this.db.selectFrom('reviewFlags').selectAll();
    if (!options.all) query = query.where('dismissedAt', 'is', null);
    const rows = await query.orderBy('createdAt').orderBy('id').execute();
    return rows.map((r) => ({ ...r, kind: r.kind as ReviewFlagKind }));
  }

  /** Whether a flag with this id exists. */
  async exists(id: string): Promise<boolean> {
    return (await this.db.selectFrom('reviewFlags').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  }

  async dismiss(id: string, by: string, at: string): Promise<void> {
    await this.db.updateTable('reviewFlags').set({ dismissedAt: at, dismissedBy: by }).where('id', '=', id).execute();
  }
}
