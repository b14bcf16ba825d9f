import type { Kysely } from 'kysely';
import type { ForwardPlanEntry } from '../../domain/forwardPlan/forwardPlanEntry.js';
import type { Database, ForwardPlanEntryTable } from '../database.js';
import { toForwardPlanEntry } from '../forwardPlanRow.js';
import { keysetPages } from '../keysetPages.js';
import { exemptItemIds } from './publicScope.js';

/**
 * What the public reads of a forward plan entry: the notice as the regulations require it be
 * published. Drafts (no notice yet, or one dated in the future) never show; exempt documents are
 * only named by their Schedule 12A paragraph, never shown.
 */
export type PublicForwardPlanEntry = Omit<ForwardPlanEntry, 'version'>;

function publicView(entry: ForwardPlanEntry, published: ReadonlySet<string>): PublicForwardPlanEntry {
  const { version: _v, ...rest } = entry;
  // A link to a notice not yet published, or of an exempt item, would lead nowhere and tell of it.
  const linked = rest.decisionNoticeId !== null && published.has(rest.decisionNoticeId);
  return { ...rest, decisionNoticeId: linked ? rest.decisionNoticeId : null };
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
    return this.#publicViews(rows, today);
  }

  /** The entries as the public reads them, each linked to its decision notice only when that is published. */
  async #publicViews(rows: readonly ForwardPlanEntryTable[], today: string): Promise<PublicForwardPlanEntry[]> {
    const linked = [...new Set(rows.flatMap((r) => (r.decisionNoticeId ? [r.decisionNoticeId] : [])))];
    const published =
      linked.length === 0
        ? []
        : await this.db
            .selectFrom('decisionNotices')
            .select('id')
            .where('id', 'in', linked)
            .where('publishedOn', '<=', today)
            .where((eb) => eb.or([eb('itemId', 'is', null), eb('itemId', 'not in', exemptItemIds(this.db))]))
            .execute();
    const ids = new Set(published.map((n) => n.id));
    return rows.map((r) => publicView(toForwardPlanEntry(r), ids));
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
        return this.#publicViews(rows, today);
      },
      (entry) => entry.id,
    );
  }

  async byId(id: string, today: string): Promise<PublicForwardPlanEntry | undefined> {
    const row = await this.published(today).where('id', '=', id).executeTakeFirst();
    return row ? (await this.#publicViews([row], today))[0] : undefined;
  }
}
