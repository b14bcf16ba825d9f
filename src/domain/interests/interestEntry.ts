import { addDays, daysBetween } from '../calendar/isoDate.js';
import type { IsoDate } from '../isoDateType.js';
import type { InterestCategory } from './interestCategory.js';

/** One entry of a member's standing register of interests. */
export interface InterestEntry {
  readonly id: string;
  readonly personId: string;
  readonly category: InterestCategory;
  readonly description: string;
  /** When the interest arose or changed (or the member took office): the 28 days run from here. */
  readonly aroseOn: IsoDate;
  /** When the monitoring officer was told and the register was changed. */
  readonly registeredOn: IsoDate;
  /**
   * A sensitive interest (Localism Act 2011 s.32): its details could expose the member or someone
   * close to them to violence or intimidation, so the published register says only that one exists.
   */
  readonly sensitive: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The version an edit form carries: a save from an older one is refused. */
  readonly version: number;
  /** When the interest ended (it then leaves the published register), and when that was registered. */
  readonly endedOn: IsoDate | null;
  readonly endRegisteredOn: IsoDate | null;
}

/** An entry as first registered: not ended, version 0. */
export type NewInterestEntry = Omit<InterestEntry, 'version' | 'endedOn' | 'endRegisteredOn'>;

/**
 * A member must tell the monitoring officer of a new or changed interest within 28 days
 * (Localism Act 2011 s.30(1) and the code of conduct).
 */
export const REGISTER_DEADLINE_DAYS = 28;

/** The last day an interest that arose on `aroseOn` could be registered in time. */
export function registrationDeadline(aroseOn: IsoDate): IsoDate {
  return addDays(aroseOn, REGISTER_DEADLINE_DAYS);
}

/** How many days after the deadline the entry was registered: 0 when in time. An interest's end is a change too. */
export function daysLate(entry: Pick<InterestEntry, 'aroseOn' | 'registeredOn'>): number {
  return Math.max(0, daysBetween(registrationDeadline(entry.aroseOn), entry.registeredOn));
}

/**
 * Councils ask members to review their register at least once a year (most at the annual meeting);
 * a register unreviewed for longer is flagged, as is one never reviewed. A practice, not a statute.
 */
export const REVIEW_INTERVAL_DAYS = 365;

export type ReviewStatus = 'never' | 'overdue' | 'current';

export function reviewStatus(reviewedOn: IsoDate | null, today: IsoDate): ReviewStatus {
  if (!reviewedOn) return 'never';
  return daysBetween(reviewedOn, today) > REVIEW_INTERVAL_DAYS ? 'overdue' : 'current';
}
