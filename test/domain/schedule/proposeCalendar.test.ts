import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES } from '../../../src/domain/calendar/bankHolidays.js';
import { dayOfWeek } from '../../../src/domain/calendar/isoDate.js';
import { municipalYearOf } from '../../../src/domain/calendar/municipalYear.js';
import { describeFrequency } from '../../../src/domain/schedule/meetingFrequency.js';
import { proposeCalendar } from '../../../src/domain/schedule/proposeCalendar.js';

// 2024/25 by the default rule: Monday 20 May 2024 to Sunday 18 May 2025 (2024 is a leap year: 29 February 2025 is not).
const YEAR = municipalYearOf('2024-06-15');
const HOLIDAYS = ENGLAND_AND_WALES;

describe('proposeCalendar', () => {
  it('should take the year from the annual meeting in May to the day before the next', () => {
    expect(YEAR).toEqual({ label: '2024/25', startsOn: '2024-05-20', endsOn: '2025-05-18' });
  });

  it('should give the third Tuesday of each month inside the year, at the chosen time', () => {
    const p = proposeCalendar(
      YEAR,
      { kind: 'monthly_weekday', week: 3, weekday: 2, time: '18:00' },
      { holidays: HOLIDAYS },
    );
    expect(p.meetings.map((m) => m.date)).toEqual([
      '2024-05-21',
      '2024-06-18',
      '2024-07-16',
      '2024-08-20',
      '2024-09-17',
      '2024-10-15',
      '2024-11-19',
      '2024-12-17',
      '2025-01-21',
      '2025-02-18',
      '2025-03-18',
      '2025-04-15',
    ]);
    // May 2025's third Tuesday (the 20th) is after the next annual meeting: it belongs to 2025/26.
    expect(p.meetings.every((m) => m.time === '18:00' && m.movedFrom === null)).toBe(true);
  });

  it('should say which months have no fifth weekday instead of inventing one', () => {
    const p = proposeCalendar(
      YEAR,
      { kind: 'monthly_weekday', week: 5, weekday: 4, time: '10:00' },
      { holidays: HOLIDAYS },
    );
    // Fifth Thursdays in 2024/25: 30 May, 29 Aug, 31 Oct, 30 Jan; 29 May 2025 is after the next annual meeting.
    expect(p.meetings.map((m) => m.date)).toEqual(['2024-05-30', '2024-08-29', '2024-10-31', '2025-01-30']);
    const empty = p.leftOut.filter((l) => l.reason.includes('no fifth')).map((l) => l.date.slice(0, 7));
    expect(empty).toEqual(['2024-06', '2024-07', '2024-09', '2024-11', '2024-12', '2025-02', '2025-03', '2025-04']);
  });

  it('should move a meeting off Boxing Day to the next working day', () => {
    const p = proposeCalendar(YEAR, { kind: 'monthly_day', day: 26, time: '10:00' }, { holidays: HOLIDAYS });
    expect(p.meetings.find((m) => m.movedFrom?.date === '2024-12-26')).toEqual({
      date: '2024-12-27',
      time: '10:00',
      movedFrom: { date: '2024-12-26', reason: 'Boxing Day' },
    });
  });

  it("should give the 31st as each shorter month's last day, February included, and move weekends to Monday", () => {
    const p = proposeCalendar(YEAR, { kind: 'monthly_day', day: 31, time: '14:00' }, { holidays: null });
    const byMonth = new Map(p.meetings.map((m) => [m.movedFrom?.date ?? m.date, m]));
    expect([...byMonth.keys()]).toEqual([
      '2024-05-31',
      '2024-06-30',
      '2024-07-31',
      '2024-08-31',
      '2024-09-30',
      '2024-10-31',
      '2024-11-30',
      '2024-12-31',
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
    ]);
    // Sunday 30 June 2024 becomes Monday 1 July; Saturday 31 August becomes Monday 2 September.
    expect(byMonth.get('2024-06-30')?.date).toBe('2024-07-01');
    expect(byMonth.get('2024-08-31')?.date).toBe('2024-09-02');
    for (const m of p.meetings) expect(dayOfWeek(m.date)).toBeLessThan(6);
  });

  it('should move a meeting off a bank holiday Monday to the Tuesday, and only weekends without a holiday calendar', () => {
    const f = { kind: 'every_weeks', weeks: 1, weekday: 1, time: '18:00' } as const;
    const withHolidays = proposeCalendar(YEAR, f, { holidays: HOLIDAYS });
    expect(withHolidays.meetings.find((m) => m.movedFrom?.date === '2024-08-26')).toEqual({
      date: '2024-08-27',
      time: '18:00',
      movedFrom: { date: '2024-08-26', reason: 'Summer bank holiday' },
    });
    // Christmas 2024: Wednesday 25 and Thursday 26 are holidays; a Monday pattern is untouched there.
    const weekendsOnly = proposeCalendar(YEAR, f, { holidays: null });
    expect(weekendsOnly.meetings.some((m) => m.date === '2024-08-26')).toBe(true);
    expect(weekendsOnly.meetings).toHaveLength(52);
  });

  it('should spread a number of meetings a year evenly, on the weekday, without two on one day', () => {
    for (const count of [1, 6, 11, 12, 26, 52]) {
      const p = proposeCalendar(YEAR, { kind: 'per_year', count, weekday: 3, time: '18:30' }, { holidays: HOLIDAYS });
      const dates = p.meetings.map((m) => m.date);
      expect(new Set(dates).size, `${count} a year`).toBe(dates.length);
      expect(dates.length).toBeGreaterThanOrEqual(count - 1);
      expect(dates.every((d) => d >= YEAR.startsOn && d <= YEAR.endsOn)).toBe(true);
      expect([...dates].sort()).toEqual(dates);
    }
    const six = proposeCalendar(
      YEAR,
      { kind: 'per_year', count: 6, weekday: 3, time: '18:30' },
      { holidays: HOLIDAYS },
    );
    expect(six.meetings.map((m) => m.date.slice(0, 7))).toEqual([
      '2024-05',
      '2024-07',
      '2024-09',
      '2024-11',
      '2025-01',
      '2025-03',
    ]);
  });

  it('should leave out dates already taken and dates that have passed, saying why', () => {
    const p = proposeCalendar(
      YEAR,
      { kind: 'monthly_weekday', week: 'last', weekday: 5, time: '09:30' },
      { holidays: HOLIDAYS, taken: new Set(['2024-06-28']), notBefore: '2024-06-01' },
    );
    expect(p.meetings[0]?.date).toBe('2024-07-26');
    expect(p.leftOut).toEqual(
      expect.arrayContaining([
        { date: '2024-05-31', reason: 'the date has passed' },
        { date: '2024-06-28', reason: 'the body already meets that day' },
      ]),
    );
  });

  it('should never move a date past the end of the year', () => {
    // The year ends on Sunday 18 May 2025; a Saturday 17 May meeting has no working day left.
    const p = proposeCalendar(YEAR, { kind: 'every_weeks', weeks: 1, weekday: 6, time: '10:00' }, { holidays: null });
    expect(p.meetings.every((m) => m.date <= YEAR.endsOn)).toBe(true);
    expect(p.leftOut.at(-1)?.date).toBe('2025-05-17');
  });

  it('should refuse a number out of bounds', () => {
    expect(() =>
      proposeCalendar(YEAR, { kind: 'per_year', count: 0, weekday: 1, time: '18:00' }, { holidays: null }),
    ).toThrow(/from 1 to 52/);
    expect(() => proposeCalendar(YEAR, { kind: 'monthly_day', day: 32, time: '18:00' }, { holidays: null })).toThrow(
      /1 to 31/,
    );
  });

  it('should describe a frequency in words', () => {
    expect(describeFrequency({ kind: 'monthly_weekday', week: 3, weekday: 2, time: '18:00' })).toBe(
      'The third Tuesday of each month at 6pm',
    );
    expect(describeFrequency({ kind: 'monthly_day', day: 22, time: '10:30' })).toBe(
      'The 22nd of each month at 10:30am',
    );
    expect(describeFrequency({ kind: 'every_weeks', weeks: 6, weekday: 4, time: '12:00' })).toBe(
      'Every 6 weeks, on Thursdays at midday',
    );
  });
});
