import type { CallInRequest } from '../../domain/callIn/callInRequest.js';
import type { DecisionNotice } from '../../domain/decisions/decisionNotice.js';
import type { ForwardPlanEntry } from '../../domain/forwardPlan/forwardPlanEntry.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { PopoloExport } from '../../ingest/popolo/popoloExportSchema.js';
import type { BodyRecord } from '../../store/public/record/recordBodies.js';
import type { PersonRecord } from '../../store/public/record/recordPeople.js';
import type { AgendaItemRecord } from '../../store/public/record/recordAgendas.js';
import type { RecommendationRecord } from '../../store/public/record/recordRecommendations.js';
import type { RecordToLoad } from '../../store/repositories/recordLoadRepository.js';

/*
 * A Popolo export back to the public record's types, the inverse of publish/popolo/popoloMapping.ts:
 * every `quorum:` property back in its place, so the load keeps each row as the exporter held it.
 */

type Organization = PopoloExport['organizations'][number];
type PopoloPerson = PopoloExport['persons'][number];
type PopoloEvent = PopoloExport['events'][number];
type PopoloRecommendation = PopoloExport['quorum:recommendations'][number];
type PopoloDecisionNotice = PopoloExport['quorum:decision_notices'][number];
type PopoloForwardPlanEntry = PopoloExport['quorum:forward_plan'][number];

function decisionNoticeOf(n: PopoloDecisionNotice): DecisionNotice {
  return {
    id: n.id,
    title: n.title,
    decision: n.decision,
    makerKind: n.maker_kind,
    decisionMaker: n.decision_maker,
    bodyId: n.organization_id,
    itemId: n.item_id,
    isKey: n.is_key,
    reasons: n.reasons,
    alternatives: n.alternatives,
    callIn: n.call_in,
    urgencyReason: n.urgency_reason,
    decidedOn: n.decided_on as IsoDate,
    publishedOn: n.published_on as IsoDate,
    callInDeadline: n.call_in_deadline as IsoDate | null,
    implementableOn: n.implementable_on as IsoDate,
    createdAt: n.created_at,
    // Exports before the row's own time was carried give the latest change, the nearest there is.
    updatedAt: n['quorum:record_updated_at'] ?? n.updated_at,
  };
}

function callInsOf(n: PopoloDecisionNotice): CallInRequest[] {
  return n.call_ins.map((c) => ({
    id: c.id,
    decisionNoticeId: n.id,
    requestedOn: c.requested_on as IsoDate,
    members: c.members,
    grounds: c.grounds,
    outcome: c.outcome,
    outcomeOn: c.outcome_on as IsoDate | null,
    outcomeNotes: c.outcome_notes,
    version: 1,
    createdAt: c.created_at ?? n.created_at,
    updatedAt: c.updated_at ?? c.created_at ?? n.created_at,
  }));
}

/**
 * A forward plan entry; its link to a decision notice is kept only when that notice is in the file
 * (a notice not yet published, or of an exempt item, is not exported).
 */
function forwardPlanEntryOf(e: PopoloForwardPlanEntry, notices: ReadonlySet<string>): ForwardPlanEntry {
  const noticeOn = `${e.notice_published_on}T00:00:00.000Z`;
  return {
    id: e.id,
    title: e.title,
    summary: e.summary,
    decisionMaker: e.decision_maker,
    expectedOn: e.expected_on as IsoDate,
    isKey: e.is_key,
    noticePublishedOn: e.notice_published_on as IsoDate,
    exemptParagraph: e.exempt_paragraph,
    documents: e.documents,
    lateNotice: e.late_notice,
    lateReasons: e.late_reasons,
    scrutinyChairOn: e.scrutiny_chair_on as IsoDate | null,
    status: e.status,
    decisionNoticeId: e.decision_notice_id !== null && notices.has(e.decision_notice_id) ? e.decision_notice_id : null,
    version: 1,
    createdAt: e.created_at ?? noticeOn,
    updatedAt: e.updated_at ?? e.created_at ?? noticeOn,
  };
}

