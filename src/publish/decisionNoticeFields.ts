import type { PublicDecisionNotice } from '../store/public/publicDecisionNotices.js';

/**
 * A published notice's decision, dates and call-ins in the open-data field names the JSON API and
 * Popolo share, so that the two outputs cannot drift apart; each adds its own links and ids.
 */
export function decisionNoticeFields(n: PublicDecisionNotice) {
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
