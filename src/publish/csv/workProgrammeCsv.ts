import { municipalYearSlug } from '../../domain/calendar/municipalYear.js';
import type { PublicReads } from '../../store/public/publicReads.js';
import type { PublicWorkProgrammeEntry } from '../../store/public/publicWorkProgramme.js';
import type { ExportFormat } from '../exportFormat.js';
import { recordScopeOf, type ExportScope } from '../exportScope.js';
import { writeCsvTable, type CsvCell } from './csvTable.js';

export const WORK_PROGRAMME_CSV_HEADER = [
  'body',
  'municipal_year',
  'topic',
  'objectives',
  'source',
  'source_ref',
  'status',
  'planned_on',
  'substantive',
  'executive_member',
  'lead_officer',
  'meeting_url',
  'work_programme_url',
  'entry_id',
] as const;

function rowOf(e: PublicWorkProgrammeEntry, baseUrl: string): CsvCell[] {
  return [
    e.bodyName,
    e.municipalYear,
    e.topic,
    e.objectives,
    e.source,
    e.sourceRef,
    e.status,
    e.plannedOn,
    e.substantive ? 'yes' : 'no',
    e.executiveMember,
    e.leadOfficer,
    e.meetingId ? `${baseUrl}/meetings/${e.meetingId}` : null,
    `${baseUrl}/bodies/${e.bodySlug}/work-programme?year=${municipalYearSlug(e.municipalYear)}`,
    e.id,
  ];
}

/** One row per public work programme topic; the reader leaves out exempt ones. */
async function* workProgrammeRows(reads: PublicReads, scope: ExportScope): AsyncGenerator<CsvCell[][]> {
  for await (const entries of reads.workProgramme.stream(recordScopeOf(scope)))
    yield entries.map((e) => rowOf(e, scope.baseUrl));
}

export const workProgrammeCsvFormat: ExportFormat = {
  name: 'csv-work-programme',
  mediaType: 'text/csv; charset=utf-8',
  fileExtension: 'csv',
  fileName: 'work-programme.csv',
  description: 'CSV for spreadsheets: scrutiny work programme topics, where they came from and the meeting planned',
  write: (reads, scope, out) => writeCsvTable(out, WORK_PROGRAMME_CSV_HEADER, workProgrammeRows(reads, scope)),
};
