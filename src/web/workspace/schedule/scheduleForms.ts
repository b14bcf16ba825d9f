import { datePartsFrom } from '../../pages/dateInput.js';
import type { IsoWeekday } from '../../../domain/calendar/isoDate.js';
import type { MeetingFrequency, WeekOfMonth } from '../../../domain/schedule/meetingFrequency.js';
import { FREQUENCY_LIMITS } from '../../../domain/schedule/meetingFrequency.js';
import { readDateParts, type DateProblem } from '../../pages/dateInput.js';
import type { FieldError } from '../forms/formFields.js';

/** Today's date in London, where the council meets: after 11pm in winter UTC is still "today". */
export function londonToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

/**
 * A typed time as HH:MM: "18:00", "18.00", "1800", "6pm", "6.30pm", "6:30 pm", "midday". What cannot
 * be read is returned as typed, so the use case names the problem and the form keeps it.
 */
export function readTime(typed: string): string {
  const text = typed.trim().toLowerCase().replace(/\s+/g, '');
  if (text === 'midday' || text === 'noon') return '12:00';
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?(am|pm)?$/.exec(text);
  if (!match) return typed;
  let hours = Number(match[1]);
  const minutes = match[2] ?? '00';
  if (match[3]) {
    if (hours < 1 || hours > 12) return typed;
    hours = (hours % 12) + (match[3] === 'pm' ? 12 : 0);
  } else if (match[2] === undefined) return typed; // "6" alone: morning or evening?
  if (hours > 23 || Number(minutes) > 59) return typed;
  return `${String(hours).padStart(2, '0')}:${minutes}`;
}

/** A date read from its three boxes: the ISO date, or the problem to show (an empty date is a problem here). */
export function readDate(
  form: Record<string, string>,
  name: string,
  label: string,
): { iso: string } | { problem: DateProblem } {
  const reading = readDateParts(datePartsFrom(form, name), label);
  if (!reading.ok) return { problem: reading.problem };
  if (reading.iso === null)
    return { problem: { message: `Enter the ${label.toLowerCase()}`, parts: ['day', 'month', 'year'] } };
  return { iso: reading.iso };
}

/** The error summary's link for a field: a date's first box with an error, else the field. */
export function summaryTarget(field: string, dateProblems: ReadonlyMap<string, DateProblem>): string {
  const problem = dateProblems.get(field);
  if (problem) return `${field}-${problem.parts[0] ?? 'day'}`;
  return /^date(-\d+)?$/.test(field) ? `${field}-day` : field;
}

export interface FrequencyForm {
  readonly year: string;
  readonly kind: string;
  readonly count: string;
  readonly week: string;
  readonly weekday: string;
  readonly day: string;
  readonly weeks: string;
  readonly time: string;
}

export function frequencyFormOf(
  query: Record<string, string | undefined>,
  defaults: Partial<FrequencyForm>,
): FrequencyForm {
  const pick = (key: keyof FrequencyForm): string => query[key] ?? defaults[key] ?? '';
  return {
    year: pick('year'),
    kind: pick('kind'),
    count: pick('count'),
    week: pick('week'),
    weekday: pick('weekday'),
    day: pick('day'),
    weeks: pick('weeks'),
    time: pick('time'),
  };
}

function wholeNumber(text: string, limits: { min: number; max: number }): number | null {
  const n = /^\s*\d{1,3}\s*$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(n) && n >= limits.min && n <= limits.max ? n : null;
}

function weekdayOf(text: string): IsoWeekday | null {
  return /^[1-7]$/.test(text) ? (Number(text) as IsoWeekday) : null;
}

/** The fields in the order the form shows them, which the error summary follows. */
const FREQUENCY_FIELDS = ['year', 'kind', 'count', 'week', 'day', 'weeks', 'weekday', 'time'];

/** The frequency the clerk chose, or the problems with it, each named by its field. */
export function readFrequency(form: FrequencyForm): { frequency: MeetingFrequency } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const time = readTime(form.time);
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time))
    errors.push({ field: 'time', message: 'Enter a start time, like 18:00 or 6pm' });
  const weekday = weekdayOf(form.weekday);
  const needWeekday = (): void => {
    if (weekday === null) errors.push({ field: 'weekday', message: 'Select the day of the week' });
  };
  let frequency: MeetingFrequency | null = null;
  switch (form.kind) {
    case 'per_year': {
      const count = wholeNumber(form.count, FREQUENCY_LIMITS.perYear);
      if (count === null)
        errors.push({
          field: 'count',
          message: `Enter how many meetings a year, from ${FREQUENCY_LIMITS.perYear.min} to ${FREQUENCY_LIMITS.perYear.max}`,
        });
      needWeekday();
      if (count !== null && weekday !== null) frequency = { kind: 'per_year', count, weekday, time };
      break;
    }
    case 'monthly_weekday': {
      const week: WeekOfMonth | null =
        form.week === 'last' ? 'last' : /^[1-5]$/.test(form.week) ? (Number(form.week) as WeekOfMonth) : null;
      if (week === null) errors.push({ field: 'week', message: 'Select which week of the month' });
      needWeekday();
      if (week !== null && weekday !== null) frequency = { kind: 'monthly_weekday', week, weekday, time };
      break;
    }
    case 'monthly_day': {
      const day = wholeNumber(form.day, FREQUENCY_LIMITS.dayOfMonth);
      if (day === null) errors.push({ field: 'day', message: 'Enter the day of the month, from 1 to 31' });
      else frequency = { kind: 'monthly_day', day, time };
      break;
    }
    case 'every_weeks': {
      const weeks = wholeNumber(form.weeks, FREQUENCY_LIMITS.everyWeeks);
      if (weeks === null)
        errors.push({
          field: 'weeks',
          message: `Enter the number of weeks between meetings, from 1 to ${FREQUENCY_LIMITS.everyWeeks.max}`,
        });
      needWeekday();
      if (weeks !== null && weekday !== null) frequency = { kind: 'every_weeks', weeks, weekday, time };
      break;
    }
    default:
      errors.push({ field: 'kind', message: 'Select how often the body meets' });
  }
  if (!/^\d{4}$/.test(form.year)) errors.push({ field: 'year', message: 'Select the municipal year' });
  errors.sort((a, b) => FREQUENCY_FIELDS.indexOf(a.field) - FREQUENCY_FIELDS.indexOf(b.field));
  return errors.length || !frequency ? { errors } : { frequency };
}
