import type { HolidayCalendar } from '../calendar/bankHolidays.js';
import { isWeekend } from '../calendar/isoDate.js';
import { responseDueDate } from '../calendar/responseDeadline.js';
import type { IsoDate } from '../isoDateType.js';

/**
 * When a decision maker's response is due, and whether that day is a weekend or bank holiday.
 *
 * The rule: the duty (Local Government Act 2000 s.9FE; GLOSSARY "Recommendations and the
 * tracker") is to respond "within two months" of receiving the recommendations. It runs in
 * calendar months from the day they were sent ({@link responseDueDate}: the same day two months
 * on, or that month's last day when it is shorter). Unlike the agenda's five *clear working days*
 * (GLOSSARY "Publication"), the statute says nothing of working days, so a due date that falls on
 * a weekend or bank holiday is NOT moved: moving it later would give more than two months, and
 * moving it earlier would shorten a statutory period. The tracker keeps the date and says that it
 * falls on a day off (`dayOff`), so the clerk can chase the response before it.
 */
export interface ResponseDue {
  readonly dueOn: IsoDate;
  /** The due date is a Saturday, Sunday or bank holiday (or one of the council's own days off). */
  readonly dayOff: 'weekend' | 'bank_holiday' | null;
}

export function responseDue(sentOn: IsoDate, calendar: HolidayCalendar): ResponseDue {
  const dueOn = responseDueDate(sentOn);
  const dayOff = isWeekend(dueOn) ? 'weekend' : calendar.isBankHoliday(dueOn) ? 'bank_holiday' : null;
  return { dueOn, dayOff };
}
