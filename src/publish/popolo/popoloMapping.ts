import { decisionNoticeFields } from '../decisionNoticeFields.js';
import { londonToUtcIso } from '../../domain/calendar/londonTime.js';
import type { PublicWorkProgrammeEntry } from '../../store/public/publicWorkProgramme.js';
import type { PublicDecisionNotice } from '../../store/public/publicDecisionNotices.js';
import type { PublicForwardPlanEntry } from '../../store/public/publicForwardPlan.js';
import type { Declaration } from '../../domain/declaration.js';
import type { Membership } from '../../domain/membership.js';
import type { OfficerPost } from '../../domain/person.js';
import { publicOrigin, type SourceDocument } from '../../domain/sourceDocument.js';
import type { AgendaItemRecord, MeetingAgenda } from '../../store/public/record/recordAgendas.js';
import type { AttendanceRecord } from '../../store/public/record/recordAttendance.js';
import type { BodyRecord } from '../../store/public/record/recordBodies.js';
import type { BodyPost } from '../../store/public/record/recordMemberships.js';
import type { PersonRecord } from '../../store/public/record/recordPeople.js';
import type { RecommendationRecord } from '../../store/public/record/recordRecommendations.js';
import type { ResolutionRecord } from '../../store/public/record/recordResolutions.js';
import type { VoteRecord } from '../../store/public/record/recordVotes.js';
import type { Sourced } from '../../store/public/record/sourced.js';

/*
 * The public record as Popolo / Open Civic Data objects. Standard properties carry what the standards
 * define; everything else is under the `quorum:` prefix (docs/open-data.md), so the import can
 * rebuild every row with its id.
 */

type Json = Record<string, unknown>;

const ROLE_LABELS: Record<string, string> = {
  chair: 'Chair',
  vice_chair: 'Vice-Chair',
  co_optee: 'Co-opted member',
  substitute: 'Substitute member',
  ex_officio: 'Ex officio member',
};

/** Posts are the roles beyond "member" that a body's memberships name (Chair, Vice-Chair...). */
export function hasPost(role: string): boolean {
  return role !== 'member';
}

export function postId(bodyId: string, role: string): string {
  return `${bodyId}-${role}`;
}

export function toOrganization(body: BodyRecord, baseUrl: string): Json {
  return {
    id: body.id,
    name: body.name,
    classification: body.kind,
    parent_id: body.parentId,
    created_at: body.createdAt,
    links: [{ url: `${baseUrl}/bodies/${body.slug}`, note: 'Quorum page' }],
    'quorum:slug': body.slug,
    'quorum:is_scrutiny': body.isScrutiny,
    'quorum:size': body.size,
    'quorum:quorum_fraction': body.quorumRule.fraction,
    'quorum:quorum_minimum': body.quorumRule.minimum,
    'quorum:meetings_per_year_min': body.meetingsPerYear?.min ?? null,
    'quorum:meetings_per_year_max': body.meetingsPerYear?.max ?? null,
    'quorum:allows_substitutes': body.allowsSubstitutes,
    'quorum:terms_of_reference': body.termsOfReference.map((t) => ({
      id: t.id,
      adopted_on: t.adoptedOn,
      description: t.description,
      purpose: t.purpose,
      objectives: t.objectives,
      powers: t.powers,
      membership_rules: t.membershipRules,
      quorum_text: t.quorumText,
      frequency_text: t.frequencyText,
      document_id: t.documentId,
    })),
  };
}

export function toPerson(person: PersonRecord, baseUrl: string): Json {
  return {
    id: person.id,
    name: person.displayName,
    honorific_prefix: person.honorific,
    given_name: person.givenName,
    family_name: person.familyName,
    other_names: person.aliases.map((a) => ({
      name: a.alias,
      'quorum:id': a.id,
      'quorum:key': a.key,
      'quorum:source_document_id': a.sourceDocumentId,
    })),
    created_at: person.createdAt,
    links: [{ url: `${baseUrl}/people/${person.slug}`, note: 'Quorum page' }],
    'quorum:slug': person.slug,
    'quorum:kind': person.kind,
    'quorum:merged_into_id': person.mergedIntoId,
  };
}

export function toMembership(m: Sourced<Membership>): Json {
  return {
    id: m.id,
    person_id: m.personId,
    organization_id: m.bodyId,
    role: m.role,
    post_id: hasPost(m.role) ? postId(m.bodyId, m.role) : null,
    start_date: m.startsOn,
    end_date: m.endsOn,
    'quorum:voting_scope': m.votingScope,
    'quorum:party': m.party,
    'quorum:source_document_id': m.sourceDocumentId,
    'quorum:basis': m.basis,
    'quorum:first_seen_on': m.firstSeenOn,
    'quorum:last_seen_on': m.lastSeenOn,
    'quorum:meetings': m.meetings,
    'quorum:statement': m.statement,
  };
}

