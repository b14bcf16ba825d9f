import type { IsoDate } from './isoDateType.js';
import type { Resolution } from './minutes.js';

export const RECOMMENDATION_STATUSES = [
  'draft',
  /** Resolved by the committee; not yet recorded as sent to the decision maker. */
  'made',
  'sent',
  'responded',
  'accepted',
  'partially_accepted',
  'rejected',
  'implemented',
  'closed',
] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export const ACCEPTANCES = ['accepted', 'partially_accepted', 'rejected', 'deferred'] as const;
export type Acceptance = (typeof ACCEPTANCES)[number];

/** A scrutiny recommendation to a decision maker, followed until answered (within two months) and acted on. */
export interface Recommendation {
  readonly id: string;
  readonly resolutionId: string | null;
  readonly meetingId: string;
  readonly itemId: string | null;
  readonly text: string;
  readonly decisionMaker: string | null;
  readonly sentOn: IsoDate | null;
  readonly responseDueOn: IsoDate | null;
  readonly status: RecommendationStatus;
}

export interface RecommendationResponse {
  readonly id: string;
  readonly recommendationId: string;
  readonly respondedOn: IsoDate;
  readonly acceptance: Acceptance;
  readonly text: string;
  readonly implementation: string | null;
}

/** The status a response moves a recommendation to. */
export function statusAfterResponse(acceptance: Acceptance): RecommendationStatus {
  switch (acceptance) {
    case 'accepted':
      return 'accepted';
    case 'partially_accepted':
      return 'partially_accepted';
    case 'rejected':
      return 'rejected';
    case 'deferred':
      return 'responded';
  }
}

/**
 * A formal resolution to recommend starts its life in the tracker; who it goes to and when it
 * was sent is the clerk's to record, so the response deadline waits for that.
 */
export function isTrackedRecommendation(resolution: Pick<Resolution, 'isFormal' | 'kind'>): boolean {
  return resolution.isFormal && resolution.kind === 'recommendation';
}
