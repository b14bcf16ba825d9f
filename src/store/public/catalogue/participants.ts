import { ATTENDANCE_KINDS, countsTowardsQuorum } from '../../../domain/attendance.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';

/** The members who made up a meeting: those it counts towards its quorum, not officers or guests. */
const TOOK_PART = ATTENDANCE_KINDS.filter((kind) => countsTowardsQuorum({ kind }));

/**
 * Who took part in meetings, one row per attendance line in record order, each under the public
 * person it names (a spelling merged into another person counts as that person).
 */
export function participations(db: Kysely<Database>) {
  return db
    .selectFrom('attendance')
    .innerJoin('people as participant', 'participant.id', 'attendance.personId')
    .where('attendance.kind', 'in', TOOK_PART)
    .select((eb) => [
      'attendance.meetingId',
      eb.fn.coalesce('participant.mergedIntoId', 'participant.id').as('personId'),
    ]);
}