function bodyOf(o: Organization): BodyRecord {
  const min = o['quorum:meetings_per_year_min'];
  const max = o['quorum:meetings_per_year_max'];
  return {
    id: o.id,
    slug: o['quorum:slug'],
    name: o.name,
    kind: o.classification,
    parentId: o.parent_id,
    isScrutiny: o['quorum:is_scrutiny'],
    size: o['quorum:size'],
    quorumRule: { fraction: o['quorum:quorum_fraction'], minimum: o['quorum:quorum_minimum'] },
    meetingsPerYear: min !== null && max !== null ? { min, max } : null,
    allowsSubstitutes: o['quorum:allows_substitutes'],
    createdAt: o.created_at,
    termsOfReference: o['quorum:terms_of_reference'].map((t) => ({
      id: t.id,
      bodyId: o.id,
      adoptedOn: t.adopted_on,
      description: t.description,
      purpose: t.purpose,
      objectives: t.objectives,
      powers: t.powers,
      membershipRules: t.membership_rules,
      quorumText: t.quorum_text,
      frequencyText: t.frequency_text,
      documentId: t.document_id,
    })),
  };
}

function personOf(p: PopoloPerson): PersonRecord {
  return {
    id: p.id,
    slug: p['quorum:slug'],
    displayName: p.name,
    honorific: p.honorific_prefix,
    givenName: p.given_name,
    familyName: p.family_name,
    kind: p['quorum:kind'],
    mergedIntoId: p['quorum:merged_into_id'],
    createdAt: p.created_at,
    aliases: p.other_names.map((a) => ({
      id: a['quorum:id'],
      personId: p.id,
      alias: a.name,
      key: a['quorum:key'],
      sourceDocumentId: a['quorum:source_document_id'],
    })),
  };
}

function itemsOf(e: PopoloEvent): AgendaItemRecord[] {
  return e.agenda.map((i) => {
    const itemId = i['quorum:id'];
    return {
      id: itemId,
      meetingId: e.id,
      position: i.order,
      agendaNumber: i['quorum:agenda_number'],
      minuteNumber: i['quorum:minute_number'],
      title: i.description,
      description: i['quorum:description'],
      minutesText: i['quorum:minutes_text'],
      standardKind: i['quorum:standard_kind'],
      // An export carries public items only.
      isExempt: false,
      exemptParagraph: i['quorum:exempt_paragraph'],
      pageStart: i['quorum:page_start'],
      pageEnd: i['quorum:page_end'],
      sourceDocumentId: i['quorum:source_document_id'],
      points: i['quorum:minute_points'].map((p) => ({
        id: p.id,
        itemId,
        position: p.position,
        label: p.label,
        text: p.text,
        sourceDocumentId: p.source_document_id,
      })),
      papers: i['quorum:documents'].map((d) => ({
        id: d.id,
        itemId,
        documentId: d.document_id,
        title: d.title,
        pageStart: d.page_start,
        pageEnd: d.page_end,
        sourceDocumentId: d.source_document_id,
      })),
    };
  });
}

function recommendationOf(r: PopoloRecommendation): RecommendationRecord {
  return {
    id: r.id,
    resolutionId: r.motion_id,
    meetingId: r.event_id,
    itemId: r.item_id,
    text: r.text,
    decisionMaker: r.decision_maker,
    sentOn: r.sent_on,
    responseDueOn: r.response_due_on,
    status: r.status,
    tracking: {
      bodyId: r.organization_id,
      referenceYear: r.reference_year,
      referenceNumber: r.reference_number,
      rag: r.rag,
      updatedAt: r.updated_at,
    },
    responses: r.responses.map((x) => ({
      id: x.id,
      recommendationId: r.id,
      respondedOn: x.responded_on,
      acceptance: x.acceptance,
      text: x.text,
      implementation: x.implementation,
      createdAt: x.created_at,
    })),
  };
}

/** Every record the export holds, in the store's terms. */
/** The meeting of every item of the file, for a motion that names its item and not its meeting. */
function meetingsOfItems(doc: PopoloExport): ReadonlyMap<string, string> {
  return new Map(doc.events.flatMap((e) => e.agenda.map((i) => [i['quorum:id'], e.id] as const)));
}

