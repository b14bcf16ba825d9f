import { decisionNoticeFields } from '../../publish/decisionNoticeFields.js';
import type { Body } from '../../domain/body.js';
import type { Person } from '../../domain/person.js';
import { publicOrigin, type DocumentPart, type SourceDocument } from '../../domain/sourceDocument.js';
import type { ItemMoment } from '../../domain/register/registerLine.js';
import type { DecisionAtMeeting } from '../../store/public/publicDecisions.js';
import type { PublicDecisionNotice } from '../../store/public/publicDecisionNotices.js';
import type { PublicMotion } from '../../store/public/publicMinutes.js';
import type { ItemAtMeeting } from '../../store/public/publicItems.js';
import type { MeetingSummary, SourcedResolutionLine } from '../../store/public/publicMeetings.js';
import type { MembershipLine } from '../../store/public/publicPeople.js';
import type { TrackedRecommendation } from '../../store/public/publicRecommendations.js';
import type { SourceLink } from '../../store/public/publicRefs.js';
import { seg, type ApiLinks } from './apiLinks.js';
import type {
  ApiBody,
  ApiDecisionNotice,
  ApiDocument,
  ApiItemMoment,
  ApiMotion,
  ApiItem,
  ApiMeeting,
  ApiMembership,
  ApiPerson,
  ApiRecommendation,
  ApiResolution,
  ApiMeetingResolution,
  BodyRef,
  ItemRef,
  MeetingRef,
  PersonRef,
  Source,
} from './apiSchemas.js';

/** The domain's records as the API's resources (snake_case, absolute links). */

export function bodyRef(links: ApiLinks, b: { id: string; slug: string; name: string }): BodyRef {
  return {
    id: b.id,
    slug: b.slug,
    name: b.name,
    url: links.api(`/bodies/${seg(b.slug)}`),
    html_url: links.html(`/bodies/${seg(b.slug)}`),
  };
}

export function personRef(links: ApiLinks, p: { id: string; slug: string; name: string }): PersonRef {
  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    url: links.api(`/people/${seg(p.slug)}`),
    html_url: links.html(`/people/${seg(p.slug)}`),
  };
}

export function meetingRef(links: ApiLinks, m: { id: string; date: string }): MeetingRef {
  return {
    id: m.id,
    date: m.date,
    url: links.api(`/meetings/${seg(m.id)}`),
    html_url: links.html(`/meetings/${seg(m.id)}`),
  };
}

export function itemRef(links: ApiLinks, id: string): ItemRef {
  return { id, url: links.api(`/items/${seg(id)}`), html_url: links.html(`/items/${seg(id)}`) };
}

export function sourceOf(links: ApiLinks, s: SourceLink | null | undefined): Source | null {
  if (!s) return null;
  return {
    document_id: s.documentId,
    document_url: links.api(`/documents/${seg(s.documentId)}`),
    html_url: links.html(`/documents/${seg(s.documentId)}?at=${s.provenanceId}`),
    page: s.page,
    inferred: s.inferred,
  };
}

export function toBody(links: ApiLinks, b: Body): ApiBody {
  return {
    ...bodyRef(links, b),
    kind: b.kind,
    is_scrutiny: b.isScrutiny,
    parent_id: b.parentId,
    quorum: { fraction: b.quorumRule.fraction, minimum: b.quorumRule.minimum },
    allows_substitutes: b.allowsSubstitutes,
    meetings_url: links.api(`/meetings?body=${seg(b.slug)}`),
  };
}

export function toPerson(links: ApiLinks, p: Person): ApiPerson {
  return {
    ...personRef(links, { id: p.id, slug: p.slug, name: p.displayName }),
    honorific: p.honorific,
    given_name: p.givenName,
    family_name: p.familyName,
    kind: p.kind,
  };
}

export function toMembership(links: ApiLinks, m: MembershipLine): ApiMembership {
  const person = personRef(links, m.person);
  return {
    id: m.id,
    url: links.api(`/memberships/${seg(m.id)}`),
    html_url: person.html_url,
    person,
    body: bodyRef(links, m.body),
    role: m.role,
    voting_scope: m.votingScope,
    party: m.party,
    starts_on: m.startsOn,
    ends_on: m.endsOn,
    basis: m.basis,
    first_seen: m.firstSeenOn,
    last_seen: m.lastSeenOn,
    statement: m.statement,
  };
}

export function toMeeting(links: ApiLinks, m: MeetingSummary): ApiMeeting {
  return {
    ...meetingRef(links, m),
    body: bodyRef(links, m.body),
    start_time: m.startTime,
    started_at: m.startedAt,
    ended_at: m.endedAt,
    venue: m.venue,
    is_remote: m.isRemote,
    stream_url: m.streamUrl,
    status: m.status,
    municipal_year: m.municipalYear,
    contact: { name: m.contactName, email: m.contactEmail, phone: m.contactPhone },
    item_count: m.publicItemCount,
    items_url: links.api(`/items?meeting=${seg(m.id)}`),
  };
}

