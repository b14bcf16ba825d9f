import type { HolidayCalendar } from '../calendar/bankHolidays.js';
import type { IsoDate } from '../isoDateType.js';
import { callInPeriod } from './callIn.js';

/** Who took a decision: the executive together, one executive member, a committee, the council, or an officer. */
export const DECISION_MAKER_KINDS = ['executive', 'executive_member', 'committee', 'council', 'officer'] as const;
export type DecisionMakerKind = (typeof DECISION_MAKER_KINDS)[number];

/**
 * Whether the decision may be called in: most executive decisions are; urgent ones (the chair of
 * scrutiny agreed that delay would harm the public) and those outside call-in (council's, most
 * officers') take effect at once.
 */
export const CALL_IN_STATUSES = ['subject_to_call_in', 'urgent', 'not_subject'] as const;
export type CallInStatus = (typeof CALL_IN_STATUSES)[number];

/** A published record of a decision, as councils publish them after an executive meeting or an officer's decision. */
export interface DecisionNotice {
  readonly id: string;
  readonly title: string;
  readonly decision: string;
  readonly makerKind: DecisionMakerKind;
  /** As published: "Cabinet", "Portfolio Holder for Housing", "Director of Place". */
  readonly decisionMaker: string;
  readonly bodyId: string | null;
  /**
   * The agenda item it was taken on, when the clerk names one: the public reads link the notice to
   * that item's meeting, and leave the notice out while the item is exempt.
   */
  readonly itemId: string | null;
  readonly isKey: boolean;
  readonly reasons: string;
  readonly alternatives: string | null;
  readonly callIn: CallInStatus;
  /** Why the decision could not wait for call-in, for an urgent one. */
  readonly urgencyReason: string | null;
  readonly decidedOn: IsoDate;
  readonly publishedOn: IsoDate;
  /** The last day a call-in may be made; null when the decision is not subject to call-in. */
  readonly callInDeadline: IsoDate | null;
  readonly implementableOn: IsoDate;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The dates a notice carries, computed from its publication and call-in status, never typed by hand. */
export function noticeDates(
  publishedOn: IsoDate,
  callIn: CallInStatus,
  calendar: HolidayCalendar,
): { callInDeadline: IsoDate | null; implementableOn: IsoDate } {
  if (callIn !== 'subject_to_call_in') return { callInDeadline: null, implementableOn: publishedOn };
  const period = callInPeriod(publishedOn, calendar);
  return { callInDeadline: period.deadline, implementableOn: period.implementableOn };
}
