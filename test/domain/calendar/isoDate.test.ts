import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDateOf,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  epochDayOf,
  formatIsoDate,
  isIsoDate,
  isoDateFromEpochDay,
  lastWeekdayOfMonth,
  nthWeekdayOfMonth,
  parseIsoDate,
} from '../../../src/domain/calendar/isoDate.js';
import { anyDate, councilDate, utcOracle } from './arbitraries.js';

describe('ISO dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-1-5', false],
    ['2023-01-05T00:00:00Z', false],
    [' 2023-01-05', false],
    ['0000-01-01', true],
    ['9999-12-31', true],
  ])('should judge %s valid: %s', (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
    expect(parseIsoDate(value) !== null).toBe(valid);
  });

  it('should reject an invalid date with INPUT_INVALID rather than guess', () => {
    expect(() => addDays('2023-02-30', 1)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
    expect(() => addDays('2023-01-01', 0.5)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
    expect(() => addDays('9999-12-31', 1)).toThrow(expect.objectContaining({ code: 'INPUT_INVALID' }));
    expect(() => formatIsoDate({ year: 2023, month: 2, day: 29 })).toThrow(
      expect.objectContaining({ code: 'INPUT_INVALID' }),
    );
  });

  it('should round-trip dates through day numbers and formatting', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        expect(isoDateFromEpochDay(epochDayOf(d))).toBe(d);
        expect(formatIsoDate(calendarDateOf(d))).toBe(d);
      }),
    );
    expect(epochDayOf('1970-01-01')).toBe(0);
    expect(epochDayOf('2000-03-01')).toBe(11017);
  });

  it('should agree with UTC Date arithmetic on days and weekdays', () => {
    fc.assert(
      fc.property(councilDate, fc.integer({ min: -1000, max: 1000 }), (d, n) => {
        const oracle = utcOracle(d);
        expect(dayOfWeek(d) % 7).toBe(oracle.getUTCDay());
        oracle.setUTCDate(oracle.getUTCDate() + n);
        expect(addDays(d, n)).toBe(oracle.toISOString().slice(0, 10));
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });

  it('should compare dates in calendar order', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(compareIsoDates(a, b)).toBe(Math.sign(epochDayOf(a) - epochDayOf(b)));
        expect(compareIsoDates(a, b) + compareIsoDates(b, a)).toBe(0);
      }),
    );
  });

  it('should give the weekday of known dates, Monday as 1 and Sunday as 7', () => {
    expect(dayOfWeek('2023-09-28')).toBe(4);
    expect(dayOfWeek('2024-05-15')).toBe(3);
    expect(dayOfWeek('2023-10-01')).toBe(7);
    expect(dayOfWeek('2023-10-02')).toBe(1);
  });

  it('should find the nth and last weekday of a month', () => {
    expect(nthWeekdayOfMonth(2024, 5, 1, 1)).toBe('2024-05-06');
    expect(nthWeekdayOfMonth(2024, 5, 1, 3)).toBe('2024-05-20');
    expect(nthWeekdayOfMonth(2024, 5, 1, 5)).toBeNull();
    expect(nthWeekdayOfMonth(2023, 5, 1, 5)).toBe('2023-05-29');
    expect(lastWeekdayOfMonth(2024, 8, 1)).toBe('2024-08-26');
    expect(lastWeekdayOfMonth(2023, 12, 7)).toBe('2023-12-31');
  });
});

describe('addMonths', () => {
  it.each([
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-12-31', 2, '2024-02-29'],
    ['2024-12-31', 2, '2025-02-28'],
    ['2023-03-31', 1, '2023-04-30'],
    ['2023-03-31', -1, '2023-02-28'],
    ['2023-05-15', 12, '2024-05-15'],
    ['2023-11-15', 2, '2024-01-15'],
    ['2024-02-29', -12, '2023-02-28'],
    ['2023-08-31', 0, '2023-08-31'],
  ])('should take %s plus %i months to %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('should land in the target month, on the same day or that month last day, never overflowing', () => {
    fc.assert(
      fc.property(councilDate, fc.integer({ min: -240, max: 240 }), (d, n) => {
        const from = calendarDateOf(d);
        const to = calendarDateOf(addMonths(d, n));
        expect(to.year * 12 + to.month - (from.year * 12 + from.month)).toBe(n);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }),
    );
  });

  it('should be monotonic in the date and in the number of months', () => {
    fc.assert(
      fc.property(
        councilDate,
        councilDate,
        fc.integer({ min: -120, max: 120 }),
        fc.integer({ min: -120, max: 120 }),
        (a, b, n, m) => {
          const [early, late] = compareIsoDates(a, b) <= 0 ? [a, b] : [b, a];
          expect(compareIsoDates(addMonths(early, n), addMonths(late, n))).toBeLessThanOrEqual(0);
          const [few, many] = n <= m ? [n, m] : [m, n];
          expect(compareIsoDates(addMonths(a, few), addMonths(a, many))).toBeLessThanOrEqual(0);
          if (few < many) expect(compareIsoDates(addMonths(a, few), addMonths(a, many))).toBe(-1);
        },
      ),
    );
  });

  it('should never come back later than it started', () => {
    fc.assert(
      fc.property(councilDate, fc.integer({ min: -120, max: 120 }), (d, n) => {
        expect(compareIsoDates(addMonths(addMonths(d, n), -n), d)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
