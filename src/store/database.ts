import type { Generated } from 'kysely';

/**
 * Row types of every table, in camelCase (the CamelCasePlugin maps them to snake_case columns).
 * Booleans are 0/1 integers and dates ISO text on both engines, so the same code reads both.
 */
export interface Database {
  settings: { key: string; value: string };
  municipalYears: { label: string; startsOn: string; endsOn: string };
  bankHolidays: { date: string; name: string };
  bodies: BodyTable;
  termsOfReference: TermsOfReferenceTable;
  people: PersonTable;
  personAliases: PersonAliasTable;
  personMerges: PersonMergeTable;
  memberships: MembershipTable;
  officerPosts: OfficerPostTable;
  reviewFlags: ReviewFlagTable;
  personChanges: PersonChangeTable;
  documents: DocumentTable;
  documentBlobs: { contentHash: string; bytes: Uint8Array };
  documentParts: DocumentPartTable;
  unplacedDocuments: UnplacedDocumentTable;
  unplacedRecommendations: UnplacedRecommendationTable;
  withheldPassages: WithheldPassageTable;
  meetings: MeetingTable;
  agendaItems: AgendaItemTable;
  itemDocuments: ItemDocumentTable;
  attendance: AttendanceTable;
  declarations: DeclarationTable & DeclarationConductColumns;
  minutePoints: MinutePointTable;
  resolutions: ResolutionTable;
  votes: VoteTable;
  meetingMinutes: MeetingMinutesTable;
  minuteAmendments: MinuteAmendmentTable;
  recommendations: RecommendationTable;
  recommendationResponses: RecommendationResponseTable;
  workProgrammeEntries: WorkProgrammeEntryTable;
  workProgrammeScores: WorkProgrammeScoreTable;
  provenance: ProvenanceTable;
  searchEntries: SearchEntryTable;
  itemTerms: { itemId: string; term: string };
  accounts: AccountTable;
  accountBodies: { accountId: string; bodyId: string };
  sessions: SessionTable;
  keptForms: KeptFormTable;
  signInLinks: SignInLinkTable;
  auditLog: AuditLogTable;
  absenceApprovals: AbsenceApprovalTable;
  decisionNotices: DecisionNoticeTable;
  forwardPlanEntries: ForwardPlanEntryTable;
  callInRequests: CallInRequestTable;
  resolutionActions: ResolutionActionTable;
  interestEntries: InterestEntryTable;
  interestReviews: InterestReviewTable;
  interestEntryStates: InterestEntryStateTable;
  meetingChanges: MeetingChangeTable;
  agendas: AgendaTable;
  agendaEntries: AgendaEntryTable;
  agendaPapers: AgendaPaperTable;
  agendaPublications: AgendaPublicationTable;
  bodySeats: { bodyId: string; party: string; seats: number };
  corrections: CorrectionTable;
  /** One row (id 1): the store-wide data version (migration 0013). */
  dataVersion: { id: number; version: number | string; changedAt: string };
  digestDeliveries: DigestDeliveryTable;
}

export interface AccountTable {
  id: string;
  email: string;
  role: string;
  passwordHash: string | null;
  active: number;
  createdAt: string;
  updatedAt: string;
}

