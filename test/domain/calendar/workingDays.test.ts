import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES, withClosureDays, type HolidayCalendar } from '../../../src/domain/calendar/bankHolidays.js';
import { addDays, compareIsoDates, daysBetween } from '../../../src/domain/calendar/isoDate.js';
import {
  addWorkingDays,
  clearWorkingDaysBetween,
  isLateForMeeting,
  isWorkingDay,
  lastWorkingDayToPublish,
  publicationDeadline,
} from '../../../src/domain/calendar/workingDays.js';
import { londonDateOf } from '../../../src/domain/calendar/londonTime.js';
import type { IsoDate } from '../../../src/domain/isoDateType.js';
import { dateBetween } from './arbitraries.js';

const calendar = ENGLAND_AND_WALES;
const recent = dateBetween('2015-01-01', '2030-12-31');

/** GOV.UK's calendar, or one with a council's closure days added (some on weekends or holidays). */
const calendars: fc.Arbitrary<HolidayCalendar> = fc.oneof(
  fc.constant(calendar),
  fc.array(recent, { maxLength: 40 }).map((extra) =>
    withClosureDays(
      calendar,
      extra.map((date) => ({ date, name: 'closure' })),
    ),
  ),
);

/** Negation without -0, which toBe (Object.is) tells apart from 0. */
const negate = (n: number): number => (n === 0 ? 0 : -n);

/** Counting day by day: slow, obviously right. */
function naiveClearDays(a: IsoDate, b: IsoDate, cal: HolidayCalendar): number {
  let count = 0;
  for (let d = addDays(a, 1); compareIsoDates(d, b) < 0; d = addDays(d, 1)) if (isWorkingDay(d, cal)) count++;
  return count;
}

