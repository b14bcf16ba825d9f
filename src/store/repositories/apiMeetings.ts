import type { Kysely } from 'kysely';
import type { Database, MeetingTable } from '../database.js';
import { countOf, type PageRequest, type Paged } from './apiPage.js';

export interface ApiMeetingFilter {
  readonly bodyId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly status?: string;
  readonly order: 'asc' | 'desc';
}

export interface ApiMeetingRow extends MeetingTable {
  readonly bodySlug: string;
  readonly bodyName: string;
  /** Public agenda items only: exempt items are not counted, as they are not published. */
  readonly itemCount: number;
}

/** Meetings with their body, filtered as the portal's calendar and search filter them, one page at a time. */
export async function pageMeetings(
  db: Kysely<Database>,
  filter: ApiMeetingFilter,
  page: PageRequest,
): Promise<Paged<ApiMeetingRow>> {
  let base = db.selectFrom('meetings').innerJoin('bodies', 'bodies.id', 'meetings.bodyId');
  if (filter.bodyId) base = base.where('meetings.bodyId', '=', filter.bodyId);
  if (filter.from) base = base.where('meetings.date', '>=', filter.from);
  if (filter.to) base = base.where('meetings.date', '<=', filter.to);
  if (filter.status) base = base.where('meetings.status', '=', filter.status);
  const total = countOf(await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
  const rows = await base
    .selectAll('meetings')
    .select((eb) => [
      'bodies.slug as bodySlug',
      'bodies.name as bodyName',
      eb
        .selectFrom('agendaItems')
        .select(eb.fn.countAll().as('n'))
        .whereRef('agendaItems.meetingId', '=', 'meetings.id')
        .where('agendaItems.isExempt', '=', 0)
        .as('itemCount'),
    ])
    .orderBy('meetings.date', filter.order)
    .orderBy('meetings.startTime', filter.order)
    .orderBy('meetings.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total, rows: rows.map((r) => ({ ...r, itemCount: Number(r.itemCount ?? 0) })) };
}
