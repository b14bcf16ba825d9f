import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.js';
import type { Store } from '../../store/openStore.js';
import type { ExportFormat, ExportOptions } from '../exportFormat.js';
import { resolveExportScope, type ExportScope } from '../exportScope.js';
import { groupBy } from '../groupBy.js';
import { meetingPages } from '../meetingPages.js';
import { writeCsvTable, type CsvCell } from './csvTable.js';

export const ATTENDANCE_CSV_HEADER = [
  'meeting_date',
  'meeting_time',
  'body',
  'person',
  'attendance',
  'reason',
  'substitute_for',
  'capacity',
  'role',
  'meeting_url',
  'meeting_id',
  'person_id',
] as const;

/** One row per attendance line (present, apologies, absent, substitute, in attendance), meetings in date order. */
async function* attendanceRows(db: Kysely<Database>, scope: ExportScope): AsyncGenerator<CsvCell[][]> {
  for await (const meetings of meetingPages(db, scope)) {
    const lines = await db
      .selectFrom('attendance')
      .innerJoin('people as person', 'person.id', 'attendance.personId')
      .leftJoin('people as absentee', 'absentee.id', 'attendance.substituteForId')
      .select([
        'attendance.meetingId',
        'attendance.personId',
        'attendance.kind',
        'attendance.reason',
        'attendance.capacity',
        'attendance.roleText',
        'person.displayName as person',
        'absentee.displayName as substituteFor',
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
    const linesOf = groupBy(lines, (l) => l.meetingId);
    const rows: CsvCell[][] = [];
    for (const m of meetings) {
      for (const a of linesOf.get(m.id) ?? []) {
        rows.push([
          m.date,
          m.startTime,
          m.bodyName,
          a.person,
          a.kind,
          a.reason,
          a.substituteFor,
          a.capacity,
          a.roleText,
          `${scope.baseUrl}/meetings/${m.id}`,
          m.id,
          a.personId,
        ]);
      }
    }
    yield rows;
  }
}

export async function writeAttendanceCsv(
  store: Store,
  options: ExportOptions,
  out: NodeJS.WritableStream,
): Promise<void> {
  const scope = await resolveExportScope(store.db, options);
  await writeCsvTable(out, ATTENDANCE_CSV_HEADER, attendanceRows(store.db, scope));
}

export const attendanceCsvFormat: ExportFormat = {
  name: 'csv-attendance',
  mediaType: 'text/csv; charset=utf-8',
  fileExtension: 'csv',
  fileName: 'attendance.csv',
  description: 'CSV for spreadsheets: who attended each meeting, who sent apologies, who substituted for whom',
  write: writeAttendanceCsv,
};
