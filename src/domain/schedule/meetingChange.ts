import type { IsoDate, IsoTime } from '../isoDateType.js';

/** The changes to a meeting that the public is told of: on its page, in the calendar feed and in the news feeds. */
export const MEETING_CHANGE_KINDS = ['moved', 'cancelled', 'reinstated'] as const;
export type MeetingChangeKind = (typeof MEETING_CHANGE_KINDS)[number];

/**
 * One public change to a meeting, kept for good: the portal says "Moved from …" and the feeds give
 * each change an entry of its own. `from*` is the date and time before the change, `to*` after it
 * (the same for a cancellation); `reason` is the clerk's, shown to the public for a cancellation.
 */
export interface MeetingChange {
  readonly id: string;
  readonly meetingId: string;
  readonly kind: MeetingChangeKind;
  /** When the change was made (an ISO instant): the feeds date the news by it. */
  readonly at: string;
  readonly fromDate: IsoDate;
  readonly fromTime: IsoTime | null;
  readonly toDate: IsoDate;
  readonly toTime: IsoTime | null;
  readonly reason: string | null;
}
