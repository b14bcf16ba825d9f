import type { Kysely } from 'kysely';
import type { ForwardPlanEntry } from '../../domain/forwardPlan/forwardPlanEntry.js';
import type { Database } from '../database.js';
import { toForwardPlanEntry } from '../forwardPlanRow.js';
import { keysetPages } from '../keysetPages.js';

/**
 * What the public reads of a forward plan entry: the notice as the regulations require it be
 * published. Drafts (no notice yet, or one dated in the future) never show; exempt documents are
 * only named by their Schedule 12A paragraph, never shown.
 */
export type PublicForwardPlanEntry = Omit<ForwardPlanEntry, 'version'>;

function publicView(entry: ForwardPlanEntry): PublicForwardPlanEntry {
  const { version: _v, ...rest } = entry;
  return rest;
}

/** The published forward plan. */
export class PublicForwardPlan {
  constructor(private readonly db: Kysely<Database>) {}

  private published(today: string) {
    return this.db
      .selectFrom('forwardPlanEntries')
      .selectAll()
      .where('noticePublishedOn', 'is not', null)
      .where('noticePublishedOn', '<=', today);
  }

  /** Entries still to be decided (planned or deferred), soonest first; decided and withdrawn ones after `since`. */
  async list(today: string, options: { readonly includeDone: boolean }): Promise<PublicForwardPlanEntry[]> {
    let query = this.published(today);
    if (!options.includeDone) query = query.where('status', 'in', ['planned', 'deferred']);
    const rows = await query.orderBy('expectedOn', 'asc').orderBy('id', 'asc').execute();
    return rows.map((r) => publicView(toForwardPlanEntry(r)));
  }

  /**
   * Every published entry, decided and withdrawn ones too, a keyset page at a time in id order, for
   * the exports. The forward plan is the executive's, not a committee's: one body's export has none.
   */
  stream(today: string, scope: { readonly bodyId?: string } = {}): AsyncGenerator<PublicForwardPlanEntry[]> {
    return keysetPages(
      async (after: string | null, limit) => {
        if (scope.bodyId !== undefined) return [];
        const rows = await this.published(today)
          .$if(after !== null, (q) => q.where('id', '>', after!))
          .orderBy('id')
          .limit(limit)
          .execute();
        return rows.map((r) => publicView(toForwardPlanEntry(r)));
      },
      (entry) => entry.id,
    );
  }

  async byId(id: string, today: string): Promise<PublicForwardPlanEntry | undefined> {
    const row = await this.published(today).where('id', '=', id).executeTakeFirst();
    return row ? publicView(toForwardPlanEntry(row)) : undefined;
  }
}
