import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HolidayCalendar } from '../../../src/domain/calendar/bankHolidays.js';
import { englandAndWalesCalendar, ENGLAND_AND_WALES_CHANGES } from '../../../src/domain/calendar/bankHolidays.js';
import { addDays, compareIsoDates, daysBetween } from '../../../src/domain/calendar/isoDate.js';
import {
  addWorkingDays,
  clearWorkingDaysBetween,
  isPublishedInTime,
  isWorkingDay,
  latestPublicationDate,
  latestWorkingDayToPublish,
} from '../../../src/domain/calendar/workingDays.js';
import type { IsoDate } from '../../../src/domain/isoDateType.js';
import { dateBetween } from './arbitraries.js';

const calendar = englandAndWalesCalendar();
const recent = dateBetween('2015-01-01', '2030-12-31');

/** The default calendar, or one with extra days (some on weekends), to test against other data. */
const calendars: fc.Arbitrary<HolidayCalendar> = fc.oneof(
  fc.constant(calendar),
  fc
    .array(recent, { maxLength: 40 })
    .map((extra) =>
      englandAndWalesCalendar([
        ...ENGLAND_AND_WALES_CHANGES,
        ...extra.map((date) => ({ kind: 'extra' as const, date, name: 'extra' })),
      ]),
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
    expect(latestPublicationDate(meeting, calendar)).toBe(latest);
    expect(clearWorkingDaysBetween(latest, meeting, calendar)).toBe(5);
    expect(isPublishedInTime(latest, meeting, calendar)).toBe(true);
    expect(isPublishedInTime(addDays(latest, 1), meeting, calendar)).toBe(false);
  });

  it('should name the last working day to publish on', () => {
    expect(latestWorkingDayToPublish('2023-10-02', calendar)).toBe('2023-09-22');
    expect(latestWorkingDayToPublish('2023-09-28', calendar)).toBe('2023-09-20');
  });

  it('should always leave exactly the clear days required, and the day after should leave fewer', () => {
    fc.assert(
      fc.property(calendars, recent, fc.integer({ min: 1, max: 15 }), (cal, meeting, clearDays) => {
        const latest = latestPublicationDate(meeting, cal, clearDays);
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
        expect(isPublishedInTime(published, meeting, cal)).toBe(clearWorkingDaysBetween(published, meeting, cal) >= 5);
      }),
    );
  });

  it('should refuse a negative or fractional number of clear days', () => {
    expect(() => latestPublicationDate('2023-09-28', calendar, -1)).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID' }),
    );
    expect(() => latestPublicationDate('2023-09-28', calendar, 2.5)).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID' }),
    );
    expect(latestPublicationDate('2023-09-28', calendar, 0)).toBe('2023-09-27');
  });
});
