import type { IsoDate } from '../isoDateType.js';

/** Where an entry stands: still to be decided, decided (usually with its decision notice), put back, or dropped. */
export const FORWARD_PLAN_STATUSES = ['planned', 'decided', 'deferred', 'withdrawn'] as const;
export type ForwardPlanStatus = (typeof FORWARD_PLAN_STATUSES)[number];

/**
 * How a key decision published with less than 28 clear days' notice may still be taken (2012
 * Regulations): reg 10, general exception (the chair of scrutiny told in writing and 5 clear days'
 * public notice); reg 11, special urgency (the chair of scrutiny agrees the decision cannot wait).
 */
export const LATE_NOTICE_KINDS = ['general_exception', 'special_urgency'] as const;
export type LateNoticeKind = (typeof LATE_NOTICE_KINDS)[number];

/**
 * One entry of the forward plan: a decision the executive expects to take, with the notice of it
 * the public is owed. The exempt paragraph says why documents are withheld (Schedule 12A); the
 * entry itself is public, since the regulations require the notice to be published.
 */
export interface ForwardPlanEntry {
  readonly id: string;
  readonly title: string;
  /** What is to be decided, in the words of the notice. */
  readonly summary: string;
  /** As published: "Cabinet", "Portfolio Holder for Housing". */
  readonly decisionMaker: string;
  readonly expectedOn: IsoDate;
  readonly isKey: boolean;
  /** Null until the notice is published: an unpublished entry is a draft, shown to no one outside. */
  readonly noticePublishedOn: IsoDate | null;
  /** Schedule 12A paragraph (1-7) when some of its documents will be exempt; null when all are open. */
  readonly exemptParagraph: number | null;
  /** The documents to be submitted to the decision maker, one a line. */
  readonly documents: string | null;
  readonly lateNotice: LateNoticeKind | null;
  /** Why the decision cannot wait 28 clear days (reg 10) or cannot wait at all (reg 11). */
  readonly lateReasons: string | null;
  /** General exception: when the chair of scrutiny was told; special urgency: when the chair agreed. */
  readonly scrutinyChairOn: IsoDate | null;
  readonly status: ForwardPlanStatus;
  /** The decision notice published when it was taken, if recorded. */
  readonly decisionNoticeId: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}
