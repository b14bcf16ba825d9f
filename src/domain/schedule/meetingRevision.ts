import type { Meeting } from '../meeting.js';

/** What a calendar entry shows of a meeting: when one of these changes, subscribers must be told. */
const CALENDAR_FIELDS = ['date', 'startTime', 'startedAt', 'endedAt', 'venue', 'isRemote', 'streamUrl'] as const;

/**
 * Whether `after` differs from `before` in anything a calendar shows: date, times, place, stream,
 * or whether it is cancelled. Other steps of the workflow (an agenda published) change nothing there.
 */
export function changesCalendar(before: Meeting, after: Omit<Meeting, 'revision'>): boolean {
  return (
    CALENDAR_FIELDS.some((field) => before[field] !== after[field]) ||
    (before.status === 'cancelled') !== (after.status === 'cancelled')
  );
}

/**
 * The meeting's revision after a change: one more than before when the calendar shows something
 * new, else the same. It is iCal's SEQUENCE, which calendar apps need to grow before they take a
 * changed time, place or status; a new meeting starts at 0.
 */
export function revisionAfter(before: Meeting | undefined, after: Omit<Meeting, 'revision'>): number {
  if (!before) return 0;
  return changesCalendar(before, after) ? before.revision + 1 : before.revision;
}
