import { AppError } from '../errors.js';
import type { IsoDate } from '../isoDateType.js';

/**
 * Calendar dates as `YYYY-MM-DD` strings. All arithmetic is done on year/month/day integers
 * and on a day count from 1970-01-01, never on JS `Date`: a `Date` carries a time and a zone,
 * so "midnight on 26 March" in Europe/London can become 25 March in UTC and back again.
 */

export type { IsoDate };

/** A date split into its parts; `month` is 1-12 and `day` 1-31. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** ISO 8601 weekday numbers: Monday is 1, Sunday is 7 (not JS's Sunday-is-0). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const ISO_WEEKDAY = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
} as const satisfies Record<string, IsoWeekday>;

/** The years a four-digit ISO date can hold. */
export const MIN_YEAR = 0;
export const MAX_YEAR = 9999;

const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a leap year in the (proleptic) Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * The parts of an ISO date, or null when `value` is not exactly `YYYY-MM-DD` naming a real
 * day (`2023-02-29` is null). Never throws.
 */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE_SHAPE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidParts(year, month, day) ? { year, month, day } : null;
}

/** Whether `value` is a valid ISO calendar date (a real day, four-digit year). */
export function isIsoDate(value: string): value is IsoDate {
  return parseIsoDate(value) !== null;
}

/**
 * The parts of a date the caller asserts is valid.
 * @throws AppError INPUT_INVALID when `date` is not a valid ISO date.
 */
export function calendarDateOf(date: IsoDate): CalendarDate {
  const parts = parseIsoDate(date);
  if (!parts) throw new AppError('INPUT_INVALID', `not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parts;
}

/**
 * `YYYY-MM-DD` for the given parts.
 * @throws AppError INPUT_INVALID when the parts do not name a real day in years 0000-9999.
 */
export function formatIsoDate(parts: CalendarDate): IsoDate {
  const { year, month, day } = parts;
  if (!isValidParts(year, month, day)) {
    throw new AppError('INPUT_INVALID', `not a calendar date: year ${year}, month ${month}, day ${day}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Days since 1970-01-01 (negative before it). Howard Hinnant's days-from-civil algorithm:
 * exact integer arithmetic, valid for every Gregorian date.
 * @throws AppError INPUT_INVALID when `date` is not a valid ISO date.
 */
export function epochDayOf(date: IsoDate): number {
  const { year, month, day } = calendarDateOf(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The date `epochDay` days after 1970-01-01 (inverse of {@link epochDayOf}).
 * @throws AppError INPUT_INVALID when the result falls outside years 0000-9999 or `epochDay` is not an integer.
 */
export function isoDateFromEpochDay(epochDay: number): IsoDate {
  if (!Number.isSafeInteger(epochDay)) throw new AppError('INPUT_INVALID', `not a whole number of days: ${epochDay}`);
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

/**
 * The date `days` days after `date` (before it when negative).
 * @throws AppError INPUT_INVALID on an invalid date, a fractional `days`, or a result outside years 0000-9999.
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new AppError('INPUT_INVALID', `not a whole number of days: ${days}`);
  return isoDateFromEpochDay(epochDayOf(date) + days);
}

/**
 * How many days `to` is after `from` (negative when it is before).
 * @throws AppError INPUT_INVALID on an invalid date.
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDayOf(to) - epochDayOf(from);
}

/**
 * The ISO weekday of `date`: 1 Monday ... 7 Sunday.
 * @throws AppError INPUT_INVALID on an invalid date.
 */
export function dayOfWeek(date: IsoDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((epochDayOf(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** Whether `date` is a Saturday or Sunday. @throws AppError INPUT_INVALID on an invalid date. */
export function isWeekend(date: IsoDate): boolean {
  return dayOfWeek(date) >= 6;
}

/**
 * -1, 0 or 1 as `a` is before, the same as, or after `b`. Validates both, so that a malformed
 * string never compares "correctly" by accident.
 * @throws AppError INPUT_INVALID on an invalid date.
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const d = epochDayOf(a) - epochDayOf(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/**
 * The same day of the month `months` months later (earlier when negative), clamped to the last
 * day of the target month: 31 January + 1 month is 28 February (29 in a leap year), because
 * "within two months" must never spill into the third.
 * @throws AppError INPUT_INVALID on an invalid date, a fractional `months`, or a result outside years 0000-9999.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new AppError('INPUT_INVALID', `not a whole number of months: ${months}`);
  const { year, month, day } = calendarDateOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) {
    throw new AppError('INPUT_INVALID', `${date} plus ${months} months is outside years ${MIN_YEAR}-${MAX_YEAR}`);
  }
  return formatIsoDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/**
 * The `n`th (1-5) given weekday of a month, e.g. the first Monday of May; null when the month
 * has no such day (a fifth Monday).
 * @throws AppError INPUT_INVALID on an invalid year or month.
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: IsoWeekday, n: number): IsoDate | null {
  const first = formatIsoDate({ year, month, day: 1 });
  const offset = (weekday - dayOfWeek(first) + 7) % 7;
  const day = 1 + offset + 7 * (n - 1);
  return Number.isInteger(n) && n >= 1 && day <= daysInMonth(year, month) ? formatIsoDate({ year, month, day }) : null;
}

/**
 * The last given weekday of a month, e.g. the last Monday of August.
 * @throws AppError INPUT_INVALID on an invalid year or month.
 */
export function lastWeekdayOfMonth(year: number, month: number, weekday: IsoWeekday): IsoDate {
  const last = formatIsoDate({ year, month, day: daysInMonth(year, month) });
  return addDays(last, -((dayOfWeek(last) - weekday + 7) % 7));
}
