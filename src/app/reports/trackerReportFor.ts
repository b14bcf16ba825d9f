import type { IsoDate } from '../../domain/isoDateType.js';
import {
  trackerAsAt,
  trackerReport,
  trackerReportDocument,
  type TrackerReport,
} from '../../domain/reports/trackerReport.js';
import type { ReportDocument } from '../../domain/reports/reportDocument.js';
import type { PublicReports } from '../../store/public/publicReports.js';

export interface TrackerReportView {
  readonly meeting: {
    readonly id: string;
    readonly date: IsoDate;
    readonly bodyName: string;
    readonly bodySlug: string;
  };
  readonly report: TrackerReport;
  readonly document: ReportDocument;
}

/**
 * The recommendation tracker report for a meeting: the body's public recommendations made at its
 * earlier meetings, as they stood on the meeting's day (or today, for a meeting still to come: what
 * its document pack says when published). Undefined when there is no such meeting, or its body is
 * not a scrutiny body and has made no recommendations (there is nothing a tracker could track),
 * unless `anyBody` (an agenda with a tracker item gets its report whatever its body).
 */
export async function trackerReportFor(
  reads: PublicReports,
  meetingId: string,
  today: IsoDate,
  options: { readonly anyBody?: boolean } = {},
): Promise<TrackerReportView | undefined> {
  const meeting = await reads.meeting(meetingId);
  if (!meeting) return undefined;
  const recommendations = await reads.recommendationsBefore(meeting.bodyId, meeting.date);
  if (!options.anyBody && !meeting.isScrutiny && recommendations.length === 0) return undefined;
  const report = trackerReport({
    meeting: { id: meeting.id, date: meeting.date, bodyName: meeting.bodyName },
    asAt: trackerAsAt(meeting.date, today),
    recommendations,
  });
  return {
    meeting: { id: meeting.id, date: meeting.date, bodyName: meeting.bodyName, bodySlug: meeting.bodySlug },
    report,
    document: trackerReportDocument(report),
  };
}
