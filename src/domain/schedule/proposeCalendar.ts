import type { HolidayCalendar } from '../calendar/bankHolidays.js';
import {
  addDays,
  calendarDateOf,
  compareIsoDates,
  dayOfWeek,
  daysInMonth,
  epochDayOf,
  formatIsoDate,
  isoDateFromEpochDay,
  isWeekend,
  lastWeekdayOfMonth,
  nthWeekdayOfMonth,
  type IsoWeekday,
} from '../calendar/isoDate.js';
import type { MunicipalYear } from '../calendar/municipalYear.js';
import { AppError } from '../errors.js';
import type { IsoDate, IsoTime } from '../isoDateType.js';
import { FREQUENCY_LIMITS, type MeetingFrequency } from './meetingFrequency.js';

/** One date the calendar proposes; `movedFrom` says why it is not the day the pattern gave. */
export interface ProposedMeeting {
  readonly date: IsoDate;
  readonly time: IsoTime;
  readonly movedFrom: { readonly date: IsoDate; readonly reason: string } | null;
}

/** A date the pattern gave that the calendar leaves out, and why. */
export interface LeftOutDate {
  readonly date: IsoDate;
  readonly reason: string;
}

export interface CalendarProposal {
  readonly year: MunicipalYear;
  readonly meetings: readonly ProposedMeeting[];
  readonly leftOut: readonly LeftOutDate[];
}

export interface ProposeOptions {
  /**
   * The bank holidays to avoid; null avoids weekends only. A date on a day off moves to the next
   * working day, which councils do rather than lose the meeting.
   */
  readonly holidays: HolidayCalendar | null;
  /** Dates the body already meets on: not proposed twice. */
  readonly taken?: ReadonlySet<IsoDate>;
  /** Dates before this are over and are not proposed (generating the rest of the current year). */
  readonly notBefore?: IsoDate;
}

function firstWeekdayOnOrAfter(date: IsoDate, weekday: IsoWeekday): IsoDate {
  return addDays(date, (weekday - dayOfWeek(date) + 7) % 7);
}

/** The months a year touches, from its start month to its end month, as [year, month] pairs. */
function monthsOf(year: MunicipalYear): [number, number][] {
  const start = calendarDateOf(year.startsOn);
  const end = calendarDateOf(year.endsOn);
  const months: [number, number][] = [];
  for (let y = start.year, m = start.month; y < end.year || (y === end.year && m <= end.month);) {
    months.push([y, m]);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

function assertWhole(value: number, limits: { min: number; max: number }, what: string): void {
  if (!Number.isInteger(value) || value < limits.min || value > limits.max)
    throw new AppError(
      'INPUT_INVALID',
      `${what} must be a whole number from ${limits.min} to ${limits.max}, not ${value}`,
    );
}

/** The days the pattern gives, in order, before moving any off weekends and holidays. */
function patternDates(year: MunicipalYear, f: MeetingFrequency): IsoDate[] {
  switch (f.kind) {
    case 'per_year': {
      assertWhole(f.count, FREQUENCY_LIMITS.perYear, 'meetings a year');
      // Evenly spaced slots over the year's days, each taking the first chosen weekday in it, so
      // twelve a year falls once a month and six every other month whatever the year's length.
      const first = epochDayOf(year.startsOn);
      const span = epochDayOf(year.endsOn) - first + 1;
      return Array.from({ length: f.count }, (_, i) =>
        firstWeekdayOnOrAfter(isoDateFromEpochDay(first + Math.floor((i * span) / f.count)), f.weekday),
      );
    }
    case 'monthly_weekday':
      return monthsOf(year).flatMap(([y, m]) => {
        const date =
          f.week === 'last' ? lastWeekdayOfMonth(y, m, f.weekday) : nthWeekdayOfMonth(y, m, f.weekday, f.week);
        return date ? [date] : [];
      });
    case 'monthly_day':
      assertWhole(f.day, FREQUENCY_LIMITS.dayOfMonth, 'the day of the month');
      // The 31st in a 30-day month is its 30th, and in February the 28th or 29th: a month is never skipped.
      return monthsOf(year).map(([y, m]) =>
        formatIsoDate({ year: y, month: m, day: Math.min(f.day, daysInMonth(y, m)) }),
      );
    case 'every_weeks': {
      assertWhole(f.weeks, FREQUENCY_LIMITS.everyWeeks, 'the number of weeks');
      const dates: IsoDate[] = [];
      for (
        let d = firstWeekdayOnOrAfter(year.startsOn, f.weekday);
        compareIsoDates(d, year.endsOn) <= 0;
        d = addDays(d, 7 * f.weeks)
      )
        dates.push(d);
      return dates;
    }
  }
}

/** Months in which the pattern names no day (a fifth Tuesday), so the preview can say why they are empty. */
function monthsWithoutDay(year: MunicipalYear, f: MeetingFrequency): LeftOutDate[] {
  if (f.kind !== 'monthly_weekday' || f.week !== 5) return [];
  return monthsOf(year)
    .filter(([y, m]) => nthWeekdayOfMonth(y, m, f.weekday, 5) === null)
    .map(([y, m]) => ({
      date: formatIsoDate({ year: y, month: m, day: 1 }),
      reason: 'this month has no fifth such weekday',
    }));
}

function dayOffReason(date: IsoDate, holidays: HolidayCalendar | null): string | null {
  const holiday = holidays?.holidayOn(date);
  if (holiday) return holiday.name;
  return isWeekend(date) ? 'a weekend' : null;
}

/**
 * The meetings a body would hold in `year` under `frequency`: the dates the pattern gives inside
 * the year (from the annual meeting to the day before the next), each moved off a weekend or bank
 * holiday to the next working day, never past the year's end nor onto a date already proposed or
 * taken. Dates that cannot be kept are listed in `leftOut` with the reason, for the clerk to see.
 * Pure: the same inputs give the same proposal.
 * @throws AppError INPUT_INVALID when a frequency's number is out of its bounds.
 */
export function proposeCalendar(
  year: MunicipalYear,
  frequency: MeetingFrequency,
  options: ProposeOptions,
): CalendarProposal {
  const taken = options.taken ?? new Set<IsoDate>();
  const used = new Set<IsoDate>();
  const meetings: ProposedMeeting[] = [];
  const leftOut: LeftOutDate[] = monthsWithoutDay(year, frequency);
  for (const date of patternDates(year, frequency)) {
    if (compareIsoDates(date, year.startsOn) < 0 || compareIsoDates(date, year.endsOn) > 0) continue;
    if (options.notBefore && compareIsoDates(date, options.notBefore) < 0) {
      leftOut.push({ date, reason: 'the date has passed' });
      continue;
    }
    let actual = date;
    const reason = dayOffReason(date, options.holidays);
    // A day the body already meets on stops the move (it is that meeting); one proposed already is stepped over.
    while (dayOffReason(actual, options.holidays) !== null || (actual !== date && used.has(actual)))
      actual = addDays(actual, 1);
    if (compareIsoDates(actual, year.endsOn) > 0) {
      leftOut.push({ date, reason: `moving it off ${reason ?? 'that day'} would take it past the end of the year` });
      continue;
    }
    if (taken.has(actual)) {
      leftOut.push({ date: actual, reason: 'the body already meets that day' });
      continue;
    }
    if (used.has(actual)) continue;
    used.add(actual);
    meetings.push({ date: actual, time: frequency.time, movedFrom: reason ? { date, reason } : null });
  }
  leftOut.sort((a, b) => compareIsoDates(a.date, b.date));
  return { year, meetings, leftOut };
}
