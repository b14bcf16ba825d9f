import { CALL_IN_OUTCOME_LABELS } from '../../domain/callIn/callInRequest.js';
import type { PublicDecisionNotice } from '../../store/public/publicDecisionNotices.js';
import type { PublicReads } from '../../store/public/publicReads.js';
import type { ExportFormat } from '../exportFormat.js';
import { recordScopeOf, type ExportScope } from '../exportScope.js';
import { writeCsvTable, type CsvCell } from './csvTable.js';

export const DECISION_NOTICES_CSV_HEADER = [
  'title',
  'decision',
  'decision_maker',
  'maker_kind',
  'body',
  'key_decision',
  'reasons',
  'alternatives',
  'call_in',
  'urgency_reason',
  'decided_on',
  'published_on',
  'call_in_deadline',
  'implementable_on',
  'called_in_on',
  'call_in_grounds',
  'call_in_outcome',
  'call_in_outcome_on',
  'meeting_url',
  'notice_url',
  'notice_id',
] as const;

/**
 * A notice's row; a spreadsheet has one row per notice, so a notice called in more than once
 * (rare: one request is heard, the rest join it) shows the latest request, whose outcome stands.
 */
function rowOf(n: PublicDecisionNotice, baseUrl: string): CsvCell[] {
  const last = n.callIns.at(-1);
  return [
    n.title,
    n.decision,
    n.decisionMaker,
    n.makerKind,
    n.body?.name ?? null,
    n.isKey ? 'yes' : 'no',
    n.reasons,
    n.alternatives,
    n.callIn,
    n.urgencyReason,
    n.decidedOn,
    n.publishedOn,
    n.callInDeadline,
    n.implementableOn,
    last?.requestedOn ?? null,
    last?.grounds ?? null,
    last ? CALL_IN_OUTCOME_LABELS[last.outcome] : null,
    last?.outcomeOn ?? null,
    n.meeting ? `${baseUrl}/meetings/${n.meeting.id}` : null,
    `${baseUrl}/decisions/${n.id}`,
    n.id,
  ];
}

/** One row per published decision notice; the reader leaves out notices of exempt items. */
async function* noticeRows(reads: PublicReads, scope: ExportScope): AsyncGenerator<CsvCell[][]> {
  for await (const notices of reads.decisionNotices.stream(scope.today, recordScopeOf(scope)))
    yield notices.map((n) => rowOf(n, scope.baseUrl));
}

export const decisionNoticesCsvFormat: ExportFormat = {
  name: 'csv-decision-notices',
  mediaType: 'text/csv; charset=utf-8',
  fileExtension: 'csv',
  fileName: 'decision-notices.csv',
  description:
    'CSV for spreadsheets: published decisions (executive, committee and officer), reasons, call-in dates and call-ins',
  write: (reads, scope, out) => writeCsvTable(out, DECISION_NOTICES_CSV_HEADER, noticeRows(reads, scope)),
};
