import type { Insertable, Selectable } from 'kysely';
import type { DecisionNotice } from '../domain/decisions/decisionNotice.js';
import type { IsoDate } from '../domain/isoDateType.js';
import type { DecisionNoticeTable } from './database.js';

export function toDecisionNotice(r: Selectable<DecisionNoticeTable>): DecisionNotice {
  return {
    id: r.id,
    title: r.title,
    decision: r.decision,
    makerKind: r.makerKind as DecisionNotice['makerKind'],
    decisionMaker: r.decisionMaker,
    bodyId: r.bodyId,
    itemId: r.itemId,
    isKey: Boolean(r.isKey),
    reasons: r.reasons,
    alternatives: r.alternatives,
    callIn: r.callIn as DecisionNotice['callIn'],
    urgencyReason: r.urgencyReason,
    decidedOn: r.decidedOn as IsoDate,
    publishedOn: r.publishedOn as IsoDate,
    callInDeadline: r.callInDeadline as IsoDate | null,
    implementableOn: r.implementableOn as IsoDate,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function fromDecisionNotice(n: DecisionNotice): Insertable<DecisionNoticeTable> {
  return { ...n, isKey: n.isKey ? 1 : 0 };
}
