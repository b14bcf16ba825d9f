import { z } from 'zod';
import type { BankHoliday } from '../../domain/calendar/bankHolidays.js';
import { isIsoDate } from '../../domain/calendar/isoDate.js';
import { AppError } from '../../domain/errors.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { Store } from '../../store/store.js';

const DateSchema = z
  .string()
  .trim()
  .refine(isIsoDate, 'enter a date as YYYY-MM-DD, for example 2026-12-24')
  .transform((s) => s as IsoDate);

const DayOffSchema = z.object({
  date: DateSchema,
  name: z
    .string()
    .trim()
    .min(1, 'enter a name, for example "Christmas closure"')
    .max(120, 'the name is longer than 120 characters'),
});

function checked<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppError('INPUT_INVALID', `${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'not valid'}`);
}

/**
 * Adds one of the council's own days off (or renames it): it then counts as a non-working day in
 * the agenda's publication deadline, call-in periods and generated calendars.
 * @throws AppError INPUT_INVALID naming the field, nothing stored.
 */
export async function addDayOff(store: Store, input: { date: string; name: string }): Promise<BankHoliday> {
  const day = checked(DayOffSchema, input);
  await store.transaction((repos) => repos.daysOff.put(day));
  return day;
}

/** Removes one of the council's days off; false when there was none on that date. @throws AppError INPUT_INVALID. */
export async function removeDayOff(store: Store, date: string): Promise<boolean> {
  const day = checked(DateSchema, date);
  return store.transaction((repos) => repos.daysOff.remove(day));
}

/** The council's own days off, in date order (GOV.UK's bank holidays are not among them). */
export async function listDaysOff(store: Store): Promise<BankHoliday[]> {
  return store.transaction((repos) => repos.daysOff.all());
}
