import { AppError } from '../../domain/errors.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import { reportPdf } from '../../publish/reportPdf/reportPdf.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import { trackerReportFor } from './trackerReportFor.js';

/** The tracker report's title in the pack: its front sheet line and bookmark. */
export const TRACKER_PAPER_TITLE = 'Recommendation tracker report';

/**
 * The tracker report as a paper of the meeting's document pack, drawn as the public PDF is
 * (`/meetings/{id}/tracker-report.pdf`), as the record stands on `today`: for the agenda's tracker
 * item (domain/reports/trackerReport.ts `isTrackerItem`).
 * @throws AppError NOT_FOUND when the meeting does not exist.
 */
export async function trackerPackPaper(
  repos: Repositories,
  meetingId: string,
  today: IsoDate,
  options: { readonly author: string; readonly now: Date; readonly fontDir?: string | undefined },
): Promise<{ readonly title: string; readonly kind: 'report'; readonly pdf: Uint8Array }> {
  const view = await trackerReportFor(repos.reports, meetingId, today, { anyBody: true });
  if (!view) throw new AppError('NOT_FOUND', `no meeting with id ${meetingId}`);
  const pdf = await reportPdf(view.document, options);
  return { title: TRACKER_PAPER_TITLE, kind: 'report', pdf };
}
