import type { IsoWeekday } from '../calendar/isoDate.js';
import { formatTime } from '../calendar/timeInWords.js';
import type { IsoTime } from '../isoDateType.js';

/** Which week of the month a monthly meeting falls in; 5 exists only in months with five of that weekday. */
export type WeekOfMonth = 1 | 2 | 3 | 4 | 5 | 'last';

/**
 * How often a body meets, as a clerk states it when planning the year:
 * - `per_year`: so many meetings spread evenly over the year (a body's "six to eleven a year"), on a weekday;
 * - `monthly_weekday`: the third Tuesday of each month, say;
 * - `monthly_day`: the same day of each month (the 15th), on the month's last day when it is shorter;
 * - `every_weeks`: every N weeks on a weekday, from the first such weekday of the year.
 * Every kind has a start time: a committee meets at the same hour all year unless the clerk says otherwise.
 */
export type MeetingFrequency =
  | { readonly kind: 'per_year'; readonly count: number; readonly weekday: IsoWeekday; readonly time: IsoTime }
  | {
      readonly kind: 'monthly_weekday';
      readonly week: WeekOfMonth;
      readonly weekday: IsoWeekday;
      readonly time: IsoTime;
    }
  | { readonly kind: 'monthly_day'; readonly day: number; readonly time: IsoTime }
  | { readonly kind: 'every_weeks'; readonly weeks: number; readonly weekday: IsoWeekday; readonly time: IsoTime };

export type FrequencyKind = MeetingFrequency['kind'];

/** The bounds a frequency's numbers must keep: a body meets at least once and at most weekly. */
export const FREQUENCY_LIMITS = Object.freeze({
  perYear: { min: 1, max: 52 },
  everyWeeks: { min: 1, max: 26 },
  dayOfMonth: { min: 1, max: 31 },
});

export const WEEKDAY_NAMES: Readonly<Record<IsoWeekday, string>> = {
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
  7: 'Sunday',
};

const WEEK_WORDS: Readonly<Record<WeekOfMonth, string>> = {
  1: 'first',
  2: 'second',
  3: 'third',
  4: 'fourth',
  5: 'fifth',
  last: 'last',
};

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The frequency in words, as the preview states it: "The third Tuesday of each month at 6pm". */
export function describeFrequency(f: MeetingFrequency): string {
  const at = ` at ${formatTime(f.time)}`;
  switch (f.kind) {
    case 'per_year':
      return `${f.count} meeting${f.count === 1 ? '' : 's'} a year, on ${WEEKDAY_NAMES[f.weekday]}s${at}`;
    case 'monthly_weekday':
      return `The ${WEEK_WORDS[f.week]} ${WEEKDAY_NAMES[f.weekday]} of each month${at}`;
    case 'monthly_day':
      return `The ${ordinal(f.day)} of each month${at}`;
    case 'every_weeks':
      return `Every ${f.weeks === 1 ? '' : `${f.weeks} weeks, on `}${WEEKDAY_NAMES[f.weekday]}${f.weeks === 1 ? '' : 's'}${at}`;
  }
}
