import { escape as escapeText, ICalCalendar, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { MeetingSummary } from '../store/public/publicMeetings.js';

/** What a calendar entry shows of a meeting. */
export type CalendarMeeting = Pick<
  MeetingSummary,
  | 'id'
  | 'date'
  | 'startTime'
  | 'startedAt'
  | 'endedAt'
  | 'venue'
  | 'isRemote'
  | 'streamUrl'
  | 'status'
  | 'createdAt'
  | 'updatedAt'
  | 'revision'
  | 'body'
> & {
  /** Minutes written in the workspace: draft or confirmed, and when that last changed. Absent: imported or none. */
  readonly minutes?: { readonly status: 'draft' | 'confirmed'; readonly changedAt: string } | undefined;
};

/** English and Welsh councils meet on London time; every DTSTART names it. */
export const COUNCIL_TIME_ZONE = 'Europe/London';

export interface IcalFeedOptions {
  /** Absolute URL of the portal, no trailing slash; UIDs take its host, URLs start with it. */
  readonly baseUrl: string;
  /** The calendar's name as a calendar app lists it (X-WR-CALNAME). */
  readonly name: string;
}

/** The VTIMEZONE block from the maintained tz data of timezones-ical-library. */
function vtimezone(name: string): string | null {
  const block = tzlib_get_ical_block(name);
  return Array.isArray(block) && block[0]?.startsWith('BEGIN:VTIMEZONE') ? block[0] : null;
}

/** UIDs stay the same across re-imports because meeting ids do. */
export function meetingUid(meetingId: string, baseUrl: string): string {
  return `meeting-${meetingId}@${new URL(baseUrl).host}`;
}

/**
 * A local wall-clock time as ical-generator wants it when a time zone is set: a string without an
 * offset, which it reads back field by field, so the server's own time zone does not matter.
 */
function wallClock(date: string, time: string): string {
  return `${date}T${time}:00`;
}

/**
 * The end the minutes record, when it falls after the start; else none. An unknown end is left
 * out (no DTEND), never guessed: RFC 5545 then reads the event as starting at DTSTART.
 */
function endOf(meeting: CalendarMeeting, start: string): { end: string } | Record<string, never> {
  return meeting.endedAt && meeting.endedAt > start ? { end: wallClock(meeting.date, meeting.endedAt) } : {};
}

/**
 * RFC 5545's SEQUENCE: 0 when the meeting is first recorded, and one more after each change a
 * calendar shows (moved, a new place, cancelled, reinstated), since calendar apps take a changed
 * time, place or status only when it grows. It is the meeting's stored revision
 * (`domain/schedule/meetingRevision.ts`), kept within a 32-bit INTEGER.
 */
export function sequenceOf(meeting: Pick<CalendarMeeting, 'revision'>): number {
  return Math.min(2 ** 31 - 1, Math.max(0, Math.floor(meeting.revision)));
}

/** What the entry says of written minutes: a calendar shows the change when they are published or confirmed. */
function minutesLine(meeting: CalendarMeeting): string {
  if (!meeting.minutes) return '';
  return meeting.minutes.status === 'draft'
    ? '\nDraft minutes published, not yet confirmed.'
    : '\nMinutes confirmed as a correct record.';
}

function addMeeting(calendar: ICalCalendar, meeting: CalendarMeeting, baseUrl: string): void {
  const url = `${baseUrl}/meetings/${meeting.id}`;
  const start = meeting.startTime ?? meeting.startedAt;
  // Minutes change state without the meeting's row changing: the entry is modified when either is.
  const modified =
    meeting.minutes && meeting.minutes.changedAt > meeting.updatedAt ? meeting.minutes.changedAt : meeting.updatedAt;
  const event = calendar.createEvent({
    id: meetingUid(meeting.id, baseUrl),
    summary: meeting.body.name,
    url,
    description: `${meeting.body.name}: agenda, papers and minutes at ${url}${minutesLine(meeting)}`,
    // A meeting without a known time is an all-day event: the date is certain, the hour is not.
    ...(start
      ? { start: wallClock(meeting.date, start), ...endOf(meeting, start) }
      : { start: wallClock(meeting.date, '00:00'), allDay: true }),
    timezone: COUNCIL_TIME_ZONE,
    // The stamp comes from the record, not the clock, so an unchanged record gives the same bytes (and ETag).
    stamp: new Date(modified),
    lastModified: new Date(modified),
    sequence: sequenceOf(meeting),
    status: meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  const location = meeting.venue ?? (meeting.isRemote ? 'Online' : null);
  if (location) event.location(location);
}

/** An RFC 5545 calendar of the given meetings, every text value escaped. */
export function renderIcalFeed(meetings: readonly CalendarMeeting[], options: IcalFeedOptions): string {
  const calendar = new ICalCalendar({
    prodId: { company: 'Quorum', product: 'Committee meetings', language: 'EN' },
    // ical-generator escapes event values but writes NAME and X-WR-CALNAME as given: a line break
    // in a body's name would start a property of its own.
    name: escapeText(options.name, false),
    url: options.baseUrl,
  });
  // The zone goes on each event, not the calendar: ical-generator writes DTSTAMP and LAST-MODIFIED
  // in the calendar's zone without an offset, and RFC 5545 wants them in UTC.
  calendar.timezone({ name: null, generator: vtimezone });
  calendar.x('X-WR-TIMEZONE', COUNCIL_TIME_ZONE);
  for (const meeting of meetings) addMeeting(calendar, meeting, options.baseUrl);
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
