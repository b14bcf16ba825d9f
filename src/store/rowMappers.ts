import type { Selectable } from 'kysely';
import type { AgendaItem, ItemDocument, StandardItemKind } from '../domain/agendaItem.js';
import type { Attendance, AttendanceCapacity, AttendanceKind } from '../domain/attendance.js';
import type { Body, BodyKind, TermsOfReference } from '../domain/body.js';
import type { Declaration, DeclarationConduct, DeclarationKind } from '../domain/declaration.js';
import type { Meeting, MeetingStatus } from '../domain/meeting.js';
import type { MeetingChange, MeetingChangeKind } from '../domain/schedule/meetingChange.js';
import type { Membership, MembershipBasis, MembershipRole, VotingScope } from '../domain/membership.js';
import type { MinutePoint, Resolution, ResolutionKind, Vote, VoteChoice } from '../domain/minutes.js';
import type { OfficerPost, Person, PersonAlias, PersonKind } from '../domain/person.js';
import type {
  Acceptance,
  Recommendation,
  RecommendationResponse,
  RecommendationStatus,
} from '../domain/recommendation.js';
import type { DocumentPart, DocumentPartKind, MediaType, SourceDocument } from '../domain/sourceDocument.js';
import type { WorkProgrammeEntry, WorkProgrammeSource, WorkProgrammeStatus } from '../domain/workProgramme.js';
import type { IsoDate } from '../domain/isoDateType.js';
import type {
  AgendaItemTable,
  AttendanceTable,
  BodyTable,
  DeclarationTable,
  DocumentPartTable,
  DocumentTable,
  ItemDocumentTable,
  MeetingChangeTable,
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
  WorkProgrammeEntryTable,
} from './database.js';

/*
 * Rows to the domain's types, in one place. Columns hold 0/1 for booleans and plain text for
 * the domain's closed sets: the schema's CHECK constraints and the writers keep them in range.
 */

export function toBody(r: BodyTable): Body {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    kind: r.kind as BodyKind,
    parentId: r.parentId,
    isScrutiny: r.isScrutiny === 1,
    size: r.size,
    quorumRule: { fraction: r.quorumFraction, minimum: r.quorumMinimum },
    meetingsPerYear:
      r.meetingsPerYearMin !== null && r.meetingsPerYearMax !== null
        ? { min: r.meetingsPerYearMin, max: r.meetingsPerYearMax }
        : null,
    allowsSubstitutes: r.allowsSubstitutes === 1,
  };
}

export function toTermsOfReference(r: TermsOfReferenceTable): TermsOfReference {
  return { ...r };
}

export function toMeeting(r: MeetingTable): Meeting {
  return {
    id: r.id,
    bodyId: r.bodyId,
    date: r.date,
    startTime: r.startTime,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    venue: r.venue,
    isRemote: r.isRemote === 1,
    streamUrl: r.streamUrl,
    status: r.status as MeetingStatus,
    contactName: r.contactName,
    contactEmail: r.contactEmail,
    contactPhone: r.contactPhone,
    municipalYear: r.municipalYear,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    revision: Number(r.revision),
  };
}

export function toAgendaItem(r: AgendaItemTable): AgendaItem {
  return {
    id: r.id,
    meetingId: r.meetingId,
    position: r.position,
    agendaNumber: r.agendaNumber,
    minuteNumber: r.minuteNumber,
    title: r.title,
    description: r.description,
    minutesText: r.minutesText,
    standardKind: r.standardKind as StandardItemKind | null,
    isExempt: r.isExempt === 1,
    exemptParagraph: r.exemptParagraph,
    pageStart: r.pageStart,
    pageEnd: r.pageEnd,
  };
}

export function toItemDocument(r: ItemDocumentTable): ItemDocument {
  return {
    id: r.id,
    itemId: r.itemId,
    documentId: r.documentId,
    title: r.title,
    pageStart: r.pageStart,
    pageEnd: r.pageEnd,
  };
}

export function toAttendance(r: AttendanceTable): Attendance {
  return {
    id: r.id,
    meetingId: r.meetingId,
    personId: r.personId,
    kind: r.kind as AttendanceKind,
    reason: r.reason,
    substituteForId: r.substituteForId,
    capacity: r.capacity as AttendanceCapacity | null,
    roleText: r.roleText,
    position: r.position,
  };
}

export function toDeclaration(r: DeclarationTable): Declaration {
  return {
    id: r.id,
    meetingId: r.meetingId,
    itemId: r.itemId,
    personId: r.personId,
    kind: r.kind as DeclarationKind,
    text: r.text,
  };
}

/** What the member did about an interest (0/1 columns, null where the record does not say). */
export function toDeclarationConduct(r: {
  leftRoom: number | null;
  tookNoPart: number | null;
  dispensation: number | null;
}): DeclarationConduct {
  const flag = (v: number | null): boolean | null => (v === null ? null : Number(v) === 1);
  return { leftRoom: flag(r.leftRoom), tookNoPart: flag(r.tookNoPart), dispensation: flag(r.dispensation) };
}