export function toPost(post: BodyPost): Json {
  const label = ROLE_LABELS[post.role] ?? post.role;
  return {
    id: postId(post.bodyId, post.role),
    label: `${label}, ${post.bodyName}`,
    role: label,
    organization_id: post.bodyId,
  };
}

export function toEvent(m: MeetingAgenda, baseUrl: string): Json {
  return {
    id: m.id,
    name: `${m.body.name}, ${m.date}`,
    classification: 'committee-meeting',
    start_date: m.startTime ? londonToUtcIso(m.date, m.startTime) : m.date,
    location: m.venue,
    status: m.status,
    organization_id: m.bodyId,
    attendees: m.attendees.map((a) => ({ id: a.id, name: a.name })),
    sources: [{ url: `${baseUrl}/meetings/${m.id}`, note: 'Quorum meeting page' }],
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    agenda: m.items.map((i) => toAgendaItem(i, baseUrl)),
    'quorum:date': m.date,
    'quorum:start_time': m.startTime,
    'quorum:started_at': m.startedAt,
    'quorum:ended_at': m.endedAt,
    'quorum:is_remote': m.isRemote,
    'quorum:stream_url': m.streamUrl,
    'quorum:contact_name': m.contactName,
    'quorum:contact_email': m.contactEmail,
    'quorum:contact_phone': m.contactPhone,
    'quorum:municipal_year': m.municipalYear,
    'quorum:revision': m.revision,
  };
}

function toAgendaItem(i: AgendaItemRecord, baseUrl: string): Json {
  return {
    description: i.title,
    order: String(i.position),
    classification: i.standardKind ? [i.standardKind] : [],
    notes: [],
    'quorum:id': i.id,
    'quorum:url': `${baseUrl}/items/${i.id}`,
    'quorum:agenda_number': i.agendaNumber,
    'quorum:minute_number': i.minuteNumber,
    'quorum:description': i.description,
    'quorum:minutes_text': i.minutesText,
    'quorum:standard_kind': i.standardKind,
    'quorum:exempt_paragraph': i.exemptParagraph,
    'quorum:page_start': i.pageStart,
    'quorum:page_end': i.pageEnd,
    'quorum:source_document_id': i.sourceDocumentId,
    'quorum:minute_points': i.points.map((p) => ({
      id: p.id,
      position: p.position,
      label: p.label,
      text: p.text,
      source_document_id: p.sourceDocumentId,
    })),
    'quorum:documents': i.papers.map((d) => ({
      id: d.id,
      document_id: d.documentId,
      title: d.title,
      page_start: d.pageStart,
      page_end: d.pageEnd,
      source_document_id: d.sourceDocumentId,
    })),
  };
}

export function toMotion(r: ResolutionRecord): Json {
  return {
    id: r.id,
    organization_id: r.bodyId,
    legislative_session_id: r.meetingId,
    text: r.text,
    classification: r.kind,
    'quorum:item_id': r.itemId,
    'quorum:position': r.position,
    'quorum:label': r.label,
    'quorum:is_formal': r.isFormal,
    'quorum:source_document_id': r.sourceDocumentId,
    // Popolo's own fields for a motion put to the vote; null for an imported resolution.
    creator_id: r.motion?.moverId ?? null,
    requirement: r.motion?.rule ?? null,
    result: popoloResult(r.motion?.outcome),
    'quorum:motion_kind': r.motion?.kind ?? null,
    'quorum:seconder_id': r.motion?.seconderId ?? null,
  };
}

/** Popolo's result words: the motion passed or failed (a tie not broken by a casting vote fails). */
function popoloResult(outcome: string | null | undefined): string | null {
  if (!outcome) return null;
  return outcome === 'carried' ? 'pass' : 'fail';
}

/** A resolution's recorded votes (one or more, all of it): named votes as Popolo votes, totals as counts. */
export function toVoteEvent(votes: readonly VoteRecord[]): Json {
  const { resolutionId, meetingId, bodyId } = votes[0]!;
  const counts = votes.filter((v) => v.personId === null && v.count !== null);
  const named = votes.filter((v) => !(v.personId === null && v.count !== null));
  return {
    id: `${resolutionId}-votes`,
    motion_id: resolutionId,
    organization_id: bodyId,
    legislative_session_id: meetingId,
    result: popoloResult(votes[0]!.motion?.outcome),
    'quorum:outcome': votes[0]!.motion?.outcome ?? null,
    'quorum:rule': votes[0]!.motion?.rule ?? null,
    'quorum:casting_vote': votes[0]!.motion?.castingVote ?? null,
    counts: counts.map((v) => ({ option: v.choice, value: v.count, 'quorum:id': v.id })),
    votes: named.map((v) => ({ id: v.id, voter_id: v.personId, option: v.choice, 'quorum:count': v.count })),
  };
}

export function toAttendance(a: AttendanceRecord): Json {
  return {
    id: a.id,
    event_id: a.meetingId,
    person_id: a.personId,
    kind: a.kind,
    reason: a.reason,
    substitute_for_id: a.substituteForId,
    capacity: a.capacity,
    role_text: a.roleText,
    position: a.position,
    source_document_id: a.sourceDocumentId,
  };
}

