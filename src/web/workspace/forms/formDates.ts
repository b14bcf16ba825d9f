import { readDateParts, type DatePart, type DateParts } from '../../pages/dateInput.js';

export interface DateError {
  readonly field: string;
  readonly message: string;
  readonly parts: readonly DatePart[];
}

/**
 * The typed dates of a form read GOV.UK's way: each as an ISO date or '' when left empty, and
 * the problem of each that cannot be read. A required date left empty is a problem too.
 */
export function readDates(dates: readonly { field: string; label: string; value: DateParts; required: boolean }[]): {
  iso: Record<string, string>;
  errors: DateError[];
} {
  const iso: Record<string, string> = {};
  const errors: DateError[] = [];
  for (const d of dates) {
    const reading = readDateParts(d.value, d.label);
    iso[d.field] = '';
    if (!reading.ok) errors.push({ field: d.field, ...reading.problem });
    else if (reading.iso) iso[d.field] = reading.iso;
    else if (d.required) errors.push({ field: d.field, message: `Enter the ${d.label.toLowerCase()}`, parts: ['day'] });
  }
  return { iso, errors };
}

/** Error summary links: a date's goes to its first marked box. */
export function summaryOf(
  errors: readonly { field: string; message: string }[],
  dateErrors: readonly DateError[],
): { target: string; message: string }[] {
  return [
    ...errors.map((e) => ({ target: e.field, message: e.message })),
    ...dateErrors.map((e) => ({ target: `${e.field}-${e.parts[0] ?? 'day'}`, message: e.message })),
  ];
}

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
