import type { Kysely } from 'kysely';
import type { Attendance } from '../../../domain/attendance.js';
import type { Database } from '../../database.js';
import { groupBy } from '../../groupBy.js';
import { keysetPages } from '../../keysetPages.js';
import { toAttendance } from '../../rowMappers.js';
import { meetingPages, type MeetingOfBody } from './meetingPages.js';
import { meetingIdsInScope, type RecordScope } from './recordScope.js';
import type { Sourced } from './sourced.js';

/** An attendance line as the whole record holds it, with its place in the minutes' list. */
export interface AttendanceRecord extends Sourced<Attendance> {
  readonly position: number;
}

/**
 * An attendance line under the people the public sees: a spelling merged into another person shows
 * as that person (`personId` and `substituteForId` are the surviving ids), as on the portal.
 */
export interface NamedAttendance extends Attendance {
  readonly personName: string;
  readonly substituteForName: string | null;
}

/** A meeting and everyone its minutes list: present, apologies, absent, substitutes, in attendance. */
export interface MeetingAttendance {
  readonly meeting: MeetingOfBody;
  readonly attendance: readonly NamedAttendance[];
}

/** Who attended each meeting in scope. */
export class RecordAttendance {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every attendance line in id order. */
  async *stream(scope: RecordScope, pageSize?: number): AsyncGenerator<AttendanceRecord[]> {
    const db = this.db;
    const pages = keysetPages(
      (after: string | null, limit) =>
        db
          .selectFrom('attendance')
          .selectAll()
          .$if(scope.bodyId !== undefined, (q) => q.where('meetingId', 'in', meetingIdsInScope(db, scope)))
          .$if(after !== null, (q) => q.where('id', '>', after!))
          .orderBy('id')
          .limit(limit)
          .execute(),
      (line) => line.id,
      pageSize,
    );
    for await (const rows of pages)
      yield rows.map((a) => ({ ...toAttendance(a), position: a.position, sourceDocumentId: a.sourceDocumentId }));
  }

  /** Meetings in date order, each with its attendance lines in the minutes' order. */
  async *streamByMeeting(scope: RecordScope, pageSize?: number): AsyncGenerator<MeetingAttendance[]> {
    for await (const meetings of meetingPages(this.db, scope, pageSize)) {
      const lines = await this.db
        .selectFrom('attendance')
        .innerJoin('people as recorded', 'recorded.id', 'attendance.personId')
        .leftJoin('people as person', 'person.id', 'recorded.mergedIntoId')
        .leftJoin('people as recordedAbsentee', 'recordedAbsentee.id', 'attendance.substituteForId')
        .leftJoin('people as absentee', 'absentee.id', 'recordedAbsentee.mergedIntoId')
        .selectAll('attendance')
        .select((eb) => [
          eb.fn.coalesce('person.id', 'recorded.id').as('survivingPersonId'),
          eb.fn.coalesce('person.displayName', 'recorded.displayName').as('personName'),
          eb.fn.coalesce('absentee.id', 'recordedAbsentee.id').as('survivingSubstituteForId'),
          eb.fn.coalesce('absentee.displayName', 'recordedAbsentee.displayName').as('substituteForName'),
        ])
        .where(
          'attendance.meetingId',
          'in',
          meetings.map((m) => m.id),
        )
        .orderBy('attendance.meetingId')
        .orderBy('attendance.position')
        .orderBy('attendance.id')
        .execute();
      const linesOf = groupBy(
        lines.map((a) => ({
          ...toAttendance(a),
          personId: a.survivingPersonId,
          substituteForId: a.survivingSubstituteForId,
          personName: a.personName,
          substituteForName: a.substituteForName,
        })),
        (a) => a.meetingId,
      );
      yield meetings.map((meeting) => ({ meeting, attendance: linesOf.get(meeting.id) ?? [] }));
    }
  }
}
