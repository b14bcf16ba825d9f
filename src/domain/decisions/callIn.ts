import type { HolidayCalendar } from '../calendar/bankHolidays.js';
import { addWorkingDays } from '../calendar/workingDays.js';
import type { IsoDate } from '../isoDateType.js';

/** Five clear working days after publication is the usual call-in period (GLOSSARY.md; councils' constitutions). */
export const DEFAULT_CALL_IN_DAYS = 5;

export interface CallInPeriod {
  /** The last day on which a call-in may be made: the fifth clear working day after publication. */
  readonly deadline: IsoDate;
  /** The first day the decision may be carried out, if nobody calls it in: the next working day. */
  readonly implementableOn: IsoDate;
}

/**
 * The call-in period of an executive decision published on `publishedOn`. Clear days exclude the
 * day of publication (GLOSSARY "Decisions"); the period ends at the close of its last day, so the
 * decision takes effect on the working day after, with exactly `clearDays` clear working days
 * between publication and that day (`clearWorkingDaysBetween` in calendar/workingDays.ts).
 * Urgent decisions and those not subject to call-in have no period.
 */
export function callInPeriod(
  publishedOn: IsoDate,
  calendar: HolidayCalendar,
  clearDays: number = DEFAULT_CALL_IN_DAYS,
): CallInPeriod {
  const deadline = addWorkingDays(publishedOn, clearDays, calendar);
  return { deadline, implementableOn: addWorkingDays(deadline, 1, calendar) };
}
