import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

export interface RecentDecision {
  readonly resolutionId: string;
  readonly text: string;
  readonly isFormal: boolean;
  readonly itemId: string;
  readonly itemTitle: string;
  readonly meetingId: string;
  readonly date: string;
  readonly bodyName: string;
}

/**
 * The latest decisions on substantive items, up to a date. Standard items (apologies, approving the
 * last minutes) are left out because they say nothing new, and exempt items are never public.
 */
export async function listRecentDecisions(
  db: Kysely<Database>,
  options: { until: string; limit: number },
): Promise<RecentDecision[]> {
  const rows = await db
    .selectFrom('resolutions as r')
    .innerJoin('agendaItems as i', 'i.id', 'r.itemId')
    .innerJoin('meetings as m', 'm.id', 'i.meetingId')
    .innerJoin('bodies as b', 'b.id', 'm.bodyId')
    .select([
      'r.id as resolutionId',
      'r.text',
      'r.isFormal',
      'i.id as itemId',
      'i.title as itemTitle',
      'm.id as meetingId',
      'm.date',
      'b.name as bodyName',
    ])
    .where('m.date', '<=', options.until)
    .where('i.isExempt', '=', 0)
    .where('i.standardKind', 'is', null)
    .orderBy('m.date', 'desc')
    .orderBy('m.id')
    .orderBy('i.position')
    .orderBy('r.position')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({ ...r, isFormal: Boolean(r.isFormal) }));
}
