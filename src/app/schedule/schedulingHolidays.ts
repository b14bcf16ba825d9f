import { englandAndWalesCalendar, type HolidayCalendar } from '../../domain/calendar/bankHolidays.js';

/**
 * The bank holidays a generated calendar steers clear of: England and Wales's, from the rules and
 * the recorded one-off changes in `domain/calendar/bankHolidays.ts`.
 *
 * TODO(issue 16, agenda): when the agenda's publication deadline brings its bank-holiday data file
 * (gov.uk's list, with its source), load the calendar from that file here, so that scheduling and
 * the deadline count the same days off. This is the only place scheduling reads holidays from.
 */
export function schedulingHolidays(): HolidayCalendar {
  return englandAndWalesCalendar();
}