export function toItem(links: ApiLinks, i: ItemAtMeeting): ApiItem {
  return {
    ...itemRef(links, i.id),
    meeting: meetingRef(links, i.meeting),
    body: bodyRef(links, i.body),
    position: i.position,
    agenda_number: i.agendaNumber,
    minute_number: i.minuteNumber,
    title: i.title,
    description: i.description,
    standard_kind: i.standardKind,
    page_start: i.pageStart,
    page_end: i.pageEnd,
  };
}

/** A resolution on an item links to its row on the item's page; a meeting's own, to its row on the meeting page. */
export function toResolution(links: ApiLinks, r: DecisionAtMeeting): ApiResolution {
  const page = r.item ? `/items/${seg(r.item.id)}` : `/meetings/${seg(r.meeting.id)}`;
  return {
    id: r.id,
    url: links.api(`/resolutions/${seg(r.id)}`),
    html_url: links.html(`${page}#resolution-${seg(r.id)}`),
    item: r.item ? itemRef(links, r.item.id) : null,
    meeting: meetingRef(links, r.meeting),
    body: bodyRef(links, r.body),
    position: r.position,
    label: r.label,
    kind: r.kind,
    is_formal: r.isFormal,
    text: r.text,
    source: sourceOf(links, r.source),
    motion: r.motion ? toMotion(links, r.motion) : null,
  };
}

/** A meeting's own resolution (no item): its place is the meeting page. */
export function toMeetingResolution(links: ApiLinks, r: SourcedResolutionLine): ApiMeetingResolution {
  return {
    id: r.id,
    url: links.api(`/resolutions/${seg(r.id)}`),
    html_url: links.html(`/meetings/${seg(r.meetingId)}#resolution-${seg(r.id)}`),
    position: r.position,
    label: r.label,
    kind: r.kind,
    is_formal: r.isFormal,
    text: r.text,
    source: sourceOf(links, r.source),
  };
}

export function toMotion(links: ApiLinks, m: PublicMotion): ApiMotion {
  return {
    kind: m.kind,
    mover: m.moverRef ? personRef(links, m.moverRef) : null,
    seconder: m.seconderRef ? personRef(links, m.seconderRef) : null,
    rule: m.rule,
    result: m.outcome,
    result_reason: m.reason,
    casting_vote: m.castingVote,
    tally: m.tally,
    votes: m.recordedBy.map((v) => ({ person: personRef(links, v.person), vote: v.choice })),
  };
}

export function toItemMoment(links: ApiLinks, m: ItemMoment): ApiItemMoment {
  return { item: m.itemId ? itemRef(links, m.itemId) : null, during: m.during, time: m.time };
}

export function toDecisionNotice(links: ApiLinks, n: PublicDecisionNotice): ApiDecisionNotice {
  return {
    id: n.id,
    url: links.api(`/decision-notices/${seg(n.id)}`),
    html_url: links.html(`/decisions/${seg(n.id)}`),
    title: n.title,
    decision: n.decision,
    maker_kind: n.makerKind,
    decision_maker: n.decisionMaker,
    body: n.body && n.bodyId ? bodyRef(links, { id: n.bodyId, ...n.body }) : null,
    ...decisionNoticeFields(n),
    meeting: n.meeting ? meetingRef(links, n.meeting) : null,
    item: n.itemId ? itemRef(links, n.itemId) : null,
    modified: n.changedAt,
  };
}

export function toDocument(links: ApiLinks, d: SourceDocument): ApiDocument {
  return {
    id: d.id,
    url: links.api(`/documents/${seg(d.id)}`),
    html_url: links.html(`/documents/${seg(d.id)}`),
    title: d.title,
    file_name: publicOrigin(d.origin).fileName,
    origin_url: publicOrigin(d.origin).url,
    media_type: d.mediaType,
    byte_size: d.byteSize,
    page_count: d.pageCount,
    content_hash: d.contentHash,
    supersedes_id: d.supersedesId,
    imported_at: d.importedAt,
  };
}

export function toDocumentPart(p: Pick<DocumentPart, 'position' | 'kind' | 'title' | 'pageStart' | 'pageEnd'>): {
  position: number;
  kind: string;
  title: string;
  page_start: number | null;
  page_end: number | null;
} {
  return { position: p.position, kind: p.kind, title: p.title, page_start: p.pageStart, page_end: p.pageEnd };
}

export function toRecommendation(links: ApiLinks, r: TrackedRecommendation): ApiRecommendation {
  return {
    id: r.id,
    url: links.api(`/recommendations/${seg(r.id)}`),
    html_url: r.itemId ? links.html(`/items/${seg(r.itemId)}`) : links.html(`/meetings/${seg(r.meetingId)}`),
    meeting: meetingRef(links, r.meeting),
    body: bodyRef(links, r.body),
    item: r.itemId ? itemRef(links, r.itemId) : null,
    resolution_id: r.resolutionId,
    text: r.text,
    decision_maker: r.decisionMaker,
    sent_on: r.sentOn,
    response_due_on: r.responseDueOn,
    status: r.status,
    responses: r.responses.map((x) => ({
      id: x.id,
      responded_on: x.respondedOn,
      acceptance: x.acceptance,
      text: x.text,
      implementation: x.implementation,
    })),
  };
}
