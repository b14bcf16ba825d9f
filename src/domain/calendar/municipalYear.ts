import { AppError } from '../errors.js';
import type { IsoDate } from '../isoDateType.js';
import {
  addDays,
  calendarDateOf,
  compareIsoDates,
  ISO_WEEKDAY,
  lastWeekdayOfMonth,
  MAX_YEAR,
  MIN_YEAR,
  nthWeekdayOfMonth,
} from './isoDate.js';
import type { IsoWeekday } from './isoDate.js';

/**
 * A council's year of business, from one annual council meeting (in May) to the day before the
 * next. Minute numbers run on through it, and work programmes are set for it.
 */
export type MunicipalYear = {
  /** `2023/24`: the start year and the last two digits of the next. */
  readonly label: string;
  readonly startsOn: IsoDate;
  /** The day before the next year starts. */
  readonly endsOn: IsoDate;
};

const MAX_DATE: IsoDate = '9999-12-31';

/**
 * When a municipal year starts if the council has not recorded it: the `week`th (or last)
 * `weekday` of `month`.
 */
export interface MunicipalYearRule {
  readonly month: number;
  readonly weekday: IsoWeekday;
  readonly week: 1 | 2 | 3 | 4 | 'last';
}

/**
 * The third Monday of May (15-21 May). Annual meetings fall in May, mostly in its middle or
 * second half: in an election year the meeting must follow the councillors' retirement a few
 * days after the early-May polling day, and many councils meet a week or more after that. An
 * early-May rule would misfile the weeks before the annual meeting: the seeds' committee met on
 * Wednesday 15 May 2024 with minutes numbered 38-43, so it was still in 2023/24 (minute numbers
 * restart with the year), and the third Monday of May 2024 is the 20th. A council with another
 * habit configures its own rule, and its recorded years always win.
 */
export const DEFAULT_MUNICIPAL_YEAR_RULE: MunicipalYearRule = Object.freeze({
  month: 5,
  weekday: ISO_WEEKDAY.monday,
  week: 3,
});

/**
 * `2023/24` for 2023, `1999/00` for 1999.
 * @throws AppError INPUT_INVALID when `startYear` is not a whole number in 0-9999.
 */
export function municipalYearLabel(startYear: number): string {
  if (!Number.isInteger(startYear) || startYear < MIN_YEAR || startYear > MAX_YEAR) {
    throw new AppError('INPUT_INVALID', `not a year: ${startYear}`);
  }
  return `${String(startYear).padStart(4, '0')}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/**
 * The day the municipal year starting in `startYear` begins under `rule`.
 * @throws AppError INPUT_INVALID on a year outside 0-9999 or a rule naming no real month.
 */
export function municipalYearStart(startYear: number, rule: MunicipalYearRule = DEFAULT_MUNICIPAL_YEAR_RULE): IsoDate {
  if (rule.week === 'last') return lastWeekdayOfMonth(startYear, rule.month, rule.weekday);
  // Weeks 1-4 exist in every month, so this is never null for a valid rule.
  const start = nthWeekdayOfMonth(startYear, rule.month, rule.weekday, rule.week);
  if (!start) throw new AppError('INPUT_INVALID', `no week ${String(rule.week)} in month ${rule.month}`);
  return start;
}

/**
 * The municipal year `date` falls in. Council data first: a year in `knownYears` that covers
 * `date` (startsOn <= date <= endsOn) is returned as it is. Otherwise the year is worked out
 * from start dates: a year's recorded start, else the day after the previous year's recorded
 * end, else `rule`; so a year made by rule never overlaps a recorded one. Known years are expected
 * not to overlap; if they are inconsistent, the rule alone decides. Total: for every valid date
 * it returns a year with startsOn <= date <= endsOn.
 * @throws AppError INPUT_INVALID on an invalid date, or a date too close to 0000 or 9999 for the year around it to be
 * expressed.
 */
export function municipalYearOf(
  date: IsoDate,
  knownYears: readonly MunicipalYear[] = [],
  rule: MunicipalYearRule = DEFAULT_MUNICIPAL_YEAR_RULE,
): MunicipalYear {
  const covering = knownYears.find(
    (y) => compareIsoDates(y.startsOn, date) <= 0 && compareIsoDates(date, y.endsOn) <= 0,
  );
  if (covering) return covering;

  const knownStarts = new Map<number, IsoDate>();
  const knownEnds = new Map<number, IsoDate>();
  for (const known of knownYears) {
    const startYear = startYearOf(known);
    if (!knownStarts.has(startYear)) knownStarts.set(startYear, known.startsOn);
    if (!knownEnds.has(startYear)) knownEnds.set(startYear, known.endsOn);
  }
  const ruleStart = (y: number): IsoDate => municipalYearStart(y, rule);
  // A recorded end says when the next year began, whatever the rule would say.
  const withKnown = (y: number): IsoDate => {
    const start = knownStarts.get(y);
    if (start) return start;
    const previousEnd = knownEnds.get(y - 1);
    return previousEnd && previousEnd < MAX_DATE ? addDays(previousEnd, 1) : ruleStart(y);
  };
  const { year } = calendarDateOf(date);
  const found = yearFromStarts(date, year, withKnown) ?? yearFromStarts(date, year, ruleStart);
  if (!found)
    throw new AppError('INPUT_INVALID', `the municipal year around ${date} lies outside years ${MIN_YEAR}-${MAX_YEAR}`);
  return found;
}

function yearFromStarts(date: IsoDate, year: number, startOf: (y: number) => IsoDate): MunicipalYear | null {
  for (let y = year + 1; y >= year - 2; y--) {
    if (y < MIN_YEAR || y >= MAX_YEAR) continue;
    const startsOn = startOf(y);
    const nextStart = startOf(y + 1);
    if (compareIsoDates(startsOn, date) <= 0 && compareIsoDates(date, nextStart) < 0) {
      return { label: municipalYearLabel(y), startsOn, endsOn: addDays(nextStart, -1) };
    }
  }
  return null;
}

/** The start year a recorded year is filed under: its label's, or else its start date's. */
function startYearOf(known: MunicipalYear): number {
  const match = /^(\d{4})\/\d{2}$/.exec(known.label);
  return match ? Number(match[1]) : calendarDateOf(known.startsOn).year;
}

/** `2026/27` in a URL is `2026-27` (a slash would be a path separator), as every page writes it. */
export function municipalYearSlug(label: string): string {
  return label.replace('/', '-');
}

/** The label of a municipal year written as in a URL (`2026-27`), or null when it is not one. */
export function municipalYearFromSlug(slug: string | undefined): string | null {
  return slug && /^\d{4}-\d{2}$/.test(slug) ? slug.replace('-', '/') : null;
}
