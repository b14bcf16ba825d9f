import type { HolidayCalendar } from '../calendar/bankHolidays.js';
import { addDays, compareIsoDates, daysBetween } from '../calendar/isoDate.js';
import { addWorkingDays, clearWorkingDaysBetween } from '../calendar/workingDays.js';
import type { IsoDate } from '../isoDateType.js';
import type { ForwardPlanEntry } from './forwardPlanEntry.js';

/** Notice of a key decision: 28 clear days before it is taken (2012 Regulations, reg 9). */
export const KEY_DECISION_CLEAR_DAYS = 28;
/** General exception: 5 clear days' public notice of the late decision (reg 10(2)(c)). */
export const GENERAL_EXCEPTION_CLEAR_DAYS = 5;

/**
 * How clear days are counted. The 2012 Regulations do not define them; most councils count
 * calendar days (neither the day of the notice nor the day of the decision), which is the default.
 * A council whose constitution says "clear working days" counts working days instead, with the
 * same calendar of bank holidays and closures as agendas and call-in (calendar/workingDays.ts).
 */
export type ClearDayCounting = 'calendar' | 'working';

/**
 * Clear days strictly between `from` and `to`, neither end counted; 0 when `to` is not after the
 * day after `from`, never negative (notice given after the decision is no notice).
 * @throws AppError INPUT_INVALID on an invalid date.
 */
export function clearDaysBetween(
  from: IsoDate,
  to: IsoDate,
  calendar: HolidayCalendar,
  counting: ClearDayCounting = 'calendar',
): number {
  if (counting === 'working') return Math.max(0, clearWorkingDaysBetween(from, to, calendar));
  return Math.max(0, daysBetween(from, to) - 1);
}

/**
 * The last day a notice may be published and still leave `clearDays` clear days before a decision
 * on `decisionOn`. Decision Thursday 2 April 2026, 28 calendar clear days: Wednesday 4 March 2026.
 * @throws AppError INPUT_INVALID on an invalid date.
 */
export function latestNoticeDate(
  decisionOn: IsoDate,
  calendar: HolidayCalendar,
  counting: ClearDayCounting = 'calendar',
  clearDays: number = KEY_DECISION_CLEAR_DAYS,
): IsoDate {
  if (counting === 'working') return addDays(addWorkingDays(decisionOn, -clearDays, calendar), -1);
  return addDays(decisionOn, -(clearDays + 1));
}

/** Whether a notice published on `publishedOn` gives `clearDays` clear days before `decisionOn`. */
export function givesNotice(
  publishedOn: IsoDate,
  decisionOn: IsoDate,
  calendar: HolidayCalendar,
  counting: ClearDayCounting = 'calendar',
  clearDays: number = KEY_DECISION_CLEAR_DAYS,
): boolean {
  return clearDaysBetween(publishedOn, decisionOn, calendar, counting) >= clearDays;
}

export type NoticeWarningCode =
  | 'not_published'
  | 'late_without_exception'
  | 'general_exception_too_late'
  | 'late_reasons_missing'
  | 'scrutiny_chair_missing'
  | 'overdue';

export interface NoticeWarning {
  readonly code: NoticeWarningCode;
  /** One sentence a clerk can act on. */
  readonly message: string;
}

/**
 * What is wrong with an entry's notice, as warnings rather than refusals: the clerk records what
 * happened, and the record says where the rules were not met. A non-key decision needs no notice.
 */
export function noticeWarnings(
  entry: Pick<
    ForwardPlanEntry,
    'isKey' | 'expectedOn' | 'noticePublishedOn' | 'lateNotice' | 'lateReasons' | 'scrutinyChairOn' | 'status'
  >,
  today: IsoDate,
  calendar: HolidayCalendar,
  counting: ClearDayCounting = 'calendar',
): NoticeWarning[] {
  const warnings: NoticeWarning[] = [];
  if (entry.status === 'planned' && compareIsoDates(entry.expectedOn, today) < 0)
    warnings.push({ code: 'overdue', message: 'The expected date has passed: record the decision or a new date.' });
  if (!entry.isKey) return warnings;
  const latest = latestNoticeDate(entry.expectedOn, calendar, counting);
  if (!entry.noticePublishedOn) {
    if (entry.status === 'planned')
      warnings.push({
        code: 'not_published',
        message: `The notice is not published yet: publish it by ${latest} to give 28 clear days.`,
      });
    return warnings;
  }
  if (givesNotice(entry.noticePublishedOn, entry.expectedOn, calendar, counting)) return warnings;
  const given = clearDaysBetween(entry.noticePublishedOn, entry.expectedOn, calendar, counting);
  if (!entry.lateNotice) {
    warnings.push({
      code: 'late_without_exception',
      message: `Only ${given} clear days' notice (28 needed, publish by ${latest}): record a general exception or special urgency notice.`,
    });
    return warnings;
  }
  if (!entry.lateReasons)
    warnings.push({ code: 'late_reasons_missing', message: 'A late notice must give its reasons.' });
  if (!entry.scrutinyChairOn)
    warnings.push({
      code: 'scrutiny_chair_missing',
      message:
        entry.lateNotice === 'general_exception'
          ? 'General exception: record when the chair of scrutiny was told in writing.'
          : 'Special urgency: record when the chair of scrutiny agreed that the decision cannot wait.',
    });
  if (
    entry.lateNotice === 'general_exception' &&
    !givesNotice(entry.noticePublishedOn, entry.expectedOn, calendar, counting, GENERAL_EXCEPTION_CLEAR_DAYS)
  )
    warnings.push({
      code: 'general_exception_too_late',
      message: `Only ${given} clear days' public notice: a general exception needs 5; otherwise it is special urgency.`,
    });
  return warnings;
}
