import type { PublicReads } from '../../store/public/publicReads.js';
import type { MeetingRecommendations } from '../../store/public/record/recordRecommendations.js';
import type { ExportFormat } from '../exportFormat.js';
import { recordScopeOf, type ExportScope } from '../exportScope.js';
import { writeCsvTable, type CsvCell } from './csvTable.js';

export const RECOMMENDATIONS_CSV_HEADER = [
  'meeting_date',
  'body',
  'item',
  'recommendation',
  'decision_maker',
  'sent_on',
  'response_due_on',
  'status',
  'responded_on',
  'acceptance',
  'response',
  'implementation',
  'meeting_url',
  'recommendation_id',
] as const;

/**
 * One row per recommendation with its latest response, meetings in date order. The reader leaves
 * out recommendations of exempt items (directly or through their resolution).
 */
async function* recommendationRows(reads: PublicReads, scope: ExportScope): AsyncGenerator<CsvCell[][]> {
  for await (const meetings of reads.record.recommendations.streamByMeeting(recordScopeOf(scope)))
    yield meetings.flatMap((m) => rowsOf(m, scope.baseUrl));
}

function rowsOf({ meeting: m, recommendations }: MeetingRecommendations, baseUrl: string): CsvCell[][] {
  return recommendations.map((r) => {
    const response = r.responses.at(-1);
    return [
      m.date,
      m.body.name,
      r.itemTitle,
      r.text,
      r.decisionMaker,
      r.sentOn,
      r.responseDueOn,
      r.status,
      response?.respondedOn ?? null,
      response?.acceptance ?? null,
      response?.text ?? null,
      response?.implementation ?? null,
      `${baseUrl}/meetings/${m.id}`,
      r.id,
    ];
  });
}

export function writeRecommendationsCsv(
  reads: PublicReads,
  scope: ExportScope,
  out: NodeJS.WritableStream,
): Promise<void> {
  return writeCsvTable(out, RECOMMENDATIONS_CSV_HEADER, recommendationRows(reads, scope));
}

export const recommendationsCsvFormat: ExportFormat = {
  name: 'csv-recommendations',
  mediaType: 'text/csv; charset=utf-8',
  fileExtension: 'csv',
  fileName: 'recommendations.csv',
  description: 'CSV for spreadsheets: scrutiny recommendations, to whom, when due, and the latest response',
  write: writeRecommendationsCsv,
};