export interface SessionTable {
  tokenHash: string;
  accountId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface InterestEntryStateTable {
  entryId: string;
  version: number;
  endedOn: string | null;
  endRegisteredOn: string | null;
  updatedAt: string;
}

export interface KeptFormTable {
  tokenHash: string;
  accountId: string;
  pagePath: string;
  action: string;
  fieldsJson: string;
  createdAt: string;
  expiresAt: string;
}

export interface SignInLinkTable {
  tokenHash: string;
  accountId: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface CorrectionTable {
  id: string;
  subjectKind: string;
  subjectId: string;
  field: string;
  documentValue: string | null;
  correctedValue: string | null;
  sourceDocumentId: string | null;
  correctedBy: string;
  correctedAt: string;
  changeId: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor: string;
  action: string;
  subjectKind: string;
  subjectId: string;
  beforeJson: string | null;
  afterJson: string | null;
}

export interface BodyTable {
  id: string;
  slug: string;
  name: string;
  kind: string;
  parentId: string | null;
  isScrutiny: number;
  size: number | null;
  quorumFraction: number;
  quorumMinimum: number;
  meetingsPerYearMin: number | null;
  meetingsPerYearMax: number | null;
  allowsSubstitutes: number;
  createdAt: string;
  /**
   * Moves on by one with each clerk's save (migration 0023): optimistic locking. Optional here so
   * that row types stay plain; the column is NOT NULL DEFAULT 1, so every stored row has one.
   */
  version?: number;
}

export interface TermsOfReferenceTable {
  id: string;
  bodyId: string;
  adoptedOn: string | null;
  description: string | null;
  purpose: string | null;
  objectives: string | null;
  powers: string | null;
  membershipRules: string | null;
  quorumText: string | null;
  frequencyText: string | null;
  documentId: string | null;
}

export interface PersonTable {
  id: string;
  slug: string;
  displayName: string;
  honorific: string | null;
  givenName: string | null;
  familyName: string | null;
  kind: string;
  /** Set while a merge says this is the same person as another: reversible, nothing is deleted. */
  mergedIntoId: string | null;
  createdAt: string;
  /**
   * Moves on by one with each clerk's save (migration 0023): optimistic locking. Optional here so
   * that row types stay plain; the column is NOT NULL DEFAULT 1, so every stored row has one.
   */
  version?: number;
}

export interface PersonAliasTable {
  id: string;
  personId: string;
  alias: string;
  key: string;
  sourceDocumentId: string | null;
}

export interface PersonMergeTable {
  id: string;
  keptPersonId: string;
  mergedPersonId: string;
  score: number;
  evidence: string;
  status: string;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
}

export interface MembershipTable {
  id: string;
  personId: string;
  bodyId: string;
  role: string;
  votingScope: string;
  party: string | null;
  startsOn: string | null;
  endsOn: string | null;
  sourceDocumentId: string | null;
  basis: Generated<string>;
  firstSeenOn: string | null;
  lastSeenOn: string | null;
  meetings: number | null;
  statement: string | null;
  /** The account that entered or corrected the row; null for what documents gave. */
  enteredBy: Generated<string | null>;
  /**
   * Moves on by one with each clerk's save (migration 0023): optimistic locking. Optional here so
   * that row types stay plain; the column is NOT NULL DEFAULT 1, so every stored row has one.
   */
  version?: number;
}

export interface OfficerPostTable {
  id: string;
  personId: string;
  jobTitle: string;
  organisation: string | null;
  startsOn: string | null;
  endsOn: string | null;
  sourceDocumentId: string | null;
  firstSeenOn: string | null;
  lastSeenOn: string | null;
  meetings: number | null;
  /** The account that entered or corrected the post; null for what documents gave. */
  enteredBy: Generated<string | null>;
  /**
   * Moves on by one with each clerk's save (migration 0023): optimistic locking. Optional here so
   * that row types stay plain; the column is NOT NULL DEFAULT 1, so every stored row has one.
   */
  version?: number;
}

export interface ReviewFlagTable {
  id: string;
  kind: string;
  meetingId: string | null;
  personId: string | null;
  subjectId: string | null;
  message: string;
  sourceDocumentId: string | null;
  createdAt: string;
  dismissedAt: string | null;
  dismissedBy: string | null;
}

export interface PersonChangeTable {
  id: string;
  kind: string;
  personId: string;
  otherPersonId: string | null;
  madeBy: string;
  madeAt: string;
  before: string;
  after: string;
  undoesId: string | null;
  undoneById: string | null;
}

export interface DocumentTable {
  id: string;
  contentHash: string;
  mediaType: string;
  origin: string;
  title: string | null;
  byteSize: number;
  pageCount: number | null;
  text: string | null;
  pageStarts: string | null;
  supersedesId: string | null;
  importedAt: string;
}

/** A stored document whose meeting could not be placed, waiting for a clerk (`quorum documents review`). */
export interface UnplacedDocumentTable {
  documentId: string;
  /** Why: one line, as the import printed it. */
  reason: string;
  recordedAt: string;
}

/** A recommendation the import found in a document it could not place, waiting for the document to be filed. */
export interface UnplacedRecommendationTable {
  documentId: string;
  position: number;
  /** The item's title as the document gives it; null for an untitled fragment. */
  itemTitle: string | null;
  text: string;
  startOffset: number | null;
  endOffset: number | null;
}

/** A passage of a document the public may not read, found by the reader rather than through a filed item. */
export interface WithheldPassageTable {
  documentId: string;
  startOffset: number;
  endOffset: number;
}

export interface DocumentPartTable {
  id: string;
  documentId: string;
  position: number;
  kind: string;
  title: string;
  pageStart: number | null;
  pageEnd: number | null;
  startOffset: number;
  endOffset: number;
}

export interface MeetingTable {
  id: string;
  bodyId: string;
  date: string;
  startTime: string | null;
  startedAt: string | null;
  endedAt: string | null;
  venue: string | null;
  isRemote: number;
  streamUrl: string | null;
  status: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  municipalYear: string | null;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export interface AgendaItemTable {
  id: string;
  meetingId: string;
  position: number;
  agendaNumber: string | null;
  minuteNumber: string | null;
  title: string;
  description: string | null;
  minutesText: string | null;
  standardKind: string | null;
  isExempt: number;
  exemptParagraph: number | null;
  pageStart: number | null;
  pageEnd: number | null;
  sourceDocumentId: string | null;
  /** Written minutes (0021): bumped on each save, so a stale form is refused. Imports leave it alone. */
  minutesVersion?: number;
  /** The item's place in the minutes, where it differs from the agenda's (0021). */
  minutePosition?: number | null;
}

export interface ItemDocumentTable {
  id: string;
  itemId: string;
  documentId: string | null;
  title: string;
  pageStart: number | null;
  pageEnd: number | null;
  sourceDocumentId: string | null;
}

export interface AttendanceTable {
  id: string;
  meetingId: string;
  personId: string;
  kind: string;
  reason: string | null;
  substituteForId: string | null;
  capacity: string | null;
  roleText: string | null;
  position: number;
  sourceDocumentId: string | null;
}

/**
 * Columns of the written register (migration 0019), declared apart from the tables they extend and
 * added with `db.withTables<RegisterTables>()` by the code that reads or writes them: every other
 * query, mapper and insert of `attendance` and `meetings` stays as it was, the database filling
 * these columns with their defaults.
 */
// A type alias, not an interface: `withTables` wants a record type, which an interface is not.
export type RegisterTables = {
  attendance: {
    /** 1 when taking part remotely. */
    remote: number;
    arrivedItemId: string | null;
    /** 1: arrived during the item; 0: before it. */
    arrivedDuring: number;
    /** HH:MM. */
    arrivedAt: string | null;
    leftItemId: string | null;
    /** 1: left during the item; 0: after it. */
    leftDuring: number;
    leftAt: string | null;
  };
  meetings: {
    /** Raised by one at every save of the written register (optimistic locking). */
    registerVersion: number;
  };
};

export interface DeclarationTable {
  id: string;
  meetingId: string;
  itemId: string | null;
  personId: string;
  kind: string;
  text: string;
  sourceDocumentId: string | null;
}

/** What the member did, 0/1 as the clerk recorded it; null where the record does not say (imports). */
export interface DeclarationConductColumns {
  leftRoom: Generated<number | null>;
  tookNoPart: Generated<number | null>;
  dispensation: Generated<number | null>;
}

export interface InterestEntryTable {
  id: string;
  personId: string;
  category: string;
  description: string;
  aroseOn: string;
  registeredOn: string;
  sensitive: number;
  createdAt: string;
  updatedAt: string;
}

export interface InterestReviewTable {
  personId: string;
  reviewedOn: string;
  recordedAt: string;
  recordedBy: string;
}

export interface MinutePointTable {
  id: string;
  itemId: string;
  position: number;
  label: string | null;
  text: string;
  sourceDocumentId: string | null;
}

export interface ResolutionTable {
  id: string;
  /** The meeting that resolved (0033). */
  meetingId: string;
  /** Null for a meeting's own resolution: minutes with no items to hold it (0033). */
  itemId: string | null;
  position: number;
  label: string | null;
  kind: string;
  isFormal: number;
  text: string;
  sourceDocumentId: string | null;
  /** A motion or amendment put to the meeting (0021); null for a resolution read or written as text. */
  motionKind?: string | null;
  moverId?: string | null;
  seconderId?: string | null;
  voteRule?: string | null;
  voteMembership?: number | null;
  castingVote?: string | null;
  outcome?: string | null;
  outcomeReason?: string | null;
}

/** Whether a meeting's written minutes are a draft or confirmed (0021); no row: imported, so confirmed. */
export interface MeetingMinutesTable {
  meetingId: string;
  status: string;
  confirmedByMeetingId: string | null;
  confirmedAt: string | null;
  updatedAt: string;
}

/** A correction of confirmed minutes, agreed at a later meeting (0021). */
export interface MinuteAmendmentTable {
  id: string;
  meetingId: string;
  itemId: string | null;
  text: string;
  reason: string;
  agreedAtMeetingId: string;
  recordedAt: string;
  recordedBy: string;
}

export interface VoteTable {
  id: string;
  resolutionId: string;
  personId: string | null;
  choice: string;
  count: number | null;
}

export interface RecommendationTable {
  id: string;
  resolutionId: string | null;
  meetingId: string;
  itemId: string | null;
  text: string;
  decisionMaker: string | null;
  sentOn: string | null;
  responseDueOn: string | null;
  status: string;
  /** Added by migration 0024 (the tracker); optional so that rows written before it still type. */
  bodyId?: string | null;
  referenceYear?: string | null;
  referenceNumber?: number | null;
  addresseeAccountId?: string | null;
  rag?: string | null;
  version?: number;
  updatedAt?: string | null;
}

export interface RecommendationResponseTable {
  id: string;
  recommendationId: string;
  respondedOn: string;
  acceptance: string;
  text: string;
  implementation: string | null;
  createdAt: string;
  /** The account that recorded it (migration 0024); null when imported. */
  recordedBy?: string | null;
}

export interface WorkProgrammeEntryTable {
  id: string;
  bodyId: string;
  municipalYear: string;
  topic: string;
  objectives: string | null;
  plannedOn: string | null;
  meetingId: string | null;
  status: string;
  notes: string | null;
  /** 0025 onwards. */
  source: string | null;
  sourceRef: string | null;
  executiveMember: string | null;
  executiveMemberId: string | null;
  leadOfficer: string | null;
  leadOfficerId: string | null;
  substantive: Generated<number>;
  exempt: Generated<number>;
  version: Generated<number>;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface WorkProgrammeScoreTable {
  entryId: string;
  criterion: string;
  score: number;
  scoredBy: string;
  scoredAt: string;
}

export interface ProvenanceTable {
  id: Generated<number>;
  subjectKind: string;
  subjectId: string;
  field: string | null;
  documentId: string;
  startOffset: number;
  endOffset: number;
  page: number | null;
  inferred: number;
}

export interface SearchEntryTable {
  id: string;
  kind: string;
  subjectId: string;
  meetingId: string | null;
  bodyId: string | null;
  date: string | null;
  title: string;
  content: string;
  /** Unique; newest first in search (searchOrderKey.ts). */
  orderKey: number;
  /** Search terms of the title and content (searchTerms.ts); PostgreSQL derives a text[] `terms` from them. */
  titleTerms: string;
  contentTerms: string;
  /** Filter tokens (kind, body) for SQLite's FTS5. */
  facets: string;
}

export interface AbsenceApprovalTable {
  id: string;
  personId: string;
  approvedOn: string;
  reason: string;
  untilOn: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface ForwardPlanEntryTable {
  id: string;
  title: string;
  summary: string;
  decisionMaker: string;
  expectedOn: string;
  isKey: number;
  noticePublishedOn: string | null;
  exemptParagraph: number | null;
  documents: string | null;
  lateNotice: string | null;
  lateReasons: string | null;
  scrutinyChairOn: string | null;
  status: string;
  decisionNoticeId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CallInRequestTable {
  id: string;
  decisionNoticeId: string;
  requestedOn: string;
  /** The members' names, one a line. */
  members: string;
  grounds: string;
  outcome: string;
  outcomeOn: string | null;
  outcomeNotes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface DecisionNoticeTable {
  id: string;
  title: string;
  decision: string;
  makerKind: string;
  decisionMaker: string;
  bodyId: string | null;
  isKey: number;
  reasons: string;
  alternatives: string | null;
  callIn: string;
  urgencyReason: string | null;
  decidedOn: string;
  publishedOn: string;
  callInDeadline: string | null;
  implementableOn: string;
  /** The agenda item the decision was taken on (migration 0030); null for most officers' decisions. */
  itemId: Generated<string | null>;
  createdAt: string;
  updatedAt: string;
}

export interface ResolutionActionTable {
  id: string;
  resolutionId: string;
  description: string;
  owner: string;
  dueOn: string | null;
  status: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface MeetingChangeTable {
  id: string;
  meetingId: string;
  kind: string;
  at: string;
  fromDate: string;
  fromTime: string | null;
  toDate: string;
  toTime: string | null;
  reason: string | null;
}

/** The clerk's working copy of a meeting's agenda (migration 0009): its version for optimistic locking. */
export interface AgendaTable {
  meetingId: string;
  version: number;
  publications: number;
  startedAt: string;
  startedBy: string;
  updatedAt: string;
}

export interface AgendaEntryTable {
  id: string;
  meetingId: string;
  position: number;
  number: string | null;
  title: string;
  description: string | null;
  standardKind: string | null;
  isExempt: number;
  exemptParagraph: number | null;
  publishedIn: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface AgendaPaperTable {
  id: string;
  entryId: string;
  position: number;
  title: string;
  kind: string;
  contentHash: string;
  byteSize: number;
  pageCount: number;
  published: number;
  uploadedAt: string;
  uploadedBy: string;
}

export interface AgendaPublicationTable {
  id: string;
  meetingId: string;
  sequence: number;
  kind: string;
  publishedAt: string;
  publishedBy: string;
  deadline: string;
  isLate: number;
  lateReason: string | null;
  notice: string | null;
}

/** One weekly digest to one clerk (migration 0027). */
export interface DigestDeliveryTable {
  id: string;
  accountId: string;
  week: string;
  recipient: string;
  messageId: string;
  fileName: string;
  itemCount: number;
  writtenAt: string;
  sentAt: string | null;
}
