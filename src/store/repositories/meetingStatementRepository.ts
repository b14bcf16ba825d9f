import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/**
 * What documents said about a meeting, as one unit: a newer version of a document replaces the
 * statements of the older ones, and what other documents said of the meeting stays.
 */
export class MeetingStatementRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Forgets everything the given documents said about the meeting: items, minutes, the meeting's
   * own resolutions, attendance, provenance.
   */
  async forget(meetingId: string, sourceIds: readonly string[]): Promise<void> {
    if (sourceIds.length === 0) return;
    const db = this.db;
    const sources = [...sourceIds];
    const items = db.selectFrom('agendaItems').select('id').where('meetingId', '=', meetingId);
    const ofMeeting = (table: 'attendance' | 'declarations') =>
      db.selectFrom(table).select('id').where('meetingId', '=', meetingId).where('sourceDocumentId', 'in', sources);
    const ownResolutions = db
      .selectFrom('resolutions')
      .select('id')
      .where('meetingId', '=', meetingId)
      .where('itemId', 'is', null)
      .where('sourceDocumentId', 'in', sources);
    await db
      .deleteFrom('provenance')
      .where('documentId', 'in', sources)
      .where((eb) =>
        eb.or([
          eb('subjectId', '=', meetingId),
          eb('subjectId', 'in', ofMeeting('attendance')),
          eb('subjectId', 'in', ofMeeting('declarations')),
          eb('subjectId', 'in', items),
          eb('subjectId', 'in', db.selectFrom('minutePoints').select('id').where('itemId', 'in', items)),
          eb('subjectId', 'in', db.selectFrom('resolutions').select('id').where('itemId', 'in', items)),
          eb('subjectId', 'in', ownResolutions),
        ]),
      )
      .execute();
    for (const table of ['attendance', 'declarations'] as const)
      await db.deleteFrom(table).where('meetingId', '=', meetingId).where('sourceDocumentId', 'in', sources).execute();
    await db.deleteFrom('minutePoints').where('itemId', 'in', items).where('sourceDocumentId', 'in', sources).execute();
    // Recommendations stay: the record saved next gives them back their resolution (same ids), and
    // those it no longer makes are dropped then if nobody has tracked them (TrackerRepository).
    await db.deleteFrom('resolutions').where('itemId', 'in', items).where('sourceDocumentId', 'in', sources).execute();
    await db.deleteFrom('resolutions').where('id', 'in', ownResolutions).execute();
    await db
      .deleteFrom('agendaItems')
      .where('meetingId', '=', meetingId)
      .where('sourceDocumentId', 'in', sources)
      .execute();
  }
}
