import type { AttendanceKind } from './attendance.js';
import { addMonths, daysBetween } from './calendar/isoDate.js';
import type { IsoDate } from './isoDateType.js';

/**
 * Section 85 of the Local Government Act 1972: a member who fails, throughout six consecutive
 * months from their last attendance, to attend any meeting of the authority (or of its committees
 * and sub-committees as a member) ceases to be a member, unless the authority approved the reason
 * for the absence before the six months ran out.
 */
export const SIX_MONTHS = 6;
/** Clerks are warned this many days before the period ends: time to bring an approval to council. */
export const WARNING_DAYS = 56;

/** Kinds that count as attending: present in person or as a member's substitute. Apologies do not. */
export const ATTENDING_KINDS: readonly AttendanceKind[] = ['present', 'substitute'];

/** The authority's approval of a reason for not attending, minuted on a date. */
export interface AbsenceApproval {
  readonly approvedOn: IsoDate;
  readonly reason: string;
  /** The approval covers absence until this date; open-ended when null (until the member next attends). */
  readonly until: IsoDate | null;
}

export type SixMonthState = 'attending' | 'warning' | 'excused' | 'lapsed';

export interface SixMonthStatus {
  readonly state: SixMonthState;
  readonly lastAttendedOn: IsoDate;
  /** The last day of the six months: with no attendance or approval by then, membership ends. */
  readonly periodEndsOn: IsoDate;
  /** Days from today to the period's end (negative once passed). */
  readonly daysLeft: number;
  /** The approval that excuses the absence, when one does. */
  readonly approval: AbsenceApproval | null;
}

/**
 * Where a member stands under the six-month rule on `today`. An approval counts only when made
 * after the last attendance and before the period ran out; it excuses absence until its own end
 * date, after which a new six months is not granted: the clerk is warned as the approval runs out.
 */
export function sixMonthStatus(
  lastAttendedOn: IsoDate,
  approvals: readonly AbsenceApproval[],
  today: IsoDate,
): SixMonthStatus {
  const periodEndsOn = addMonths(lastAttendedOn, SIX_MONTHS);
  const daysLeft = daysBetween(today, periodEndsOn);
  const approval =
    approvals
      .filter((a) => a.approvedOn >= lastAttendedOn && a.approvedOn <= periodEndsOn)
      .filter((a) => a.until === null || a.until >= today)
      .sort((a, b) => (b.until ?? '9999-12-31').localeCompare(a.until ?? '9999-12-31'))[0] ?? null;
  if (approval) {
    const approvalLeft = approval.until === null ? Infinity : daysBetween(today, approval.until);
    const state: SixMonthState = approvalLeft <= WARNING_DAYS ? 'warning' : 'excused';
    return { state, lastAttendedOn, periodEndsOn, daysLeft, approval };
  }
  const state: SixMonthState = daysLeft < 0 ? 'lapsed' : daysLeft <= WARNING_DAYS ? 'warning' : 'attending';
  return { state, lastAttendedOn, periodEndsOn, daysLeft, approval: null };
}
