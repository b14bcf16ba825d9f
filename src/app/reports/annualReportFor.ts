import type { IsoDate } from '../../domain/isoDateType.js';
import { annualReport, annualReportDocument, type AnnualReport } from '../../domain/reports/annualReport.js';
import type { ReportDocument } from '../../domain/reports/reportDocument.js';
import type { PublicReports } from '../../store/public/publicReports.js';

export interface AnnualReportView {
  readonly report: AnnualReport;
  readonly document: ReportDocument;
}

/**
 * A body's annual report for one municipal year (`2023/24`), every figure computed from its public
 * record as it stands `today`. Undefined when the body does not exist or has no meeting recorded in
 * that year (so that no address names a year the record knows nothing of).
 */
export async function annualReportFor(
  reads: PublicReports,
  bodySlug: string,
  municipalYear: string,
  today: IsoDate,
): Promise<AnnualReportView | undefined> {
  const input = await reads.annual(bodySlug, municipalYear);
  if (!input || input.meetings.length === 0) return undefined;
  const report = annualReport({ ...input, asAt: today });
  return { report, document: annualReportDocument(report) };
}
