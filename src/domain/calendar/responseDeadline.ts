import type { IsoDate } from '../isoDateType.js';
import { addMonths, compareIsoDates } from './isoDate.js';

/** A decision maker answers scrutiny recommendations within two months (Local Government Act 2000 s.9FE). */
export const DEFAULT_RESPONSE_MONTHS = 2;

/**
 * The last day for a response to recommendations received on `receivedOn`: the same day of the
 * month `months` months later, or that month's last day when it is shorter (received 31 December,
 * due 28 or 29 February), so the deadline never runs into a third month.
 * @throws AppError INPUT_INVALID on an invalid date or a fractional `months`.
 */
export function responseDueDate(receivedOn: IsoDate, months: number = DEFAULT_RESPONSE_MONTHS): IsoDate {
  return addMonths(receivedOn, months);
}

/**
 * Whether a response is overdue as of `today`: the due date has passed (a response on the due
 * day is in time) and no response was made on or before `today`. A response dated after
 * `today` is treated as not yet made. A late but made response is no longer overdue; ask
 * {@link wasResponseLate} for that.
 * @throws AppError INPUT_INVALID on an invalid date.
 */
export function isResponseOverdue(dueOn: IsoDate, today: IsoDate, respondedOn?: IsoDate | null): boolean {
  const responded = respondedOn != null && compareIsoDates(respondedOn, today) <= 0;
  return !responded && compareIsoDates(today, dueOn) > 0;
}

/**
 * Whether a response made on `respondedOn` came after its due date.
 * @throws AppError INPUT_INVALID on an invalid date.
 */
export function wasResponseLate(dueOn: IsoDate, respondedOn: IsoDate): boolean {
  return compareIsoDates(respondedOn, dueOn) > 0;
}
