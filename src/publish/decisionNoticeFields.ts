import type { PublicDecisionNotice } from '../store/public/publicDecisionNotices.js';

type Notice = PublicDecisionNotice;
type CallIn = Notice['callIns'][number];

/** One member's request to call a decision in, as open data names its fields. */
export interface CallInFields {
  readonly id: CallIn['id'];
  readonly requested_on: CallIn['requestedOn'];
  readonly members: string[];
  readonly grounds: CallIn['grounds'];
  readonly outcome: CallIn['outcome'];
  readonly outcome_on: CallIn['outcomeOn'];
  readonly outcome_notes: CallIn['outcomeNotes'];
}

/** The fields of a published decision notice that the JSON API and Popolo both carry. */
export interface DecisionNoticeFields {
  readonly is_key: Notice['isKey'];
  readonly reasons: Notice['reasons'];
  readonly alternatives: Notice['alternatives'];
  readonly call_in: Notice['callIn'];
  readonly urgency_reason: Notice['urgencyReason'];
  readonly decided_on: Notice['decidedOn'];
  readonly published_on: Notice['publishedOn'];
  readonly call_in_deadline: Notice['callInDeadline'];
  readonly implementable_on: Notice['implementableOn'];
  readonly call_ins: CallInFields[];
}

/**
 * A published notice's decision, dates and call-ins in the open-data field names the JSON API and
 * Popolo share, so that the two outputs cannot drift apart; each adds its own links and ids.
 */
export function decisionNoticeFields(n: Notice): DecisionNoticeFields {
  return {
    is_key: n.isKey,
    reasons: n.reasons,
    alternatives: n.alternatives,
    call_in: n.callIn,
    urgency_reason: n.urgencyReason,
    decided_on: n.decidedOn,
    published_on: n.publishedOn,
    call_in_deadline: n.callInDeadline,
    implementable_on: n.implementableOn,
    call_ins: n.callIns.map((c) => ({
      id: c.id,
      requested_on: c.requestedOn,
      members: [...c.members],
      grounds: c.grounds,
      outcome: c.outcome,
      outcome_on: c.outcomeOn,
      outcome_notes: c.outcomeNotes,
    })),
  };
}
