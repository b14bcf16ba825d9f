import type { Kysely } from 'kysely';
import type { MeetingChange } from '../../domain/schedule/meetingChange.js';
import type { Database } from '../database.js';
import { toMeetingChange } from '../rowMappers.js';

/** The public changes to meetings (moved, cancelled, reinstated); the public reads them through `store/public`. */
export class MeetingChangeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(change: MeetingChange): Promise<void> {
    await this.db.insertInto('meetingChanges').values(change).execute();
  }

  /** A meeting's changes, oldest first. */
  async ofMeeting(meetingId: string): Promise<MeetingChange[]> {
    const rows = await this.db
      .selectFrom('meetingChanges')
      .selectAll()
      .where('meetingId', '=', meetingId)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map(toMeetingChange);
  }
}
