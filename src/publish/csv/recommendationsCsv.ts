import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.js';
import type { Store } from '../../store/openStore.js';
import type { ExportFormat, ExportOptions } from '../exportFormat.js';
import { resolveExportScope, type ExportScope } from '../exportScope.js';
import { groupBy } from '../groupBy.js';
import { meetingPages } from '../meetingPages.js';
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
 * One row per recommendation with its latest response, meetings in date order. Recommendations
 * of exempt items (directly or through their resolution) are left out.
 */
async function* recommendationRows(db: Kysely<Database>, scope: ExportScope): AsyncGenerator<CsvCell[][]> {
  for await (const meetings of meetingPages(db, scope)) {
    const recs = await db
      .selectFrom('recommendations')
      .leftJoin('agendaItems as item', 'item.id', 'recommendations.itemId')
      .leftJoin('resolutions', 'resolutions.id', 'recommendations.resolutionId')
      .leftJoin('agendaItems as resolvedItem', 'resolvedItem.id', 'resolutions.itemId')
      .selectAll('recommendations')
      .select((eb) => eb.fn.coalesce('item.title', 'resolvedItem.title').as('itemTitle'))
      .where(
        'recommendations.meetingId',
        'in',
        meetings.map((m) => m.id),
      )
      .where((eb) => eb.or([eb('item.isExempt', 'is', null), eb('item.isExempt', '=', 0)]))
      .where((eb) => eb.or([eb('resolvedItem.isExempt', 'is', null), eb('resolvedItem.isExempt', '=', 0)]))
      .orderBy('recommendations.meetingId')
      .orderBy('resolutions.position')
      .orderBy('recommendations.id')
      .execute();
    const responses = recs.length
      ? await db
          .selectFrom('recommendationResponses')
          .selectAll()
          .where(
            'recommendationId',
            'in',
            recs.map((r) => r.id),
          )
          .orderBy('respondedOn')
          .orderBy('createdAt')
          .execute()
      : [];
    const latest = new Map(responses.map((r) => [r.recommendationId, r]));
    const recsOf = groupBy(recs, (r) => r.meetingId);
    const rows: CsvCell[][] = [];
    for (const m of meetings) {
      for (const r of recsOf.get(m.id) ?? []) {
        const response = latest.get(r.id);
        rows.push([
          m.date,
          m.bodyName,
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
          `${scope.baseUrl}/meetings/${m.id}`,
          r.id,
        ]);
      }
    }
    yield rows;
  }
}

export async function writeRecommendationsCsv(
  store: Store,
  options: ExportOptions,
  out: NodeJS.WritableStream,
): Promise<void> {
  const scope = await resolveExportScope(store.db, options);
  await writeCsvTable(out, RECOMMENDATIONS_CSV_HEADER, recommendationRows(store.db, scope));
}

export const recommendationsCsvFormat: ExportFormat = {
  name: 'csv-recommendations',
  mediaType: 'text/csv; charset=utf-8',
  fileExtension: 'csv',
  fileName: 'recommendations.csv',
  description: 'CSV for spreadsheets: scrutiny recommendations, to whom, when due, and the latest response',
  write: writeRecommendationsCsv,
};
