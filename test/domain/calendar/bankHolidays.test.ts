import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyHolidayChanges,
  createHolidayCalendar,
  easterSunday,
  englandAndWalesBankHolidays,
  englandAndWalesCalendar,
  ENGLAND_AND_WALES_CHANGES,
} from '../../../src/domain/calendar/bankHolidays.js';
import { addDays, calendarDateOf, dayOfWeek, isWeekend } from '../../../src/domain/calendar/isoDate.js';

/** England and Wales bank holidays as published on gov.uk (www.gov.uk/bank-holidays). */
const GOV_UK: Record<number, string[]> = {
  2020: [
    '2020-01-01',
    '2020-04-10',
    '2020-04-13',
    '2020-05-08',
    '2020-05-25',
    '2020-08-31',
    '2020-12-25',
    '2020-12-28',
  ],
  2021: [
    '2021-01-01',
    '2021-04-02',
    '2021-04-05',
    '2021-05-03',
    '2021-05-31',
    '2021-08-30',
    '2021-12-27',
    '2021-12-28',
  ],
  2022: [
    '2022-01-03',
    '2022-04-15',
    '2022-04-18',
    '2022-05-02',
    '2022-06-02',
    '2022-06-03',
    '2022-08-29',
    '2022-09-19',
    '2022-12-26',
    '2022-12-27',
  ],
  2023: [
    '2023-01-02',
    '2023-04-07',
    '2023-04-10',
    '2023-05-01',
    '2023-05-08',
    '2023-05-29',
    '2023-08-28',
    '2023-12-25',
    '2023-12-26',
  ],
  2024: [
    '2024-01-01',
    '2024-03-29',
    '2024-04-01',
    '2024-05-06',
    '2024-05-27',
    '2024-08-26',
    '2024-12-25',
    '2024-12-26',
  ],
  2025: [
    '2025-01-01',
    '2025-04-18',
    '2025-04-21',
    '2025-05-05',
    '2025-05-26',
    '2025-08-25',
    '2025-12-25',
    '2025-12-26',
  ],
  2026: [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
  ],
};

const calendar = englandAndWalesCalendar();

describe('England and Wales bank holidays', () => {
  it.each(Object.entries(GOV_UK))('should match the gov.uk list for %s', (year, dates) => {
    expect(calendar.holidaysIn(Number(year)).map((h) => h.date)).toEqual(dates);
    for (const date of dates) expect(calendar.isBankHoliday(date)).toBe(true);
  });

  it('should not keep a usual holiday that the government moved', () => {
    expect(calendar.isBankHoliday('2020-05-04')).toBe(false);
    expect(calendar.isBankHoliday('2022-05-30')).toBe(false);
    expect(calendar.holidayOn('2022-06-03')?.name).toMatch(/Platinum Jubilee/);
    expect(calendar.holidayOn('2022-09-19')?.name).toMatch(/State Funeral/);
    expect(calendar.holidayOn('2023-05-08')?.name).toMatch(/coronation/i);
    expect(calendar.isBankHoliday('2024-05-15')).toBe(false);
  });

  it('should name substitute days and keep Christmas and Boxing Day apart', () => {
    const christmas2021 = englandAndWalesBankHolidays(2021).slice(-2);
    expect(christmas2021).toEqual([
      { date: '2021-12-27', name: 'Christmas Day (substitute day)' },
      { date: '2021-12-28', name: 'Boxing Day (substitute day)' },
    ]);
    // Christmas on a Sunday: Boxing Day keeps Monday, Christmas moves to Tuesday.
    expect(englandAndWalesBankHolidays(2022).slice(-2)).toEqual([
      { date: '2022-12-26', name: 'Boxing Day' },
      { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
    ]);
    expect(englandAndWalesBankHolidays(2022)[0]).toEqual({
      date: '2022-01-03',
      name: "New Year's Day (substitute day)",
    });
  });

  it.each([
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('should put Easter %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('should put Easter on a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(dayOfWeek(easter)).toBe(7);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
      }),
    );
  });

  it('should generate exactly eight holidays a year, all distinct weekdays of that year, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9998 }), (year) => {
        const holidays = englandAndWalesBankHolidays(year);
        expect(holidays).toHaveLength(8);
        expect(new Set(holidays.map((h) => h.date)).size).toBe(8);
        for (const h of holidays) {
          expect(isWeekend(h.date)).toBe(false);
          expect(calendarDateOf(h.date).year).toBe(year);
        }
        expect(holidays.map((h) => h.date)).toEqual(holidays.map((h) => h.date).sort());
        expect(dayOfWeek(holidays[1]!.date)).toBe(5);
        expect(addDays(holidays[1]!.date, 3)).toBe(holidays[2]!.date);
      }),
    );
  });

  it('should keep every one-off change off the weekend', () => {
    for (const change of ENGLAND_AND_WALES_CHANGES) {
      expect(isWeekend(change.kind === 'moved' ? change.to : change.date)).toBe(false);
    }
  });
});

describe('holiday calendars as data', () => {
  it('should take a listed year as complete and generate the others', () => {
    const custom = createHolidayCalendar([{ date: '2030-03-01', name: 'St David’s Day' }]);
    expect(custom.holidaysIn(2030)).toEqual([{ date: '2030-03-01', name: 'St David’s Day' }]);
    expect(custom.isBankHoliday('2030-12-25')).toBe(false);
    expect(custom.isBankHoliday('2031-12-25')).toBe(true);
    const listOnly = createHolidayCalendar([{ date: '2030-03-01', name: 'St David’s Day' }], { rule: null });
    expect(listOnly.isBankHoliday('2031-12-25')).toBe(false);
  });

  it('should let a council add a day the government announces', () => {
    const updated = englandAndWalesCalendar([
      ...ENGLAND_AND_WALES_CHANGES,
      { kind: 'extra', date: '2027-06-07', name: 'A new one-off day' },
    ]);
    expect(updated.isBankHoliday('2027-06-07')).toBe(true);
    expect(updated.holidaysIn(2027)).toHaveLength(9);
    expect(calendar.isBankHoliday('2027-06-07')).toBe(false);
  });

  it('should apply changes without touching its input', () => {
    const usual = englandAndWalesBankHolidays(2020);
    const copy = structuredClone(usual);
    const changed = applyHolidayChanges(usual, ENGLAND_AND_WALES_CHANGES);
    expect(usual).toEqual(copy);
    expect(changed.map((h) => h.date)).toContain('2020-05-08');
    expect(changed.map((h) => h.date)).not.toContain('2020-05-04');
  });
});
