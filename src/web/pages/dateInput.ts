import { formatIsoDate, parseIsoDate } from '../../domain/calendar/isoDate.js';

/** A date as typed into GOV.UK's date input: three boxes, kept as typed so a form shown again holds them. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export type DatePart = keyof DateParts;

/** What is wrong with a typed date, in GOV.UK's words, and which boxes to mark. */
export interface DateProblem {
  readonly message: string;
  readonly parts: readonly DatePart[];
}

export type DateReading =
  { readonly ok: true; readonly iso: string | null } | { readonly ok: false; readonly problem: DateProblem };

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** GOV.UK asks services to accept month names as well as numbers ("Jan", "january", "3"). */
function monthNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const index = MONTH_NAMES.indexOf(text.toLowerCase().slice(0, 3));
  return index >= 0 && /^[a-z]+$/i.test(text) ? index + 1 : null;
}

function joinParts(parts: readonly DatePart[]): string {
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/**
 * Reads a typed date as the GOV.UK date input pattern asks: all boxes empty is no date; a missing
 * box is named ("From date must include a month"); a date that does not exist is "must be a real
 * date"; the year must have four digits. `label` starts the messages ("From date").
 */
export function readDateParts(parts: DateParts, label: string): DateReading {
  const typed = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = (['day', 'month', 'year'] as const).filter((p) => typed[p] === '');
  if (missing.length === 3) return { ok: true, iso: null };
  if (missing.length > 0)
    return { ok: false, problem: { message: `${label} must include a ${joinParts(missing)}`, parts: missing } };
  const day = /^\d{1,2}$/.test(typed.day) ? Number(typed.day) : null;
  const month = monthNumber(typed.month);
  const year = /^\d+$/.test(typed.year) ? Number(typed.year) : null;
  const wrong = (
    [day === null ? 'day' : null, month === null ? 'month' : null, year === null ? 'year' : null] as const
  ).filter((p): p is DatePart => p !== null);
  if (wrong.length > 0) return { ok: false, problem: { message: `${label} must be a real date`, parts: wrong } };
  if (typed.year.length !== 4)
    return { ok: false, problem: { message: 'Year must include 4 numbers', parts: ['year'] } };
  const candidate = `${typed.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const real = parseIsoDate(candidate);
  if (!real)
    return { ok: false, problem: { message: `${label} must be a real date`, parts: ['day', 'month', 'year'] } };
  return { ok: true, iso: formatIsoDate(real) };
}

/** The boxes filled from an ISO date (a link or bookmark with `from=2024-05-15`), so the form shows it. */
export function datePartsOf(iso: string): DateParts {
  const date = parseIsoDate(iso);
  return date ? { day: String(date.day), month: String(date.month), year: String(date.year) } : EMPTY_DATE;
}

/** The three boxes of the date input `name` as a submitted form (or query) holds them, kept as typed. */
export function datePartsFrom(form: Readonly<Record<string, string | undefined>>, name: string): DateParts {
  return { day: form[`${name}-day`] ?? '', month: form[`${name}-month`] ?? '', year: form[`${name}-year`] ?? '' };
}
