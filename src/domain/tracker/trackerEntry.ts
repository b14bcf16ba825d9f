import { isResponseOverdue } from '../calendar/responseDeadline.js';
import type { IsoDate } from '../isoDateType.js';
import type { Acceptance, RecommendationStatus } from '../recommendation.js';
import type { RagRating } from './rag.js';

/** A decision maker's answer, as the tracker shows it. */
export interface TrackerResponse {
  readonly id: string;
  readonly respondedOn: IsoDate;
  readonly acceptance: Acceptance;
  readonly text: string;
  readonly implementation: string | null;
  /** The account that recorded it; null when it came with imported records. */
  readonly recordedBy: string | null;
}

/** One recommendation as the tracker follows it, with where it was made and its latest response. */
export interface TrackerEntry {
  readonly id: string;
  /** `2024/25-07`; null until one is given (records loaded from elsewhere, before the next save). */
  readonly reference: string | null;
  readonly text: string;
  readonly status: RecommendationStatus;
  readonly resolutionId: string | null;
  readonly body: { readonly id: string; readonly name: string; readonly slug: string };
  readonly meeting: { readonly id: string; readonly date: IsoDate; readonly municipalYear: string | null };
  readonly item: { readonly id: string; readonly title: string; readonly isExempt: boolean } | null;
  /** To whom it is addressed, in words (`the Executive`, `Portfolio Holder for Children`). */
  readonly decisionMaker: string | null;
  /** The decision maker's account that answers it in Quorum, when there is one. */
  readonly addressee: { readonly id: string; readonly email: string } | null;
  readonly sentOn: IsoDate | null;
  readonly responseDueOn: IsoDate | null;
  readonly rag: RagRating | null;
  readonly version: number;
  /** The latest response; earlier ones stay in the record. */
  readonly response: TrackerResponse | null;
}

/** Where a recommendation's answer stands, for the tracker's "Response" column. */
export type ResponseState = 'not_sent' | 'awaiting' | 'overdue' | Acceptance;

export const RESPONSE_STATE_LABELS: Readonly<Record<ResponseState, string>> = Object.freeze({
  not_sent: 'No response recorded (not yet sent)',
  awaiting: 'No response recorded yet',
  overdue: 'Overdue: no response recorded',
  accepted: 'Accepted',
  partially_accepted: 'Partly accepted',
  rejected: 'Rejected',
  deferred: 'Deferred',
});

/** A response, if any, says where it stands; otherwise whether it was sent and is past due. */
export function responseStateOf(
  entry: Pick<TrackerEntry, 'response' | 'sentOn' | 'responseDueOn'>,
  today: IsoDate,
): ResponseState {
  if (entry.response) return entry.response.acceptance;
  if (entry.responseDueOn && isResponseOverdue(entry.responseDueOn, today, null)) return 'overdue';
  return entry.sentOn ? 'awaiting' : 'not_sent';
}
