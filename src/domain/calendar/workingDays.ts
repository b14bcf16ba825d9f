import { AppError } from '../errors.js';
import type { IsoDate } from '../isoDateType.js';
import type { HolidayCalendar } from './bankHolidays.js';
import { addDays, calendarDateOf, compareIsoDates, epochDayOf, isWeekend } from './isoDate.js';

/*
 * The one place Quorum counts working days: the agenda's publication deadline, call-in periods
 * and scheduling all come here with a HolidayCalendar (bankHolidays.ts: GOV.UK's list, plus the
 * council's closure days). A working day is Monday to Friday and not a day off in the calendar.
 * "Clear" working days (GLOSSARY "Publication") are those strictly between two dates: neither the
 * day of publication nor the day of the meeting counts.
 */

/** Clear working days an agenda must be open to inspection before its meeting (LGA 1972 s.100B(3)). */
export const AGENDA_CLEAR_DAYS = 5;

/**
 * Whether `date` is a working day: Monday to Friday and not a bank holiday in `calendar`.
 * @throws AppError INPUT_INVALID on an invalid date.
 */
export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  return !isWeekend(date) && !calendar.isBankHoliday(date);
}

/**
 * The date `n` working days after `date` (before it when `n` is negative), not counting `date`
 * itself, so the result is always a working day unless `n` is 0, which returns `date` as is.
 * @throws AppError INPUT_INVALID on an invalid date or a fractional `n`.
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  if (!Number.isInteger(n)) throw new AppError('INPUT_INVALID', `not a whole number of working days: ${n}`);
  const step = n < 0 ? -1 : 1;
  let d = date;
  for (let left = Math.abs(n); left > 0;) {
    d = addDays(d, step);
    if (isWorkingDay(d, calendar)) left--;
  }
  return d;
}

/**
 * The number of working days strictly between `a` and `b`, counting neither end: the "clear
 * days" of the Local Government Act. Signed, so that swapping the ends negates the count
 * (`clearWorkingDaysBetween(b, a) === -clearWorkingDaysBetween(a, b)`); 0 when the dates are
 * equal or adjacent.
 * @throws AppError INPUT_INVALID on an invalid date.
 */
export function clearWorkingDaysBetween(a: IsoDate, b: IsoDate, calendar: HolidayCalendar): number {
  const order = compareIsoDates(a, b);
  if (order > 0) {
    const count = clearWorkingDaysBetween(b, a, calendar);
    return count === 0 ? 0 : -count; // never -0, which Object.is and JSON tell apart from 0
  }
  const first = epochDayOf(a) + 1;
  const last = epochDayOf(b) - 1;
  if (first > last) return 0;
  // Weekdays by arithmetic, then holidays subtracted, so long spans cost one pass over their years.
  let count = weekdaysBefore(last + 1) - weekdaysBefore(first);
  const seen = new Set<IsoDate>();
  for (let year = calendarDateOf(a).year; year <= calendarDateOf(b).year; year++) {
    for (const holiday of calendar.holidaysIn(year)) {
      const day = epochDayOf(holiday.date);
      if (day >= first && day <= last && !isWeekend(holiday.date) && !seen.has(holiday.date)) {
        seen.add(holiday.date);
        count--;
      }
    }
  }
  return count;
}

/** Monday to Friday days from Monday 1969-12-29 (epoch day -3) up to, not including, `epochDay`. */
function weekdaysBefore(epochDay: number): number {
  const sinceMonday = epochDay + 3;
  const weeks = Math.floor(sinceMonday / 7);
  return weeks * 5 + Math.min(sinceMonday - weeks * 7, 5);
}

/**
 * The last date on which an agenda can be published and still leave `clearDays` clear working
 * days before `meetingDate` (LGA 1972 s.100B: neither the day of publication nor the day of
 * the meeting counts; weekends and bank holidays do not count). The result can be a weekend
 * or holiday day (a Sunday before a Monday run of clear days); see
 * {@link lastWorkingDayToPublish} for the last working day. Meeting Thursday 28 September
 * 2023 → Wednesday 20 September 2023.
 * @throws AppError INPUT_INVALID on an invalid date or a `clearDays` that is not a whole number >= 0.
 */
export function publicationDeadline(
  meetingDate: IsoDate,
  calendar: HolidayCalendar,
  clearDays: number = AGENDA_CLEAR_DAYS,
): IsoDate {
  if (!Number.isInteger(clearDays) || clearDays < 0)
    throw new AppError('INPUT_INVALID', `clear days must be a whole number >= 0, not ${clearDays}`);
  // The day before the earliest of the clear days; with no clear days required, the day before the meeting.
  const earliestClearDay = clearDays === 0 ? meetingDate : addWorkingDays(meetingDate, -clearDays, calendar);
  return addDays(earliestClearDay, -1);
}

/**
 * The last working day on which an agenda can be published with `clearDays` clear working days
 * to spare: what a clerk plans to, since offices publish on working days.
 * @throws AppError INPUT_INVALID as {@link publicationDeadline}.
 */
export function lastWorkingDayToPublish(
  meetingDate: IsoDate,
  calendar: HolidayCalendar,
  clearDays: number = AGENDA_CLEAR_DAYS,
): IsoDate {
  let d = publicationDeadline(meetingDate, calendar, clearDays);
  while (!isWorkingDay(d, calendar)) d = addDays(d, -1);
  return d;
}

/**
 * Whether publishing on `publishedOn` is too late to leave `clearDays` clear working days before
 * `meetingDate`: a late item needs the Chair's reasons for urgency (GLOSSARY "Publication").
 * @throws AppError INPUT_INVALID as {@link publicationDeadline}.
 */
export function isLateForMeeting(
  publishedOn: IsoDate,
  meetingDate: IsoDate,
  calendar: HolidayCalendar,
  clearDays: number = AGENDA_CLEAR_DAYS,
): boolean {
  return compareIsoDates(publishedOn, publicationDeadline(meetingDate, calendar, clearDays)) > 0;
}
