import type { Kysely } from 'kysely';
import type { DecisionNotice } from '../../domain/decisions/decisionNotice.js';
import type { Database } from '../database.js';
import { toDecisionNotice } from '../decisionNoticeRow.js';
import { countOf, type PageRequest, type Paged } from './publicRefs.js';

export interface PublicDecisionNotice extends DecisionNotice {
  readonly body: { readonly slug: string; readonly name: string } | null;
}

/**
 * Published decision notices: those whose publication date has come. A notice is public by nature
 * (the law requires it), so no exempt scope applies beyond not showing it before it is published.
 */
export class PublicDecisionNotices {
  constructor(private readonly db: Kysely<Database>) {}

  private published(today: string) {
    return this.db
      .selectFrom('decisionNotices')
      .leftJoin('bodies', 'bodies.id', 'decisionNotices.bodyId')
      .where('decisionNotices.publishedOn', '<=', today);
  }

  async page(today: string, page: PageRequest): Promise<Paged<PublicDecisionNotice>> {
    const [rows, total] = await Promise.all([
      this.published(today)
        .selectAll('decisionNotices')
        .select(['bodies.slug as bodySlug', 'bodies.name as bodyName'])
        .orderBy('decisionNotices.publishedOn', 'desc')
        .orderBy('decisionNotices.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      this.published(today)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    ]);
    return { rows: rows.map(withBody), total: countOf(total) };
  }

  async byId(id: string, today: string): Promise<PublicDecisionNotice | undefined> {
    const row = await this.published(today)
      .selectAll('decisionNotices')
      .select(['bodies.slug as bodySlug', 'bodies.name as bodyName'])
      .where('decisionNotices.id', '=', id)
      .executeTakeFirst();
    return row ? withBody(row) : undefined;
  }
}

function withBody(
  row: Parameters<typeof toDecisionNotice>[0] & { bodySlug: string | null; bodyName: string | null },
): PublicDecisionNotice {
  const { bodySlug, bodyName, ...notice } = row;
  return { ...toDecisionNotice(notice), body: bodySlug && bodyName ? { slug: bodySlug, name: bodyName } : null };
}
