import { addDays, calendarDateOf, dayOfWeek, epochDayOf, formatIsoDate } from '../calendar/isoDate.js';
import { isResponseOverdue } from '../calendar/responseDeadline.js';
import type { IsoDate } from '../isoDateType.js';
import type { RecommendationStatus } from '../recommendation.js';
import { isActionOverdue, type ActionStatus } from '../resolutionAction.js';

/** How far ahead the digest looks for responses falling due. */
export const DUE_SOON_DAYS = 14;

/**
 * Still waiting for the decision maker: made or sent. A draft is not yet the committee's, and any
 * later status (responded, accepted, … closed) says an answer came, even where an import recorded
 * the status without the response itself.
 */
export function isAwaitingResponse(status: RecommendationStatus): boolean {
  return status === 'made' || status === 'sent';
}

/** A recommendation whose response is followed up: where it was made, to whom, when due. */
export interface ResponseToFollow {
  readonly recommendationId: string;
  readonly text: string;
  readonly decisionMaker: string | null;
  readonly responseDueOn: IsoDate;
  readonly status: RecommendationStatus;
  /** The latest response on record, if any (a response dated after today does not count yet). */
  readonly lastRespondedOn: IsoDate | null;
  readonly meetingId: string;
  readonly meetingDate: IsoDate;
  readonly bodyId: string;
  readonly bodyName: string;
  readonly itemTitle: string | null;
  /** Made on an exempt item: its words stay out of mail, which leaves the council's systems. */
  readonly isExempt: boolean;
}

/** An action promised by a resolution, still open after its due date. */
export interface ActionToFollow {
  readonly actionId: string;
  readonly description: string;
  readonly owner: string;
  readonly dueOn: IsoDate;
  readonly status: ActionStatus;
  /** Null when a re-import dropped the resolution the action hung on. */
  readonly meetingId: string | null;
  readonly meetingDate: IsoDate | null;
  readonly bodyId: string | null;
  readonly bodyName: string | null;
  readonly itemTitle: string | null;
  readonly isExempt: boolean;
}

/** What a clerk has to chase, as of one day. */
export interface FollowUps {
  readonly today: IsoDate;
  /** Due date passed, no response: oldest due first. */
  readonly overdueResponses: readonly ResponseToFollow[];
  /** Due from today to DUE_SOON_DAYS ahead, no response yet: soonest first. */
  readonly responsesDueSoon: readonly ResponseToFollow[];
  /** Past due and neither done nor dropped: oldest due first. */
  readonly overdueActions: readonly ActionToFollow[];
}

/** The last day the digest looks ahead to. */
export function dueSoonUntil(today: IsoDate): IsoDate {
  return addDays(today, DUE_SOON_DAYS);
}

/**
 * Sorts candidate recommendations into overdue and due soon by the tracker's own rules
 * (isResponseOverdue), whatever the query that found them pre-filtered.
 */
export function followUpsOf(
  today: IsoDate,
  responses: readonly ResponseToFollow[],
  actions: readonly ActionToFollow[],
): FollowUps {
  const waiting = responses.filter((r) => isAwaitingResponse(r.status));
  const until = dueSoonUntil(today);
  const answered = (r: ResponseToFollow): boolean => r.lastRespondedOn !== null && r.lastRespondedOn <= today;
  const byDue = (a: ResponseToFollow, b: ResponseToFollow): number =>
    a.responseDueOn.localeCompare(b.responseDueOn) || a.recommendationId.localeCompare(b.recommendationId);
  return {
    today,
    overdueResponses: waiting.filter((r) => isResponseOverdue(r.responseDueOn, today, r.lastRespondedOn)).sort(byDue),
    responsesDueSoon: waiting
      .filter((r) => !answered(r) && r.responseDueOn >= today && r.responseDueOn <= until)
      .sort(byDue),
    overdueActions: actions
      .filter((a) => isActionOverdue(a, today))
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.actionId.localeCompare(b.actionId)),
  };
}

/** Nothing to chase: no digest is sent. */
export function hasNothingToFollow(f: FollowUps): boolean {
  return f.overdueResponses.length + f.responsesDueSoon.length + f.overdueActions.length === 0;
}

/** How many things a digest lists. */
export function followUpCount(f: FollowUps): number {
  return f.overdueResponses.length + f.responsesDueSoon.length + f.overdueActions.length;
}

/**
 * The ISO 8601 week a day falls in (`2026-W49`): weeks start on Monday, and week 1 is the one
 * holding the year's first Thursday, so 29 December 2025 is in `2026-W01`. One digest per clerk
 * per such week.
 */
export function isoWeekOf(date: IsoDate): string {
  // The Thursday of the same week decides the year.
  const thursday = addDays(date, 4 - dayOfWeek(date));
  const year = calendarDateOf(thursday).year;
  const firstOfYear = formatIsoDate({ year, month: 1, day: 1 });
  const week = Math.floor((epochDayOf(thursday) - epochDayOf(firstOfYear)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
