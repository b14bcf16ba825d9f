import { ENGLAND_AND_WALES, withClosureDays, type HolidayCalendar } from '../../domain/calendar/bankHolidays.js';
import type { Repositories } from '../../store/repositories/repositories.js';

/**
 * The calendar every working-day count of a use case reads: GOV.UK's England and Wales bank
 * holidays plus the council's own days off (`quorum days-off add`). Read inside the use case's
 * transaction, so a deadline and the check against it see the same days.
 */
export async function workingCalendar(repos: Repositories): Promise<HolidayCalendar> {
  return withClosureDays(ENGLAND_AND_WALES, await repos.daysOff.all());
}