describe('working days', () => {
  it('should skip weekends and bank holidays', () => {
    expect(isWorkingDay('2023-09-28', calendar)).toBe(true);
    expect(isWorkingDay('2023-09-30', calendar)).toBe(false);
    expect(isWorkingDay('2023-12-25', calendar)).toBe(false);
    expect(isWorkingDay('2020-05-04', calendar)).toBe(true);
    expect(addWorkingDays('2023-12-22', 1, calendar)).toBe('2023-12-27');
    expect(addWorkingDays('2024-01-02', -1, calendar)).toBe('2023-12-29');
    expect(addWorkingDays('2023-09-30', 0, calendar)).toBe('2023-09-30');
  });

  it('should count clear days strictly between two dates', () => {
    expect(clearWorkingDaysBetween('2023-09-20', '2023-09-28', calendar)).toBe(5);
    expect(clearWorkingDaysBetween('2023-09-21', '2023-09-28', calendar)).toBe(4);
    expect(clearWorkingDaysBetween('2023-09-28', '2023-09-28', calendar)).toBe(0);
    expect(clearWorkingDaysBetween('2023-09-28', '2023-09-29', calendar)).toBe(0);
    expect(clearWorkingDaysBetween('2023-12-22', '2024-01-02', calendar)).toBe(3);
  });

  it('should count clear days as a day-by-day count would', () => {
    fc.assert(
      fc.property(calendars, recent, fc.integer({ min: -400, max: 400 }), (cal, a, span) => {
        const b = addDays(a, span);
        const expected = span >= 0 ? naiveClearDays(a, b, cal) : negate(naiveClearDays(b, a, cal));
        expect(clearWorkingDaysBetween(a, b, cal)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('should be antisymmetric and add up across a date in between', () => {
    fc.assert(
      fc.property(calendars, recent, recent, recent, (cal, x, y, z) => {
        const [a, m, b] = [x, y, z].sort();
        if (!a || !m || !b) return;
        expect(clearWorkingDaysBetween(b, a, cal)).toBe(negate(clearWorkingDaysBetween(a, b, cal)));
        if (a === m || m === b) return;
        const middle = isWorkingDay(m, cal) ? 1 : 0;
        expect(clearWorkingDaysBetween(a, b, cal)).toBe(
          clearWorkingDaysBetween(a, m, cal) + middle + clearWorkingDaysBetween(m, b, cal),
        );
      }),
    );
  });

  it('should step onto working days with the right number of clear days in between', () => {
    fc.assert(
      fc.property(calendars, recent, fc.integer({ min: 1, max: 60 }), (cal, d, n) => {
        const later = addWorkingDays(d, n, cal);
        expect(isWorkingDay(later, cal)).toBe(true);
        expect(clearWorkingDaysBetween(d, later, cal)).toBe(n - 1);
        const earlier = addWorkingDays(d, -n, cal);
        expect(isWorkingDay(earlier, cal)).toBe(true);
        expect(clearWorkingDaysBetween(earlier, d, cal)).toBe(n - 1);
      }),
    );
  });
});

describe('agenda publication (five clear working days)', () => {
  it.each([
    // The seeds' pack: clear days 21, 22, 25, 26 and 27 September.
    ['2023-09-28', '2023-09-20'],
    // Christmas and New Year's Day do not count: clear days 21, 22, 27, 28 and 29 December.
    ['2024-01-02', '2023-12-20'],
    // Good Friday and Easter Monday do not count.
    ['2024-04-04', '2024-03-25'],
    // 2022: the spring holiday moved from 30 May to 2 June, so 30 May is a clear day.
    ['2022-06-08', '2022-05-29'],
    // A Monday meeting: a Sunday publication still leaves Monday to Friday clear.
    ['2023-10-02', '2023-09-24'],
  ])('should let a meeting on %s be published by %s', (meeting, latest) => {
    expect(publicationDeadline(meeting, calendar)).toBe(latest);
    expect(clearWorkingDaysBetween(latest, meeting, calendar)).toBe(5);
    expect(isLateForMeeting(latest, meeting, calendar)).toBe(false);
    expect(isLateForMeeting(addDays(latest, 1), meeting, calendar)).toBe(true);
  });

  it('should name the last working day to publish on', () => {
    expect(lastWorkingDayToPublish('2023-10-02', calendar)).toBe('2023-09-22');
    expect(lastWorkingDayToPublish('2023-09-28', calendar)).toBe('2023-09-20');
  });

  it('should always leave exactly the clear days required, and the day after should leave fewer', () => {
    fc.assert(
      fc.property(calendars, recent, fc.integer({ min: 1, max: 15 }), (cal, meeting, clearDays) => {
        const latest = publicationDeadline(meeting, cal, clearDays);
        expect(clearWorkingDaysBetween(latest, meeting, cal)).toBe(clearDays);
        expect(clearWorkingDaysBetween(addDays(latest, 1), meeting, cal)).toBeLessThan(clearDays);
        expect(daysBetween(latest, meeting)).toBeGreaterThan(clearDays);
      }),
    );
  });

  it('should judge publication in time exactly when enough clear days are left', () => {
    fc.assert(
      fc.property(calendars, recent, fc.integer({ min: 1, max: 40 }), (cal, meeting, before) => {
        const published = addDays(meeting, -before);
        expect(isLateForMeeting(published, meeting, cal)).toBe(clearWorkingDaysBetween(published, meeting, cal) < 5);
      }),
    );
  });

  it('should refuse a negative or fractional number of clear days', () => {
    expect(() => publicationDeadline('2023-09-28', calendar, -1)).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID' }),
    );
    expect(() => publicationDeadline('2023-09-28', calendar, 2.5)).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID' }),
    );
    expect(publicationDeadline('2023-09-28', calendar, 0)).toBe('2023-09-27');
  });
});

describe('edge cases around holidays', () => {
  it('should step over Easter, both ways', () => {
    // Easter 2025: Good Friday 18 and Easter Monday 21 April.
    expect(addWorkingDays('2025-04-17', 1, calendar)).toBe('2025-04-22');
    expect(addWorkingDays('2025-04-22', -1, calendar)).toBe('2025-04-17');
    expect(clearWorkingDaysBetween('2025-04-16', '2025-04-23', calendar)).toBe(2);
    // Meeting Thursday 24 April 2025: clear days Tue 15, Wed 16, Thu 17, Tue 22, Wed 23.
    expect(publicationDeadline('2025-04-24', calendar)).toBe('2025-04-14');
  });

  it('should move Christmas and Boxing Day off a weekend onto substitute days', () => {
    // 2021 and 2027: Christmas on a Saturday, Boxing Day on a Sunday: Monday 27 and Tuesday 28 off.
    for (const year of [2021, 2027]) {
      expect(isWorkingDay(`${year}-12-27`, calendar)).toBe(false);
      expect(isWorkingDay(`${year}-12-28`, calendar)).toBe(false);
      expect(isWorkingDay(`${year}-12-29`, calendar)).toBe(true);
      expect(addWorkingDays(`${year}-12-24`, 1, calendar)).toBe(`${year}-12-29`);
    }
    // 2022: Christmas on a Sunday: Boxing Day keeps Monday 26, Christmas moves to Tuesday 27.
    expect(clearWorkingDaysBetween('2022-12-23', '2022-12-28', calendar)).toBe(0);
    // 2026: Boxing Day on a Saturday: its substitute is Monday 28 December.
    expect(isWorkingDay('2026-12-28', calendar)).toBe(false);
    // Meeting Wednesday 5 January 2028 (New Year's substitute Monday 3 January): clear days
    // Tue 4 Jan, Fri 31, Thu 30, Wed 29 Dec, Fri 24 Dec 2027 -> publish by Thursday 23 December.
    expect(publicationDeadline('2028-01-05', calendar)).toBe('2027-12-23');
    // Meeting Tuesday 6 January 2026: the legal last day is Sunday 28 December, the office's Wednesday 24th.
    expect(publicationDeadline('2026-01-06', calendar)).toBe('2025-12-28');
    expect(lastWorkingDayToPublish('2026-01-06', calendar)).toBe('2025-12-24');
  });

  it('should count the one-off days: the VE Day move, the jubilee, the state funeral, the coronation', () => {
    expect(isWorkingDay('2020-05-08', calendar)).toBe(false);
    expect(isWorkingDay('2020-05-04', calendar)).toBe(true);
    expect(clearWorkingDaysBetween('2022-05-31', '2022-06-07', calendar)).toBe(2); // Wed 1, Mon 6
    expect(isWorkingDay('2022-09-19', calendar)).toBe(false);
    expect(isWorkingDay('2023-05-08', calendar)).toBe(false);
    // Meeting Thursday 11 May 2023: Mon 8 does not count -> clear days Wed 3 to Wed 10 less Monday.
    expect(publicationDeadline('2023-05-11', calendar)).toBe('2023-05-02');
  });

  it('should make a council’s closure day a day off in every count', () => {
    const council = withClosureDays(calendar, [{ date: '2025-12-24', name: 'Christmas closure' }]);
    expect(isWorkingDay('2025-12-24', council)).toBe(false);
    expect(lastWorkingDayToPublish('2026-01-06', council)).toBe('2025-12-23');
    // Meeting Friday 2 January 2026: clear days 31, 30, 29, 24 and 23 December, so publish by the
    // 22nd; with the 24th closed, the 22nd is a clear day too and the deadline is Sunday 21st.
    expect(publicationDeadline('2026-01-02', calendar)).toBe('2025-12-22');
    expect(publicationDeadline('2026-01-02', council)).toBe('2025-12-21');
    expect(clearWorkingDaysBetween('2025-12-21', '2026-01-02', council)).toBe(5);
  });

  it('should read the date in England, not in UTC', () => {
    expect(londonDateOf('2025-06-30T23:30:00Z')).toBe('2025-07-01');
    expect(londonDateOf('2025-12-31T23:30:00Z')).toBe('2025-12-31');
  });
});
