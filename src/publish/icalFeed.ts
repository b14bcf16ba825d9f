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
  | 'updatedAt'
  | 'body'
>;

/** English and Welsh councils meet on London time; every DTSTART names it. */
export const COUNCIL_TIME_ZONE = 'Europe/London';

/** Without a recorded end, a meeting is shown as two hours long: a typical committee sitting. */
const DEFAULT_DURATION_MINUTES = 120;

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

function addMinutes(date: string, time: string, minutes: number): { date: string; time: string } {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi + minutes));
  return { date: t.toISOString().slice(0, 10), time: t.toISOString().slice(11, 16) };
}

/** The recorded end when the minutes give one after the start, else the default length. */
function endOf(meeting: CalendarMeeting, start: string): string {
  if (meeting.endedAt && meeting.endedAt > start) return wallClock(meeting.date, meeting.endedAt);
  const end = addMinutes(meeting.date, start, DEFAULT_DURATION_MINUTES);
  return wallClock(end.date, end.time);
}

const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/**
 * Calendar apps take a changed time or venue only when SEQUENCE grows. Every change of a meeting
 * moves its updated_at forward, so seconds since 2020 grow with each revision (and fit 32 bits
 * until 2088).
 */
export function sequenceOf(updatedAt: string): number {
  const time = Date.parse(updatedAt);
  return Number.isNaN(time) ? 0 : Math.max(0, Math.floor((time - SEQUENCE_EPOCH) / 1000));
}

function addMeeting(calendar: ICalCalendar, meeting: CalendarMeeting, baseUrl: string): void {
  const url = `${baseUrl}/meetings/${meeting.id}`;
  const start = meeting.startTime ?? meeting.startedAt;
  const event = calendar.createEvent({
    id: meetingUid(meeting.id, baseUrl),
    summary: meeting.body.name,
    url,
    description: `${meeting.body.name}: agenda, papers and minutes at ${url}`,
    // A meeting without a known time is an all-day event: the date is certain, the hour is not.
    ...(start
      ? { start: wallClock(meeting.date, start), end: endOf(meeting, start) }
      : { start: wallClock(meeting.date, '00:00'), allDay: true }),
    timezone: COUNCIL_TIME_ZONE,
    // The stamp comes from the record, not the clock, so an unchanged record gives the same bytes (and ETag).
    stamp: new Date(meeting.updatedAt),
    lastModified: new Date(meeting.updatedAt),
    sequence: sequenceOf(meeting.updatedAt),
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
  return calendar.toString();
}
