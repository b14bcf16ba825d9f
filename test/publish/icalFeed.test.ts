import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { meetingUid, renderIcalFeed, type CalendarMeeting } from '../../src/publish/icalFeed.js';

const BASE = 'https://meetings.example.gov.uk';
const HOSTILE_BODY = 'Planning, Licensing; and <script>alert(1)</script>\nCommittee\\';
const HOSTILE_VENUE = 'Room 2, Town Hall; "Annexe"\r\nBEGIN:VEVENT\nUID:forged';

function meeting(overrides: Partial<CalendarMeeting> = {}): CalendarMeeting {
  return {
    id: 'm1',
    date: '2025-03-12',
    startTime: '18:30',
    startedAt: null,
    endedAt: null,
    venue: 'Council Chamber',
    isRemote: false,
    streamUrl: null,
    status: 'scheduled',
    body: { id: 'b1', name: 'Harbourside Overview and Scrutiny Committee', slug: 'harbourside' },
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-01-10T09:00:00.000Z',
    revision: 0,
    ...overrides,
  };
}

/** Parses with ical.js and registers the feed's own VTIMEZONE, so times resolve through what the feed says. */
function parse(ics: string): { calendar: ICAL.Component; events: ICAL.Component[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

function decodeText(raw: unknown): string {
  const design = ICAL.design as unknown as { icalendar: { value: { text: { fromICAL(value: string): string } } } };
  return design.icalendar.value.text.fromICAL(String(raw));
}

function time(event: ICAL.Component, name: 'dtstart' | 'dtend'): ICAL.Time {
  return event.getFirstPropertyValue(name) as ICAL.Time;
}

describe('iCal feed', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
    ICAL.TimezoneService.reset();
  });

  it('should give each meeting a London-time start that resolves to the right instant in winter and summer', () => {
    const ics = renderIcalFeed([meeting(), meeting({ id: 'm2', date: '2025-07-01', startTime: '10:00' })], {
      baseUrl: BASE,
      name: 'All meetings',
    });
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/London');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('All meetings');
    const [winter, summer] = events as [ICAL.Component, ICAL.Component];
    expect(winter.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/London');
    expect(time(winter, 'dtstart').toUnixTime()).toBe(Date.UTC(2025, 2, 12, 18, 30) / 1000);
    // British Summer Time: 10:00 in London is 09:00 UTC.
    expect(time(summer, 'dtstart').toUnixTime()).toBe(Date.UTC(2025, 6, 1, 9, 0) / 1000);
  });

  it('should have no DTEND without a recorded end, end when the minutes say, and be all-day without a time', () => {
    const ics = renderIcalFeed(
      [
        meeting({ id: 'late', date: '2025-12-31', startTime: '23:15' }),
        meeting({ id: 'ended', startTime: '18:30', endedAt: '20:05' }),
        meeting({ id: 'undated', startTime: null }),
      ],
      { baseUrl: BASE, name: 'All meetings' },
    );
    const events = parse(ics).events;
    const byUid = new Map(events.map((e) => [e.getFirstPropertyValue('uid'), e]));
    const late = byUid.get(meetingUid('late', BASE))!;
    expect(time(late, 'dtstart').toString()).toBe('2025-12-31T23:15:00');
    // An end not recorded is not invented: no DTEND and no DURATION.
    expect(late.getFirstProperty('dtend')).toBeNull();
    expect(late.getFirstProperty('duration')).toBeNull();
    // An end the minutes give before the start (a slip of the pen) is no end either.
    const backwards = parse(
      renderIcalFeed([meeting({ startTime: '18:30', endedAt: '17:00' })], { baseUrl: BASE, name: 'x' }),
    ).events[0]!;
    expect(backwards.getFirstProperty('dtend')).toBeNull();
    const ended = byUid.get(meetingUid('ended', BASE))!;
    expect(time(ended, 'dtend').toUnixTime() - time(ended, 'dtstart').toUnixTime()).toBe(95 * 60);
    const undated = byUid.get(meetingUid('undated', BASE))!;
    expect(time(undated, 'dtstart').isDate).toBe(true);
    expect(time(undated, 'dtstart').toString()).toBe('2025-03-12');
  });

  it('should keep hostile names and venues as plain values, with no forged event', () => {
    const ics = renderIcalFeed(
      [meeting({ body: { id: 'b1', name: HOSTILE_BODY, slug: 'hostile' }, venue: HOSTILE_VENUE })],
      {
        baseUrl: BASE,
        name: HOSTILE_BODY,
      },
    );
    const { calendar, events } = parse(ics);
    expect(events).toHaveLength(1);
    const [event] = events as [ICAL.Component];
    expect(event.getFirstPropertyValue('summary')).toBe(HOSTILE_BODY);
    // iCal has no carriage return in text: a CRLF is one line break.
    expect(event.getFirstPropertyValue('location')).toBe(HOSTILE_VENUE.replace('\r\n', '\n'));
    expect(event.getFirstPropertyValue('uid')).toBe('meeting-m1@meetings.example.gov.uk');
    // ical.js does not know X-WR-CALNAME and keeps it raw; RFC 5545 makes an X- property TEXT by default.
    for (const name of ['x-wr-calname', 'name'])
      expect(decodeText(calendar.getFirstPropertyValue(name))).toBe(HOSTILE_BODY.replace('\r\n', '\n'));
    expect(ics.split('\r\n').filter((l) => l.startsWith('UID:'))).toHaveLength(1);
  });

  it("should give the meeting's stored revision as SEQUENCE, within a 32-bit INTEGER", () => {
    const sequence = (revision: number): number =>
      parse(renderIcalFeed([meeting({ revision })], { baseUrl: BASE, name: 'x' })).events[0]!.getFirstPropertyValue(
        'sequence',
      ) as unknown as number;
    expect([0, 1, 7, 2 ** 40].map(sequence)).toEqual([0, 1, 7, 2 ** 31 - 1]);
  });

  it('should end every line with CRLF, the last one too', () => {
    const ics = renderIcalFeed([meeting(), meeting({ id: 'm2', startTime: null })], { baseUrl: BASE, name: 'x' });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('should mark a cancelled meeting CANCELLED and link each meeting to its page', () => {
    const events = parse(
      renderIcalFeed([meeting({ status: 'cancelled' }), meeting({ id: 'm2' })], { baseUrl: BASE, name: 'x' }),
    ).events;
    expect(events.map((e) => e.getFirstPropertyValue('status'))).toEqual(['CANCELLED', 'CONFIRMED']);
    expect(events.map((e) => e.getFirstPropertyValue('url'))).toEqual([`${BASE}/meetings/m1`, `${BASE}/meetings/m2`]);
  });

  it('should write the same bytes whatever the server time zone, with DTSTAMP in UTC', () => {
    const meetings = [
      meeting(),
      meeting({ id: 'm2', date: '2025-10-26', startTime: '01:30' }),
      meeting({ id: 'm3', startTime: null }),
    ];
    const outputs = ['UTC', 'America/New_York', 'Pacific/Auckland', 'Europe/London'].map((tz) => {
      process.env.TZ = tz;
      return renderIcalFeed(meetings, { baseUrl: BASE, name: 'x' });
    });
    for (const output of outputs) expect(output).toBe(outputs[0]);
    const stamp = parse(outputs[0]!).events[0]!.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone?.tzid).toBe('UTC');
    expect(stamp.toUnixTime()).toBe(Date.parse('2025-01-10T09:00:00.000Z') / 1000);
  });
});
