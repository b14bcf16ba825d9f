import type { Kysely } from 'kysely';
import type { Meeting } from '../../domain/meeting.js';
import type { Database, MeetingTable } from '../database.js';
import { toMeeting } from '../rowMappers.js';
import { preparedQuery } from '../preparedQuery.js';
import { insertInBatches } from './insertInBatches.js';

/** Meetings as records to read and write; public listings are in `store/public`. */
export class MeetingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(id: string): Promise<Meeting | undefined> {
    const [row] = await meetingById(this.db, id);
    return row && toMeeting(row);
  }

  /** Writes the meeting whole: inserted when new, replaced when known. */
  async save(meeting: Meeting): Promise<void> {
    const row: MeetingTable = { ...meeting, isRemote: meeting.isRemote ? 1 : 0 };
    await insertInBatches(this.db, 'meetings', [row], { on: ['id'], update: 'all' });
  }

  /** A body's meetings from `from` to `to` (inclusive ISO dates), in date order. */
  async ofBody(bodyId: string, from: string, to: string): Promise<Meeting[]> {
    const rows = await this.db
      .selectFrom('meetings')
      .selectAll()
      .where('bodyId', '=', bodyId)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .orderBy('date')
      .orderBy('startTime')
      .orderBy('id')
      .execute();
    return rows.map(toMeeting);
  }

  /** Meetings' dates and bodies, to name them in a listing. */
  async labels(ids: readonly string[]): Promise<{ id: string; date: string; bodyId: string; bodyName: string }[]> {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom('meetings')
      .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
      .select(['meetings.id', 'meetings.date', 'meetings.bodyId', 'bodies.name as bodyName'])
      .where('meetings.id', 'in', [...new Set(ids)])
      .orderBy('meetings.date')
      .execute();
  }
}

/** Asked for every meeting an import stores: written once per engine (preparedQuery). */
const meetingById = preparedQuery((db: Kysely<Database>, id: string) =>
  db.selectFrom('meetings').selectAll().where('id', '=', id).limit(1),
);
