import type { IsoDate, IsoTime } from './isoDateType.js';

export const MEETING_STATUSES = [
  'scheduled',
  'agenda_published',
  'held',
  'minutes_draft',
  'minutes_confirmed',
  'cancelled',
] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export interface Meeting {
  readonly id: string;
  readonly bodyId: string;
  readonly date: IsoDate;
  readonly startTime: IsoTime | null;
  /** When the meeting actually started and ended, as the minutes record them. */
  readonly startedAt: IsoTime | null;
  readonly endedAt: IsoTime | null;
  readonly venue: string | null;
  readonly isRemote: boolean;
  readonly streamUrl: string | null;
  readonly status: MeetingStatus;
  readonly contactName: string | null;
  readonly contactEmail: string | null;
  readonly contactPhone: string | null;
  readonly municipalYear: string | null;
  /** When Quorum first recorded the meeting and last changed its record (ISO instants): feeds date news by them. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /**
   * Grows by one with every change a calendar shows (date, time, place, cancelled or not): iCal's
   * SEQUENCE. See `domain/schedule/meetingRevision.ts`.
   */
  readonly revision: number;
}

/** The clerk's workflow moves forward; a cancelled meeting can be reinstated only as scheduled. */
const NEXT: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  scheduled: ['agenda_published', 'cancelled'],
  agenda_published: ['held', 'cancelled'],
  held: ['minutes_draft'],
  minutes_draft: ['minutes_confirmed'],
  minutes_confirmed: [],
  cancelled: ['scheduled'],
};

export function canMoveMeeting(from: MeetingStatus, to: MeetingStatus): boolean {
  return NEXT[from].includes(to);
}

/** Every status reachable from `from` by the clerk's steps, `from` itself excluded. */
function reachableFrom(from: MeetingStatus): Set<MeetingStatus> {
  const seen = new Set<MeetingStatus>();
  const queue = [...NEXT[from]];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...NEXT[next]);
  }
  seen.delete(from);
  return seen;
}

/**
 * The status after a document about a meeting is imported: a document may skip the clerk's steps
 * (minutes of a meeting never seen scheduled), but it never moves a meeting back, nor anywhere the
 * workflow cannot go (minutes in draft are never "cancelled" by a later agenda).
 */
export function statusAfterImport(current: MeetingStatus | undefined, incoming: MeetingStatus): MeetingStatus {
  if (!current || current === incoming) return incoming;
  return reachableFrom(current).has(incoming) ? incoming : current;
}

/** What an imported record shows: confirmed minutes are signed at the next meeting, which import cannot see. */
export function statusFromRecord(hasMinutes: boolean, hasAgenda: boolean): MeetingStatus {
  if (hasMinutes) return 'minutes_draft';
  return hasAgenda ? 'agenda_published' : 'scheduled';
}
