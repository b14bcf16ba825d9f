import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import data from '../../../src/domain/calendar/bankHolidaysEnglandWales.json' with { type: 'json' };
import {
  BANK_HOLIDAY_DATA,
  createHolidayCalendar,
  easterSunday,
  ENGLAND_AND_WALES,
  ENGLAND_AND_WALES_LISTED,
  englandAndWalesBankHolidays,
  withClosureDays,
} from '../../../src/domain/calendar/bankHolidays.js';
import { addDays, calendarDateOf, dayOfWeek, isWeekend } from '../../../src/domain/calendar/isoDate.js';

/**
 * England and Wales bank holidays as published on gov.uk (www.gov.uk/bank-holidays), typed here
 * independently of the data file so that a slip in either shows.
 */
const GOV_UK: Record<number, string[]> = {
  2018: [
    '2018-01-01',
    '2018-03-30',
    '2018-04-02',
    '2018-05-07',
    '2018-05-28',
    '2018-08-27',
    '2018-12-25',
    '2018-12-26',
  ],
  2019: [
    '2019-01-01',
    '2019-04-19',
    '2019-04-22',
    '2019-05-06',
    '2019-05-27',
    '2019-08-26',
    '2019-12-25',
    '2019-12-26',
  ],
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
  2027: [
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
    '2027-05-31',
    '2027-08-30',
    '2027-12-27',
    '2027-12-28',
  ],
};

/** The days the government proclaimed beyond the usual eight, 2018-2027, and the usual days they replaced. */
const ONE_OFF = {
  added: ['2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08'],
  replaced: ['2020-05-04', '2022-05-30'],
};

const calendar = ENGLAND_AND_WALES;

describe('the bank holiday data file (GOV.UK, England and Wales)', () => {
  it('should cover next year: renew src/domain/calendar/bankHolidaysEnglandWales.json from its source when this fails', () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(
      BANK_HOLIDAY_DATA.to,
      `bank holidays known up to ${BANK_HOLIDAY_DATA.to}; download ${BANK_HOLIDAY_DATA.source} again`,
    ).toBeGreaterThanOrEqual(nextYear);
  });

  it('should name its source and the date it was taken, and cover 2018 on', () => {
    expect(data.source).toBe('https://www.gov.uk/bank-holidays.json');
    expect(data.division).toBe('england-and-wales');
    expect(data.takenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(BANK_HOLIDAY_DATA.from).toBe(2018);
  });

  it('should list every year in full: the rule, with only the proclaimed one-off changes', () => {
    for (let year = BANK_HOLIDAY_DATA.from; year <= BANK_HOLIDAY_DATA.to; year++) {
      const listed = ENGLAND_AND_WALES_LISTED.filter((h) => h.date.startsWith(`${year}-`)).map((h) => h.date);
      const expected = englandAndWalesBankHolidays(year)
        .map((h) => h.date as string)
        .filter((d) => !ONE_OFF.replaced.includes(d))
        .concat(ONE_OFF.added.filter((d) => d.startsWith(`${year}-`)))
        .sort();
      expect(listed, String(year)).toEqual(expected);
    }
  });

  it('should keep the events in date order, on weekdays, each date once', () => {
    const dates = ENGLAND_AND_WALES_LISTED.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    for (const d of dates) expect(isWeekend(d), d).toBe(false);
  });

  it('should read a substitute day from GOV.UK’s notes into the name', () => {
    expect(calendar.holidayOn('2026-12-28')?.name).toBe('Boxing Day (substitute day)');
    expect(calendar.holidayOn('2022-12-27')?.name).toBe('Christmas Day (substitute day)');
    expect(calendar.holidayOn('2026-12-25')?.name).toBe('Christmas Day');
  });
});

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

  it('should fall back to the rule for a year the data does not list', () => {
    const later = BANK_HOLIDAY_DATA.to + 5;
    expect(calendar.holidaysIn(later)).toEqual(englandAndWalesBankHolidays(later));
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

  it('should add a council’s closure days to the bank holidays without changing them', () => {
    const closures = [
      { date: '2026-12-24' as const, name: 'Christmas closure' },
      { date: '2026-12-25' as const, name: 'Closed' },
      { date: '2027-06-07' as const, name: 'A day the government announced' },
    ];
    const council = withClosureDays(calendar, closures);
    expect(council.isBankHoliday('2026-12-24')).toBe(true);
    expect(council.holidayOn('2026-12-25')?.name).toBe('Christmas Day'); // the bank holiday keeps its name
    expect(
      council
        .holidaysIn(2026)
        .map((h) => h.date)
        .slice(-3),
    ).toEqual(['2026-12-24', '2026-12-25', '2026-12-28']);
    expect(council.holidaysIn(2027)).toHaveLength(9);
    expect(calendar.isBankHoliday('2026-12-24')).toBe(false);
    expect(calendar.isBankHoliday('2027-06-07')).toBe(false);
    expect(withClosureDays(calendar, [])).toBe(calendar);
  });
});