export function toMinutePoint(r: MinutePointTable): MinutePoint {
  return { id: r.id, itemId: r.itemId, position: r.position, label: r.label, text: r.text };
}

export function toResolution(r: ResolutionTable): Resolution {
  return {
    id: r.id,
    meetingId: r.meetingId,
    itemId: r.itemId,
    position: r.position,
    label: r.label,
    kind: r.kind as ResolutionKind,
    isFormal: r.isFormal === 1,
    text: r.text,
  };
}

export function toVote(r: VoteTable): Vote {
  return {
    id: r.id,
    resolutionId: r.resolutionId,
    personId: r.personId,
    choice: r.choice as VoteChoice,
    count: r.count,
  };
}

export function toRecommendation(r: RecommendationTable): Recommendation {
  return {
    id: r.id,
    resolutionId: r.resolutionId,
    meetingId: r.meetingId,
    itemId: r.itemId,
    text: r.text,
    decisionMaker: r.decisionMaker,
    sentOn: r.sentOn,
    responseDueOn: r.responseDueOn,
    status: r.status as RecommendationStatus,
  };
}

export function toRecommendationResponse(r: RecommendationResponseTable): RecommendationResponse {
  return {
    id: r.id,
    recommendationId: r.recommendationId,
    respondedOn: r.respondedOn,
    acceptance: r.acceptance as Acceptance,
    text: r.text,
    implementation: r.implementation,
  };
}

export function toPerson(r: PersonTable): Person {
  return {
    id: r.id,
    slug: r.slug,
    displayName: r.displayName,
    honorific: r.honorific,
    givenName: r.givenName,
    familyName: r.familyName,
    kind: r.kind as PersonKind,
    mergedIntoId: r.mergedIntoId,
    createdAt: r.createdAt,
  };
}

export function toPersonAlias(r: PersonAliasTable): PersonAlias {
  return { personId: r.personId, alias: r.alias, key: r.key };
}

export function toMembership(r: Selectable<MembershipTable>): Membership {
  return {
    id: r.id,
    personId: r.personId,
    bodyId: r.bodyId,
    role: r.role as MembershipRole,
    votingScope: r.votingScope as VotingScope,
    party: r.party,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    basis: r.basis as MembershipBasis,
    firstSeenOn: r.firstSeenOn,
    lastSeenOn: r.lastSeenOn,
    meetings: r.meetings === null ? null : Number(r.meetings),
    statement: r.statement,
  };
}

export function toOfficerPost(r: Selectable<OfficerPostTable>): OfficerPost {
  return {
    id: r.id,
    personId: r.personId,
    jobTitle: r.jobTitle,
    organisation: r.organisation,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    firstSeenOn: r.firstSeenOn,
    lastSeenOn: r.lastSeenOn,
    meetings: r.meetings === null ? null : Number(r.meetings),
  };
}

/** A document's record without its text, which can be large: read the text only where it is shown. */
export type DocumentMetaRow = Omit<DocumentTable, 'text' | 'pageStarts'>;

export const DOCUMENT_META_COLUMNS = [
  'id',
  'contentHash',
  'mediaType',
  'origin',
  'title',
  'byteSize',
  'pageCount',
  'supersedesId',
  'importedAt',
] as const satisfies readonly (keyof DocumentTable)[];

export function toSourceDocument(r: DocumentMetaRow): SourceDocument {
  return {
    id: r.id,
    contentHash: r.contentHash,
    mediaType: r.mediaType as MediaType,
    origin: r.origin,
    title: r.title,
    byteSize: r.byteSize,
    pageCount: r.pageCount,
    supersedesId: r.supersedesId,
    importedAt: r.importedAt,
  };
}

export function toDocumentPart(r: DocumentPartTable): DocumentPart {
  return { ...r, kind: r.kind as DocumentPartKind };
}

export function toWorkProgrammeEntry(r: Selectable<WorkProgrammeEntryTable>): WorkProgrammeEntry {
  return {
    ...r,
    plannedOn: r.plannedOn as IsoDate | null,
    status: r.status as WorkProgrammeStatus,
    source: r.source as WorkProgrammeSource | null,
    substantive: Number(r.substantive) === 1,
    exempt: Number(r.exempt) === 1,
    version: Number(r.version),
  };
}

/** Page starts are kept as JSON text; a missing or damaged value reads as "not paginated". */
export function pageStartsOf(text: string | null): number[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((n): n is number => typeof n === 'number') : [];
  } catch {
    return [];
  }
}

export function toMeetingChange(r: MeetingChangeTable): MeetingChange {
  return { ...r, kind: r.kind as MeetingChangeKind };
}