export function recordsFromPopolo(doc: PopoloExport): RecordToLoad {
  const notices = new Set(doc['quorum:decision_notices'].map((n) => n.id));
  const meetingOf = meetingsOfItems(doc);
  return {
    documents: doc['quorum:documents'].map((d) => ({
      id: d.id,
      contentHash: d.content_hash,
      mediaType: d.media_type,
      origin: d.origin,
      title: d.title,
      byteSize: d.byte_size,
      pageCount: d.page_count,
      supersedesId: d.supersedes_id,
      importedAt: d.imported_at,
    })),
    bodies: doc.organizations.map(bodyOf),
    people: doc.persons.map(personOf),
    memberships: doc.memberships.map((m) => ({
      id: m.id,
      personId: m.person_id,
      bodyId: m.organization_id,
      role: m.role,
      votingScope: m['quorum:voting_scope'],
      party: m['quorum:party'],
      startsOn: m.start_date,
      endsOn: m.end_date,
      sourceDocumentId: m['quorum:source_document_id'],
      basis: m['quorum:basis'],
      firstSeenOn: m['quorum:first_seen_on'],
      lastSeenOn: m['quorum:last_seen_on'],
      meetings: m['quorum:meetings'],
      statement: m['quorum:statement'],
    })),
    officerPosts: doc['quorum:officer_posts'].map((o) => ({
      id: o.id,
      personId: o.person_id,
      jobTitle: o.job_title,
      organisation: o.organisation,
      startsOn: o.start_date,
      endsOn: o.end_date,
      sourceDocumentId: o.source_document_id,
      firstSeenOn: o.first_seen_on,
      lastSeenOn: o.last_seen_on,
      meetings: o.meetings,
    })),
    meetings: doc.events.map((e) => ({
      id: e.id,
      bodyId: e.organization_id,
      date: e['quorum:date'],
      startTime: e['quorum:start_time'],
      startedAt: e['quorum:started_at'],
      endedAt: e['quorum:ended_at'],
      venue: e.location,
      isRemote: e['quorum:is_remote'],
      streamUrl: e['quorum:stream_url'],
      status: e.status,
      contactName: e['quorum:contact_name'],
      contactEmail: e['quorum:contact_email'],
      contactPhone: e['quorum:contact_phone'],
      municipalYear: e['quorum:municipal_year'],
      createdAt: e.created_at,
      updatedAt: e.updated_at,
      revision: e['quorum:revision'],
    })),
    items: doc.events.flatMap(itemsOf),
    resolutions: doc.motions.map((m) => ({
      id: m.id,
      // The schema has one or the other, and the references check has found the item in the file.
      meetingId: m.legislative_session_id ?? meetingOf.get(m['quorum:item_id']!)!,
      itemId: m['quorum:item_id'],
      position: m['quorum:position'],
      label: m['quorum:label'],
      kind: m.classification,
      isFormal: m['quorum:is_formal'],
      text: m.text,
      sourceDocumentId: m['quorum:source_document_id'],
    })),
    votes: doc.vote_events.flatMap((v) => [
      ...v.counts.map((c) => ({
        id: c['quorum:id'],
        resolutionId: v.motion_id,
        personId: null,
        choice: c.option,
        count: c.value,
      })),
      ...v.votes.map((x) => ({
        id: x.id,
        resolutionId: v.motion_id,
        personId: x.voter_id,
        choice: x.option,
        count: x['quorum:count'],
      })),
    ]),
    attendance: doc['quorum:attendance'].map((a) => ({
      id: a.id,
      meetingId: a.event_id,
      personId: a.person_id,
      kind: a.kind,
      reason: a.reason,
      substituteForId: a.substitute_for_id,
      capacity: a.capacity,
      roleText: a.role_text,
      position: a.position,
      sourceDocumentId: a.source_document_id,
    })),
    declarations: doc['quorum:declarations'].map((d) => ({
      id: d.id,
      meetingId: d.event_id,
      itemId: d.item_id,
      personId: d.person_id,
      kind: d.kind,
      text: d.text,
      sourceDocumentId: d.source_document_id,
    })),
    recommendations: doc['quorum:recommendations'].map(recommendationOf),
    workProgramme: doc['quorum:work_programme'].map((e) => ({
      id: e.id,
      bodyId: e.organization_id,
      municipalYear: e.municipal_year,
      topic: e.topic,
      objectives: e.objectives,
      source: e.source,
      sourceRef: e.source_ref,
      status: e.status,
      plannedOn: e.planned_on,
      meetingId: e.event_id,
      executiveMember: e.executive_member,
      executiveMemberId: e.executive_member_id,
      leadOfficer: e.lead_officer,
      leadOfficerId: e.lead_officer_id,
      substantive: e.substantive,
      createdAt: e.created_at,
      updatedAt: e.updated_at,
    })),
    decisionNotices: doc['quorum:decision_notices'].map(decisionNoticeOf),
    callIns: doc['quorum:decision_notices'].flatMap(callInsOf),
    forwardPlan: doc['quorum:forward_plan'].map((e) => forwardPlanEntryOf(e, notices)),
  };
}
