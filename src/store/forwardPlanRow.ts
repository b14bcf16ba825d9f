import type { CallInRequest } from '../domain/callIn/callInRequest.js';
import type { ForwardPlanEntry } from '../domain/forwardPlan/forwardPlanEntry.js';
import type { IsoDate } from '../domain/isoDateType.js';
import type { CallInRequestTable, ForwardPlanEntryTable } from './database.js';

export function toForwardPlanEntry(r: ForwardPlanEntryTable): ForwardPlanEntry {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    decisionMaker: r.decisionMaker,
    expectedOn: r.expectedOn as IsoDate,
    isKey: Boolean(r.isKey),
    noticePublishedOn: r.noticePublishedOn as IsoDate | null,
    exemptParagraph: r.exemptParagraph === null ? null : Number(r.exemptParagraph),
    documents: r.documents,
    lateNotice: r.lateNotice as ForwardPlanEntry['lateNotice'],
    lateReasons: r.lateReasons,
    scrutinyChairOn: r.scrutinyChairOn as IsoDate | null,
    status: r.status as ForwardPlanEntry['status'],
    decisionNoticeId: r.decisionNoticeId,
    version: Number(r.version),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function fromForwardPlanEntry(e: ForwardPlanEntry): ForwardPlanEntryTable {
  return { ...e, isKey: e.isKey ? 1 : 0 };
}

export function toCallInRequest(r: CallInRequestTable): CallInRequest {
  return {
    id: r.id,
    decisionNoticeId: r.decisionNoticeId,
    requestedOn: r.requestedOn as IsoDate,
    members: r.members.split('\n').filter(Boolean),
    grounds: r.grounds,
    outcome: r.outcome as CallInRequest['outcome'],
    outcomeOn: r.outcomeOn as IsoDate | null,
    outcomeNotes: r.outcomeNotes,
    version: Number(r.version),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export function fromCallInRequest(c: CallInRequest): CallInRequestTable {
  return { ...c, members: c.members.join('\n') };
}
