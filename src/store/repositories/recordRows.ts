import type { Insertable } from 'kysely';
import type { ItemDocument } from '../../domain/agendaItem.js';
import type { TermsOfReference } from '../../domain/body.js';
import type { Declaration } from '../../domain/declaration.js';
import type { Meeting } from '../../domain/meeting.js';
import type { Membership } from '../../domain/membership.js';
import type { MinutePoint, Resolution, Vote } from '../../domain/minutes.js';
import type { OfficerPost } from '../../domain/person.js';
import type { Recommendation } from '../../domain/recommendation.js';
import type { SourceDocument } from '../../domain/sourceDocument.js';
import type {
  AgendaItemTable,
  AttendanceTable,
  BodyTable,
  DeclarationTable,
  DocumentTable,
  ItemDocumentTable,
  MeetingTable,
  MembershipTable,
  MinutePointTable,
  OfficerPostTable,
  PersonAliasTable,
  PersonTable,
  RecommendationResponseTable,
  RecommendationTable,
  ResolutionTable,
  TermsOfReferenceTable,
  VoteTable,
} from '../database.js';
import type { AgendaItemRecord } from '../public/record/recordAgendas.js';
import type { AttendanceRecord } from '../public/record/recordAttendance.js';
import type { BodyRecord } from '../public/record/recordBodies.js';
import type { AliasRecord, PersonRecord } from '../public/record/recordPeople.js';
import type { ResponseRecord } from '../public/record/recordRecommendations.js';
import type { Sourced } from '../public/record/sourced.js';

/*
 * The public record's types back to rows, the inverse of rowMappers.ts, for loading a record
 * exported elsewhere. Each names its columns, so a record carrying more (a resolution with its
 * meeting) still writes only its own.
 */

const flag = (value: boolean): number => (value ? 1 : 0);

/** Without the link to the document it supersedes, which the loader sets once all are written. */
export function documentRow(d: SourceDocument): DocumentTable {
  return {
    id: d.id,
    contentHash: d.contentHash,
    mediaType: d.mediaType,
    origin: d.origin,
    title: d.title,
    byteSize: d.byteSize,
    pageCount: d.pageCount,
    text: null,
    pageStarts: null,
    supersedesId: null,
    importedAt: d.importedAt,
  };
}

/** Without the parent body, which the loader sets once all are written. */
export function bodyRow(b: BodyRecord): BodyTable {
  return {
    id: b.id,
    slug: b.slug,
    name: b.name,
    kind: b.kind,
    parentId: null,
    isScrutiny: flag(b.isScrutiny),
    size: b.size,
    quorumFraction: b.quorumRule.fraction,
    quorumMinimum: b.quorumRule.minimum,
    meetingsPerYearMin: b.meetingsPerYear?.min ?? null,
    meetingsPerYearMax: b.meetingsPerYear?.max ?? null,
    allowsSubstitutes: flag(b.allowsSubstitutes),
    createdAt: b.createdAt,
  };
}

export function termsOfReferenceRow(t: TermsOfReference): TermsOfReferenceTable {
  return {
    id: t.id,
    bodyId: t.bodyId,
    adoptedOn: t.adoptedOn,
    description: t.description,
    purpose: t.purpose,
    objectives: t.objectives,
    powers: t.powers,
    membershipRules: t.membershipRules,
    quorumText: t.quorumText,
    frequencyText: t.frequencyText,
    documentId: t.documentId,
  };
}

/** Without the person it was merged into, which the loader sets once all are written. */
export function personRow(p: PersonRecord): PersonTable {
  return {
    id: p.id,
    slug: p.slug,
    displayName: p.displayName,
    honorific: p.honorific,
    givenName: p.givenName,
    familyName: p.familyName,
    kind: p.kind,
    mergedIntoId: null,
    createdAt: p.createdAt,
  };
}

export function aliasRow(a: AliasRecord): PersonAliasTable {
  return { id: a.id, personId: a.personId, alias: a.alias, key: a.key, sourceDocumentId: a.sourceDocumentId };
}

export function membershipRow(m: Sourced<Membership>): Insertable<MembershipTable> {
  return {
    id: m.id,
    personId: m.personId,
    bodyId: m.bodyId,
    role: m.role,
    votingScope: m.votingScope,
    party: m.party,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    sourceDocumentId: m.sourceDocumentId,
    basis: m.basis,
    firstSeenOn: m.firstSeenOn,
    lastSeenOn: m.lastSeenOn,
    meetings: m.meetings,
    statement: m.statement,
  };
}

