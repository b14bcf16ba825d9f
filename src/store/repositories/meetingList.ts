/** @deprecated transitional: the public meeting reader replaces it. */
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

export interface MeetingSummary {
  readonly id: string;
  readonly date: string;
  readonly startTime: string | null;
  readonly venue: string | null;
  readonly status: string;
  readonly bodyName: string;
  readonly bodySlug: string;
  readonly itemCount: number;
}

export interface MeetingListOptions {
  readonly bodyId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
  readonly offset?: number;
  readonly order?: 'asc' | 'desc';
}

/** Meetings with their body, newest first unless asked otherwise. */
export async function listMeetings(db: Kysely<Database>, options: MeetingListOptions = {}): Promise<MeetingSummary[]> {
  let query = db
    .selectFrom('meetings')
    .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
    .select((eb) => [
      'meetings.id',
      'meetings.date',
      'meetings.startTime',
      'meetings.venue',
      'meetings.status',
      'bodies.name as bodyName',
      'bodies.slug as bodySlug',
      eb
        .selectFrom('agendaItems')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('agendaItems.meetingId', '=', 'meetings.id')
        .as('itemCount'),
    ]);
  if (options.bodyId) query = query.where('meetings.bodyId', '=', options.bodyId);
  if (options.from) query = query.where('meetings.date', '>=', options.from);
  if (options.to) query = query.where('meetings.date', '<=', options.to);
  const order = options.order ?? 'desc';
  const rows = await query
    .orderBy('meetings.date', order)
    .orderBy('meetings.startTime', order)
    .orderBy('meetings.id')
    .limit(options.limit ?? 100)
    .offset(options.offset ?? 0)
    .execute();
  return rows.map((r) => ({ ...r, itemCount: Number(r.itemCount ?? 0) }));
}
