import type { Kysely } from 'kysely';
import type { Database, MeetingTable } from '../store/database.js';
import type { ExportScope } from './exportScope.js';
import { keysetPages } from '../store/keysetPages.js';

export interface MeetingRow extends MeetingTable {
  readonly bodyName: string;
  readonly bodySlug: string;
}

/** The meetings in scope in date order, a page at a time (keyset on date then id). */
export function meetingPages(
  db: Kysely<Database>,
  scope: ExportScope,
  pageSize?: number,
): AsyncGenerator<MeetingRow[]> {
  return keysetPages<MeetingRow, { date: string; id: string }>(
    (after, limit) =>
      db
        .selectFrom('meetings')
        .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
        .selectAll('meetings')
        .select(['bodies.name as bodyName', 'bodies.slug as bodySlug'])
        .$if(scope.bodyId !== null, (q) => q.where('meetings.bodyId', '=', scope.bodyId!))
        .$if(after !== null, (q) =>
          q.where((eb) =>
            eb.or([
              eb('meetings.date', '>', after!.date),
              eb.and([eb('meetings.date', '=', after!.date), eb('meetings.id', '>', after!.id)]),
            ]),
          ),
        )
        .orderBy('meetings.date')
        .orderBy('meetings.id')
        .limit(limit)
        .execute(),
    (row) => ({ date: row.date, id: row.id }),
    pageSize,
  );
}
