import { describe, expect, it } from 'vitest';
import data from '../../src/domain/calendar/bankHolidaysEnglandWales.json' with { type: 'json' };
import { englandAndWalesCalendar } from '../../src/domain/calendar/bankHolidays.js';
import type { IsoDate } from '../../src/domain/isoDateType.js';
import {
  addWorkingDays,
  BANK_HOLIDAY_DATA,
  clearWorkingDaysBetween,
  isLateForMeeting,
  isWorkingDay,
  lastWorkingDayToPublish,
  londonDateOf,
  publicationDeadline,
} from '../../src/domain/workingDays.js';

describe('bank holiday data (GOV.UK, England and Wales)', () => {
  it('should cover next year: renew src/domain/calendar/bankHolidaysEnglandWales.json from its source when this fails', () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(
      BANK_HOLIDAY_DATA.to,
      `bank holidays known up to ${BANK_HOLIDAY_DATA.to}; download ${BANK_HOLIDAY_DATA.source} again`,
    ).toBeGreaterThanOrEqual(nextYear);
  });

  it('should name its source and the date it was taken', () => {
    expect(data.source).toBe('https://www.gov.uk/bank-holidays.json');
    expect(data.takenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(BANK_HOLIDAY_DATA.from).toBeLessThanOrEqual(2018);
  });

  it('should agree, year by year, with the rule and the proclaimed changes', () => {
    const rule = englandAndWalesCalendar();
    for (let year = BANK_HOLIDAY_DATA.from; year <= BANK_HOLIDAY_DATA.to; year++) {
      const listed = data.events.filter((e) => e.date.startsWith(`${year}-`)).map((e) => e.date);
      expect(listed, String(year)).toEqual(rule.holidaysIn(year).map((h) => h.date));
    }
  });
});

describe('working days', () => {
  it('should skip weekends and bank holidays', () => {
    expect(isWorkingDay('2025-12-25' as IsoDate)).toBe(false);
    expect(isWorkingDay('2026-12-28' as IsoDate)).toBe(false); // Boxing Day substitute (Saturday 26th)
    expect(isWorkingDay('2025-12-27' as IsoDate)).toBe(false); // Saturday
    expect(isWorkingDay('2025-12-29' as IsoDate)).toBe(true);
    expect(addWorkingDays('2025-12-24' as IsoDate, 1)).toBe('2025-12-29');
    expect(addWorkingDays('2025-04-22' as IsoDate, -1)).toBe('2025-04-17'); // back over Easter Monday and Good Friday
  });

  it('should count clear days, leaving out both ends', () => {
    // Monday 1 to Monday 8 September 2025: Tuesday to Friday, four days.
    expect(clearWorkingDaysBetween('2025-09-01' as IsoDate, '2025-09-08' as IsoDate)).toBe(4);
    expect(clearWorkingDaysBetween('2025-09-01' as IsoDate, '2025-09-02' as IsoDate)).toBe(0);
    // Over Easter 2025 (Good Friday 18th, Easter Monday 21st): Wednesday 16 to Wednesday 23 April.
    expect(clearWorkingDaysBetween('2025-04-16' as IsoDate, '2025-04-23' as IsoDate)).toBe(2);
  });
});

describe('publication deadline: five clear working days', () => {
  it('should leave five clear working days in an ordinary week', () => {
    // Meeting Thursday 28 September 2023: clear days Thu 21, Fri 22, Mon 25, Tue 26, Wed 27.
    expect(publicationDeadline('2023-09-28' as IsoDate)).toBe('2023-09-20');
    expect(clearWorkingDaysBetween('2023-09-20' as IsoDate, '2023-09-28' as IsoDate)).toBe(5);
    expect(isLateForMeeting('2023-09-20' as IsoDate, '2023-09-28' as IsoDate)).toBe(false);
    expect(isLateForMeeting('2023-09-21' as IsoDate, '2023-09-28' as IsoDate)).toBe(true);
  });

  it('should step over Easter', () => {
    // Meeting Thursday 24 April 2025; Good Friday 18 and Easter Monday 21 do not count:
    // clear days Wed 16, Thu 17, Tue 22, Wed 23 and Tue 15 -> publish by Monday 14 April.
    expect(publicationDeadline('2025-04-24' as IsoDate)).toBe('2025-04-14');
    expect(clearWorkingDaysBetween('2025-04-14' as IsoDate, '2025-04-24' as IsoDate)).toBe(5);
    expect(clearWorkingDaysBetween('2025-04-15' as IsoDate, '2025-04-24' as IsoDate)).toBe(4);
  });

  it('should step over Christmas and New Year', () => {
    // Meeting Tuesday 6 January 2026: clear days Mon 5, Fri 2, Wed 31, Tue 30, Mon 29 December
    // (25, 26 December and 1 January are holidays): the legal last day is Sunday 28 December,
    // the office's Wednesday 24 December 2025.
    expect(publicationDeadline('2026-01-06' as IsoDate)).toBe('2025-12-28');
    expect(lastWorkingDayToPublish('2026-01-06' as IsoDate)).toBe('2025-12-24');
    // Christmas 2027 falls on a Saturday: substitute days Monday 27 and Tuesday 28 December.
    // Meeting Wednesday 5 January 2028 (New Year's substitute Monday 3 January):
    // clear days Tue 4 Jan, Fri 31, Thu 30, Wed 29 Dec, Fri 24 Dec -> publish by Thursday 23 December 2027.
    expect(publicationDeadline('2028-01-05' as IsoDate)).toBe('2027-12-23');
  });

  it('should give the office a working day when the legal last day is a weekend', () => {
    // Meeting Monday 13 October 2025: clear days Mon 6 to Fri 10, so the legal last day is Sunday 5th.
    expect(publicationDeadline('2025-10-13' as IsoDate)).toBe('2025-10-05');
    expect(lastWorkingDayToPublish('2025-10-13' as IsoDate)).toBe('2025-10-03');
  });

  it('should read the date in England, not in UTC', () => {
    expect(londonDateOf('2025-06-30T23:30:00Z')).toBe('2025-07-01');
    expect(londonDateOf('2025-12-31T23:30:00Z')).toBe('2025-12-31');
  });
});
