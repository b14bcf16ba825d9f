import { z } from 'zod';
import { isIsoDate } from '../../domain/calendar/isoDate.js';
import { SEARCH_KINDS } from '../../store/public/publicSearch.js';
import { datePartsOf, EMPTY_DATE, readDateParts, type DatePart, type DateParts } from '../pages/dateInput.js';

/** The deepest page of results a search link may ask for. */
export const MAX_SEARCH_PAGE = 1000;

const emptyToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** The search's query string, validated at the edge. The dates come from the date inputs (below). */
const SearchQuerySchema = z.object({
  q: z.string().trim().max(200).catch('').default(''),
  body: z.preprocess(emptyToUndefined, z.string().max(100).optional()).catch(undefined),
  kind: z.preprocess(emptyToUndefined, z.enum(SEARCH_KINDS).optional()).catch(undefined),
  // A page number that is not one (a hand-edited link) is the first page, not an error.
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE).default(1)).catch(1),
});

export interface SearchParams extends z.infer<typeof SearchQuerySchema> {
  /** YYYY-MM-DD, or undefined when not given (or not valid: see the form's errors). */
  readonly from: string | undefined;
  readonly to: string | undefined;
}

export type DateFieldName = 'from' | 'to';

/** One problem with what was typed, shown in the error summary and beside its field. */
export interface FieldError {
  readonly field: DateFieldName;
  readonly message: string;
  /** The boxes to mark; the summary links to the first. */
  readonly parts: readonly DatePart[];
}

/** The search form as submitted: the values to search with, what was typed (to show again) and what is wrong. */
export interface SearchForm {
  readonly params: SearchParams;
  readonly dates: Readonly<Record<DateFieldName, DateParts>>;
  readonly errors: readonly FieldError[];
}

const LABELS: Readonly<Record<DateFieldName, string>> = { from: 'From date', to: 'To date' };

/**
 * Reads a date field from its three boxes (`from-day`, `from-month`, `from-year`, as the form sends
 * them) or, for links and bookmarks, from `from=YYYY-MM-DD` (CONVENTIONS.md).
 */
function readDateField(
  query: Readonly<Record<string, string>>,
  field: DateFieldName,
): { typed: DateParts; iso: string | undefined; error: FieldError | null } {
  const typed: DateParts = {
    day: query[`${field}-day`] ?? '',
    month: query[`${field}-month`] ?? '',
    year: query[`${field}-year`] ?? '',
  };
  const fromBoxes = typed.day.trim() !== '' || typed.month.trim() !== '' || typed.year.trim() !== '';
  if (!fromBoxes) {
    const iso = (query[field] ?? '').trim();
    if (iso === '') return { typed: EMPTY_DATE, iso: undefined, error: null };
    if (isIsoDate(iso)) return { typed: datePartsOf(iso), iso, error: null };
    return {
      typed: EMPTY_DATE,
      iso: undefined,
      error: {
        field,
        message: `${LABELS[field]} must be a real date, for example 27 3 2024`,
        parts: ['day', 'month', 'year'],
      },
    };
  }
  const reading = readDateParts(typed, LABELS[field]);
  return reading.ok
    ? { typed, iso: reading.iso ?? undefined, error: null }
    : { typed, iso: undefined, error: { field, ...reading.problem } };
}

/** The search form from a query string: never throws; a bad date is an error to show, with what was typed kept. */
export function parseSearchParams(query: Readonly<Record<string, string>>): SearchForm {
  const base = SearchQuerySchema.parse(query);
  const from = readDateField(query, 'from');
  const to = readDateField(query, 'to');
  const errors = [from.error, to.error].filter((e): e is FieldError => e !== null);
  if (from.iso && to.iso && to.iso < from.iso)
    errors.push({
      field: 'to',
      message: 'To date must be the same as or after the from date',
      parts: ['day', 'month', 'year'],
    });
  return {
    params: { ...base, from: from.iso, to: to.iso },
    dates: { from: from.typed, to: to.typed },
    errors,
  };
}
