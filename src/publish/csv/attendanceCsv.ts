import type { PublicReads } from '../../store/public/publicReads.js';
import type { MeetingAttendance } from '../../store/public/record/recordAttendance.js';
import type { ExportFormat } from '../exportFormat.js';
import { recordScopeOf, type ExportScope } from '../exportScope.js';
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
async function* attendanceRows(reads: PublicReads, scope: ExportScope): AsyncGenerator<CsvCell[][]> {
  for await (const meetings of reads.record.attendance.streamByMeeting(recordScopeOf(scope)))
    yield meetings.flatMap((m) => rowsOf(m, scope.baseUrl));
}

function rowsOf({ meeting: m, attendance }: MeetingAttendance, baseUrl: string): CsvCell[][] {
  return attendance.map((a) => [
    m.date,
    m.startTime,
    m.body.name,
    a.personName,
    a.kind,
    a.reason,
    a.substituteForName,
    a.capacity,
    a.roleText,
    `${baseUrl}/meetings/${m.id}`,
    m.id,
    a.personId,
  ]);
}

export function writeAttendanceCsv(reads: PublicReads, scope: ExportScope, out: NodeJS.WritableStream): Promise<void> {
  return writeCsvTable(out, ATTENDANCE_CSV_HEADER, attendanceRows(reads, scope));
}

export const attendanceCsvFormat: ExportFormat = {
  name: 'csv-attendance',
  mediaType: 'text/csv; charset=utf-8',
  fileExtension: 'csv',
  fileName: 'attendance.csv',
  description: 'CSV for spreadsheets: who attended each meeting, who sent apologies, who substituted for whom',
  write: writeAttendanceCsv,
};