export function officerPostRow(o: Sourced<OfficerPost>): Insertable<OfficerPostTable> {
  return {
    id: o.id,
    personId: o.personId,
    jobTitle: o.jobTitle,
    organisation: o.organisation,
    startsOn: o.startsOn,
    endsOn: o.endsOn,
    sourceDocumentId: o.sourceDocumentId,
    firstSeenOn: o.firstSeenOn,
    lastSeenOn: o.lastSeenOn,
    meetings: o.meetings,
  };
}

export function meetingRow(m: Meeting): MeetingTable {
  return {
    id: m.id,
    bodyId: m.bodyId,
    date: m.date,
    startTime: m.startTime,
    startedAt: m.startedAt,
    endedAt: m.endedAt,
    venue: m.venue,
    isRemote: flag(m.isRemote),
    streamUrl: m.streamUrl,
    status: m.status,
    contactName: m.contactName,
    contactEmail: m.contactEmail,
    contactPhone: m.contactPhone,
    municipalYear: m.municipalYear,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    revision: m.revision,
  };
}

export function agendaItemRow(i: AgendaItemRecord): AgendaItemTable {
  return {
    id: i.id,
    meetingId: i.meetingId,
    position: i.position,
    agendaNumber: i.agendaNumber,
    minuteNumber: i.minuteNumber,
    title: i.title,
    description: i.description,
    minutesText: i.minutesText,
    standardKind: i.standardKind,
    isExempt: flag(i.isExempt),
    exemptParagraph: i.exemptParagraph,
    pageStart: i.pageStart,
    pageEnd: i.pageEnd,
    sourceDocumentId: i.sourceDocumentId,
  };
}

export function minutePointRow(p: Sourced<MinutePoint>): MinutePointTable {
  return {
    id: p.id,
    itemId: p.itemId,
    position: p.position,
    label: p.label,
    text: p.text,
    sourceDocumentId: p.sourceDocumentId,
  };
}

export function itemDocumentRow(d: Sourced<ItemDocument>): ItemDocumentTable {
  return {
    id: d.id,
    itemId: d.itemId,
    documentId: d.documentId,
    title: d.title,
    pageStart: d.pageStart,
    pageEnd: d.pageEnd,
    sourceDocumentId: d.sourceDocumentId,
  };
}

export function resolutionRow(r: Sourced<Resolution>): ResolutionTable {
  return {
    id: r.id,
    meetingId: r.meetingId,
    itemId: r.itemId,
    position: r.position,
    label: r.label,
    kind: r.kind,
    isFormal: flag(r.isFormal),
    text: r.text,
    sourceDocumentId: r.sourceDocumentId,
  };
}

export function voteRow(v: Vote): VoteTable {
  return { id: v.id, resolutionId: v.resolutionId, personId: v.personId, choice: v.choice, count: v.count };
}

export function attendanceRow(a: AttendanceRecord): AttendanceTable {
  return {
    id: a.id,
    meetingId: a.meetingId,
    personId: a.personId,
    kind: a.kind,
    reason: a.reason,
    substituteForId: a.substituteForId,
    capacity: a.capacity,
    roleText: a.roleText,
    position: a.position,
    sourceDocumentId: a.sourceDocumentId,
  };
}

export function declarationRow(d: Sourced<Declaration>): DeclarationTable {
  return {
    id: d.id,
    meetingId: d.meetingId,
    itemId: d.itemId,
    personId: d.personId,
    kind: d.kind,
    text: d.text,
    sourceDocumentId: d.sourceDocumentId,
  };
}

export function recommendationRow(r: Recommendation): RecommendationTable {
  return {
    id: r.id,
    resolutionId: r.resolutionId,
    meetingId: r.meetingId,
    itemId: r.itemId,
    text: r.text,
    decisionMaker: r.decisionMaker,
    sentOn: r.sentOn,
    responseDueOn: r.responseDueOn,
    status: r.status,
  };
}

export function responseRow(x: ResponseRecord): RecommendationResponseTable {
  return {
    id: x.id,
    recommendationId: x.recommendationId,
    respondedOn: x.respondedOn,
    acceptance: x.acceptance,
    text: x.text,
    implementation: x.implementation,
    createdAt: x.createdAt,
  };
}
