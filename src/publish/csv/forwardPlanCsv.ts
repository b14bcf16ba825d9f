import type { PublicForwardPlanEntry } from '../../store/public/publicForwardPlan.js';
import type { PublicReads } from '../../store/public/publicReads.js';
import type { ExportFormat } from '../exportFormat.js';
import { recordScopeOf, type ExportScope } from '../exportScope.js';
import { writeCsvTable, type CsvCell } from './csvTable.js';

export const FORWARD_PLAN_CSV_HEADER = [
  'title',
  'summary',
  'decision_maker',
  'expected_on',
  'key_decision',
  'notice_published_on',
  'late_notice',
  'late_reasons',
  'scrutiny_chair_on',
  'exempt_paragraph',
  'documents',
  'status',
  'decision_notice_url',
  'entry_id',
] as const;

function rowOf(e: PublicForwardPlanEntry, baseUrl: string): CsvCell[] {
  return [
    e.title,
    e.summary,
    e.decisionMaker,
    e.expectedOn,
    e.isKey ? 'yes' : 'no',
    e.noticePublishedOn,
    e.lateNotice,
    e.lateReasons,
    e.scrutinyChairOn,
    e.exemptParagraph,
    e.documents,
    e.status,
    e.decisionNoticeId ? `${baseUrl}/decisions/${e.decisionNoticeId}` : null,
    e.id,
  ];
}

/** One row per published forward plan entry (the executive's, so the whole record's export only). */
async function* entryRows(reads: PublicReads, scope: ExportScope): AsyncGenerator<CsvCell[][]> {
  for await (const entries of reads.forwardPlan.stream(scope.today, recordScopeOf(scope)))
    yield entries.map((e) => rowOf(e, scope.baseUrl));
}

export const forwardPlanCsvFormat: ExportFormat = {
  name: 'csv-forward-plan',
  mediaType: 'text/csv; charset=utf-8',
  fileExtension: 'csv',
  fileName: 'forward-plan.csv',
  description:
    'CSV for spreadsheets: the forward plan of key decisions, with 28-day, general exception and special urgency notices',
  write: (reads, scope, out) => writeCsvTable(out, FORWARD_PLAN_CSV_HEADER, entryRows(reads, scope)),
};
