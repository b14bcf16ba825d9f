import type { Kysely } from 'kysely';
import type { Meeting } from '../../../domain/meeting.js';
import type { Database, MeetingTable } from '../../database.js';
import { keysetPages } from '../../keysetPages.js';
import { toMeeting } from '../../rowMappers.js';
import type { BodyRef } from '../publicRefs.js';
import type { RecordScope } from './recordScope.js';

/** A meeting with the body it is a meeting of. */
export interface MeetingOfBody extends Meeting {
  readonly body: BodyRef;
}

/** Meetings are read in date order, so a page starts after a date and id, not an id alone. */
interface MeetingKey {
  readonly date: string;
  readonly id: string;
}

/** The meetings in scope in date order (then id), a page at a time. */
export function meetingPages(
  db: Kysely<Database>,
  scope: RecordScope,
  pageSize?: number,
): AsyncGenerator<MeetingOfBody[]> {
  return keysetPages(
    async (after: MeetingKey | null, limit) => {
      const rows = await db
        .selectFrom('meetings')
        .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
        .selectAll('meetings')
        .select(['bodies.slug as bodySlug', 'bodies.name as bodyName'])
        .$if(scope.bodyId !== undefined, (q) => q.where('meetings.bodyId', '=', scope.bodyId!))
        .$if(scope.meetingId !== undefined, (q) => q.where('meetings.id', '=', scope.meetingId!))
        .$if(after !== null, (q) =>
          q
            .where('meetings.date', '>=', after!.date)
            .where((eb) => eb.or([eb('meetings.date', '>', after!.date), eb('meetings.id', '>', after!.id)])),
        )
        .orderBy('meetings.date')
        .orderBy('meetings.id')
        .limit(limit)
        .execute();
      return rows.map(toMeetingOfBody);
    },
    (meeting) => ({ date: meeting.date, id: meeting.id }),
    pageSize,
  );
}

function toMeetingOfBody({
  bodySlug,
  bodyName,
  ...row
}: MeetingTable & { readonly bodySlug: string; readonly bodyName: string }): MeetingOfBody {
  return { ...toMeeting(row), body: { id: row.bodyId, slug: bodySlug, name: bodyName } };
}
