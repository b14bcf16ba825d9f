import type { Meeting } from '../meeting.js';
import type { MeetingChange } from './meetingChange.js';

/** What a meeting's public page says of its changes, most recent first. */
export type MeetingNotice =
  | { readonly kind: 'cancelled'; readonly reason: string | null; readonly at: string | null }
  | { readonly kind: 'moved'; readonly fromDate: string; readonly fromTime: string | null; readonly at: string };

/**
 * The notices for a meeting's page: "Cancelled: <reason>" while it is cancelled (the reason of its
 * latest cancellation, or none for a meeting imported as cancelled), and "Moved from <date>" for
 * every move, newest first, so whoever noted any earlier date learns where it went.
 */
export function meetingNotices(meeting: Pick<Meeting, 'status'>, changes: readonly MeetingChange[]): MeetingNotice[] {
  const newestFirst = [...changes].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
  const notices: MeetingNotice[] = [];
  if (meeting.status === 'cancelled') {
    const cancellation = newestFirst.find((c) => c.kind === 'cancelled');
    notices.push({ kind: 'cancelled', reason: cancellation?.reason ?? null, at: cancellation?.at ?? null });
  }
  for (const change of newestFirst)
    if (change.kind === 'moved')
      notices.push({ kind: 'moved', fromDate: change.fromDate, fromTime: change.fromTime, at: change.at });
  return notices;
}
