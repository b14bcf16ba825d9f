import data from './calendar/bankHolidaysEnglandWales.json' with { type: 'json' };
import { createHolidayCalendar, englandAndWalesBankHolidays, type HolidayCalendar } from './calendar/bankHolidays.js';
import { calendarDateOf, compareIsoDates } from './calendar/isoDate.js';
import * as rules from './calendar/workingDays.js';
import type { IsoDate } from './isoDateType.js';

/*
 * Working days in England and Wales, from GOV.UK's bank holiday data (calendar/bankHolidaysEnglandWales.json,
 * with its source and the date it was taken). The simple face of calendar/workingDays.ts for the
 * agenda, scheduling and anyone else who needs "is the office open" without choosing a calendar.
 */

interface HolidayData {
  readonly source: string;
  readonly takenOn: string;
  readonly events: readonly { readonly date: string; readonly title: string }[];
}

const HOLIDAY_DATA: HolidayData = data;

/**
 * Where the bank holidays come from and the years they cover: `test/domain/workingDays.test.ts`
 * fails once `to` is not after this year.
 */
export const BANK_HOLIDAY_DATA: {
  readonly source: string;
  readonly takenOn: string;
  readonly from: number;
  readonly to: number;
} = Object.freeze({
  source: HOLIDAY_DATA.source,
  takenOn: HOLIDAY_DATA.takenOn,
  from: Math.min(...HOLIDAY_DATA.events.map((e) => calendarDateOf(e.date as IsoDate).year)),
  to: Math.max(...HOLIDAY_DATA.events.map((e) => calendarDateOf(e.date as IsoDate).year)),
});

/**
 * England and Wales from the data file; a year it does not list falls back to the usual eight
 * holidays by rule (better than none, and the coverage test asks for the file to be renewed).
 */
export const ENGLAND_AND_WALES: HolidayCalendar = createHolidayCalendar(
  HOLIDAY_DATA.events.map((e) => ({ date: e.date as IsoDate, name: e.title })),
  { rule: englandAndWalesBankHolidays },
);

/** Clear working days an agenda must be open to inspection before its meeting (LGA 1972 s.100B(3)). */
export const AGENDA_CLEAR_DAYS = rules.DEFAULT_CLEAR_DAYS;

/** Monday to Friday and not a bank holiday. @throws AppError INPUT_INVALID on an invalid date. */
export function isWorkingDay(date: IsoDate): boolean {
  return rules.isWorkingDay(date, ENGLAND_AND_WALES);
}

/**
 * `n` working days after `date` (before it when negative), `date` itself not counted.
 * @throws AppError INPUT_INVALID on an invalid date or a fractional `n`.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  return rules.addWorkingDays(date, n, ENGLAND_AND_WALES);
}

/**
 * Working days strictly between `a` and `b`, neither end counted: the Act's "clear days".
 * Negative when `b` is before `a`.
 * @throws AppError INPUT_INVALID on an invalid date.
 */
export function clearWorkingDaysBetween(a: IsoDate, b: IsoDate): number {
  return rules.clearWorkingDaysBetween(a, b, ENGLAND_AND_WALES);
}

/**
 * The last day an agenda can be published and still be open for five clear working days before
 * `meetingDate`: neither the day of publication nor the day of the meeting counts, nor weekends
 * and bank holidays (GLOSSARY "Publication"). Meeting Thursday 28 September 2023: Wednesday 20th.
 * The answer can fall on a weekend (a meeting on a Monday: the Sunday before the five days);
 * {@link lastWorkingDayToPublish} gives the office's deadline.
 * @throws AppError INPUT_INVALID on an invalid date.
 */
export function publicationDeadline(meetingDate: IsoDate): IsoDate {
  return rules.latestPublicationDate(meetingDate, ENGLAND_AND_WALES, AGENDA_CLEAR_DAYS);
}

/** The last working day on or before {@link publicationDeadline}: when the clerk must publish by. */
export function lastWorkingDayToPublish(meetingDate: IsoDate): IsoDate {
  return rules.latestWorkingDayToPublish(meetingDate, ENGLAND_AND_WALES, AGENDA_CLEAR_DAYS);
}

/** Whether publishing on `publishedOn` is too late for five clear working days before `meetingDate`. */
export function isLateForMeeting(publishedOn: IsoDate, meetingDate: IsoDate): boolean {
  return compareIsoDates(publishedOn, publicationDeadline(meetingDate)) > 0;
}

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in England at an instant (`2026-03-29T23:30:00Z` is 30 March, in summer time). */
export function londonDateOf(instant: string): IsoDate {
  return LONDON_DATE.format(new Date(instant)) as IsoDate;
}