export function toDeclaration(d: Sourced<Declaration>): Json {
  return {
    id: d.id,
    event_id: d.meetingId,
    item_id: d.itemId,
    person_id: d.personId,
    kind: d.kind,
    text: d.text,
    source_document_id: d.sourceDocumentId,
  };
}

export function toRecommendation(r: RecommendationRecord): Json {
  return {
    id: r.id,
    event_id: r.meetingId,
    item_id: r.itemId,
    motion_id: r.resolutionId,
    text: r.text,
    decision_maker: r.decisionMaker,
    sent_on: r.sentOn,
    response_due_on: r.responseDueOn,
    status: r.status,
    // The tracker's columns: the committee, the reference (year and number), the RAG view of progress.
    organization_id: r.tracking.bodyId,
    reference_year: r.tracking.referenceYear,
    reference_number: r.tracking.referenceNumber,
    rag: r.tracking.rag,
    updated_at: r.tracking.updatedAt,
    responses: r.responses.map((x) => ({
      id: x.id,
      responded_on: x.respondedOn,
      acceptance: x.acceptance,
      text: x.text,
      implementation: x.implementation,
      created_at: x.createdAt,
    })),
  };
}

export function toOfficerPost(o: Sourced<OfficerPost>): Json {
  return {
    id: o.id,
    person_id: o.personId,
    job_title: o.jobTitle,
    organisation: o.organisation,
    start_date: o.startsOn,
    end_date: o.endsOn,
    source_document_id: o.sourceDocumentId,
    first_seen_on: o.firstSeenOn,
    last_seen_on: o.lastSeenOn,
    meetings: o.meetings,
  };
}

/** Metadata only: the text and the bytes stay on the portal (`url`). */
export function toDocument(d: SourceDocument, baseUrl: string): Json {
  return {
    id: d.id,
    url: `${baseUrl}/documents/${d.id}`,
    title: d.title,
    media_type: d.mediaType,
    content_hash: d.contentHash,
    origin: publicOrigin(d.origin).url ?? publicOrigin(d.origin).fileName,
    byte_size: d.byteSize,
    page_count: d.pageCount,
    supersedes_id: d.supersedesId,
    imported_at: d.importedAt,
  };
}

/** A work programme topic (`quorum:work_programme`); exempt ones never reach here. */
export function toWorkProgrammeEntry(e: PublicWorkProgrammeEntry): Json {
  return {
    id: e.id,
    organization_id: e.bodyId,
    municipal_year: e.municipalYear,
    topic: e.topic,
    objectives: e.objectives,
    source: e.source,
    source_ref: e.sourceRef,
    status: e.status,
    planned_on: e.plannedOn,
    event_id: e.meetingId,
    executive_member: e.executiveMember,
    executive_member_id: e.executiveMemberId,
    lead_officer: e.leadOfficer,
    lead_officer_id: e.leadOfficerId,
    substantive: e.substantive,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
  };
}

/**
 * A published decision notice (`quorum:decision_notices`) with its call-ins; the meeting and item
 * it was taken at, where known. A notice of an exempt item never reaches here. `updated_at` is the
 * latest change of the notice or a call-in (what a reader watches); the row's own is kept apart, with
 * each call-in's, so that `import-popolo` gives the rows back as they were.
 */
export function toDecisionNotice(n: PublicDecisionNotice, baseUrl: string): Json {
  const fields = decisionNoticeFields(n);
  return {
    id: n.id,
    url: `${baseUrl}/decisions/${n.id}`,
    title: n.title,
    decision: n.decision,
    maker_kind: n.makerKind,
    decision_maker: n.decisionMaker,
    organization_id: n.bodyId,
    event_id: n.meeting?.id ?? null,
    item_id: n.itemId,
    ...fields,
    call_ins: fields.call_ins.map((c, i) => ({
      ...c,
      created_at: n.callIns[i]!.createdAt,
      updated_at: n.callIns[i]!.updatedAt,
    })),
    created_at: n.createdAt,
    updated_at: n.changedAt,
    'quorum:record_updated_at': n.updatedAt,
  };
}

/** A published forward plan entry (`quorum:forward_plan`): the notice of a coming executive decision. */
export function toForwardPlanEntry(e: PublicForwardPlanEntry): Json {
  return {
    id: e.id,
    title: e.title,
    summary: e.summary,
    decision_maker: e.decisionMaker,
    expected_on: e.expectedOn,
    is_key: e.isKey,
    notice_published_on: e.noticePublishedOn,
    exempt_paragraph: e.exemptParagraph,
    documents: e.documents,
    late_notice: e.lateNotice,
    late_reasons: e.lateReasons,
    scrutiny_chair_on: e.scrutinyChairOn,
    status: e.status,
    decision_notice_id: e.decisionNoticeId,
    created_at: e.createdAt,
    updated_at: e.updatedAt,
  };
}
