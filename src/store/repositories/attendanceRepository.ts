import type { Kysely } from 'kysely';
import type { Attendance } from '../../domain/attendance.js';
import type { Declaration } from '../../domain/declaration.js';
import type { Database } from '../database.js';
import { toAttendance } from '../rowMappers.js';
import type { Sourced } from './agendaItemRepository.js';
import { insertInBatches } from './insertInBatches.js';

/** Who was at a meeting, in what capacity, and what they declared. */
export class AttendanceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async ofMeeting(meetingId: string): Promise<Attendance[]> {
    const rows = await this.db
      .selectFrom('attendance')
      .selectAll()
      .where('meetingId', '=', meetingId)
      .orderBy('position')
      .execute();
    return rows.map(toAttendance);
  }

  async add(lines: readonly Sourced<Attendance>[]): Promise<void> {
    await insertInBatches(this.db, 'attendance', lines);
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .deleteFrom('provenance')
      .where('subjectId', 'in', [...ids])
      .execute();
    await this.db
      .deleteFrom('attendance')
      .where('id', 'in', [...ids])
      .execute();
  }

  async addDeclarations(declarations: readonly Sourced<Declaration>[]): Promise<void> {
    await insertInBatches(this.db, 'declarations', declarations);
  }
}
