import type { Kysely } from 'kysely';
import { PARTICIPANT_KINDS } from '../../../domain/attendance.js';
import type { Database } from '../../database.js';

/**
 * Who took part in meetings (PARTICIPANT_KINDS: present, substitutes, in attendance), one row per
 * attendance line in record order, each under the public person it names (a spelling merged into
 * another person counts as that person).
 */
export function participations(db: Kysely<Database>) {
  return db
    .selectFrom('attendance')
    .innerJoin('people as participant', 'participant.id', 'attendance.personId')
    .where('attendance.kind', 'in', [...PARTICIPANT_KINDS])
    .select((eb) => [
      'attendance.meetingId',
      eb.fn.coalesce('participant.mergedIntoId', 'participant.id').as('personId'),
    ]);
}
