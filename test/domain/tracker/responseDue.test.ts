import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES } from '../../../src/domain/calendar/bankHolidays.js';
import {
  addDays,
  calendarDateOf,
  compareIsoDates,
  daysInMonth,
  isLeapYear,
  isWeekend,
} from '../../../src/domain/calendar/isoDate.js';
import { responseDue } from '../../../src/domain/tracker/responseDue.js';
import { formatTrackerReference, parseTrackerReference } from '../../../src/domain/tracker/trackerReference.js';
import { councilDate, dateBetween } from '../calendar/arbitraries.js';

/** Dates GOV.UK's bank holiday list covers, so the calendar answers from data. */
const listedDate = dateBetween('2019-01-01', '2027-12-31');

describe('the response due date', () => {
  it('should be two calendar months on, or the end of a shorter month, never moved for a day off', () => {
    fc.assert(
      fc.property(councilDate, (sent) => {
        const { dueOn } = responseDue(sent, ENGLAND_AND_WALES);
        const s = calendarDateOf(sent);
        const d = calendarDateOf(dueOn);
        expect(d.year * 12 + d.month - (s.year * 12 + s.month)).toBe(2);
        expect(d.day).toBe(Math.min(s.day, daysInMonth(d.year, d.month)));
        // A day later would be a third month's, or more than two months: the due date is the last day allowed.
        expect(compareIsoDates(sent, dueOn)).toBe(-1);
      }),
      { numRuns: 2000 },
    );
  });

  it('should end February on the 29th in a leap year and the 28th otherwise, for anything sent on 29-31 December', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 29, max: 31 }), (year, day) => {
        const { dueOn } = responseDue(`${year}-12-${day}`, ENGLAND_AND_WALES);
        expect(dueOn).toBe(`${year + 1}-02-${isLeapYear(year + 1) ? 29 : 28}`);
      }),
    );
  });

  it('should say when the due date is a weekend or bank holiday, and keep it', () => {
    fc.assert(
      fc.property(listedDate, (sent) => {
        const due = responseDue(sent, ENGLAND_AND_WALES);
        const expected = isWeekend(due.dueOn)
          ? 'weekend'
          : ENGLAND_AND_WALES.isBankHoliday(due.dueOn)
            ? 'bank_holiday'
            : null;
        expect(due.dayOff).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    // Sent 26 October 2026: due Saturday 26 December 2026 (Boxing Day, observed on Monday 28th): not moved.
    expect(responseDue('2026-10-26', ENGLAND_AND_WALES)).toEqual({ dueOn: '2026-12-26', dayOff: 'weekend' });
    // Sent 27 October 2027: due Monday 27 December 2027, the Christmas bank holiday (25th is a Saturday): not moved.
    expect(responseDue('2027-10-27', ENGLAND_AND_WALES)).toEqual({ dueOn: '2027-12-27', dayOff: 'bank_holiday' });
    // Sent 27 March 2025: due Tuesday 27 May 2025, a working day.
    expect(responseDue('2025-03-27', ENGLAND_AND_WALES)).toEqual({ dueOn: '2025-05-27', dayOff: null });
  });

  it('should keep month-end senders in order: a later sending is never due earlier', () => {
    fc.assert(
      fc.property(councilDate, fc.integer({ min: 1, max: 40 }), (sent, later) => {
        const a = responseDue(sent, ENGLAND_AND_WALES).dueOn;
        const b = responseDue(addDays(sent, later), ENGLAND_AND_WALES).dueOn;
        expect(compareIsoDates(a, b)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('tracker references', () => {
  it('should write and read back a reference', () => {
    expect(formatTrackerReference({ year: '2024/25', number: 7 })).toBe('2024/25-07');
    expect(formatTrackerReference({ year: '2024/25', number: 123 })).toBe('2024/25-123');
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 5000 }), (y, n) => {
        const year = `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
        expect(parseTrackerReference(formatTrackerReference({ year, number: n }))).toEqual({ year, number: n });
      }),
    );
    expect(parseTrackerReference('2024/25-00')).toBeNull();
    expect(parseTrackerReference('24/25-01')).toBeNull();
    expect(() => formatTrackerReference({ year: '2024/25', number: 0 })).toThrow();
  });
});
