import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { DialectName } from '../dialect.js';
import { AbsenceRepository } from './absenceRepository.js';
import { AccountRepository } from './accountRepository.js';
import { ActionRepository } from './actionRepository.js';
import { AgendaItemRepository } from './agendaItemRepository.js';
import { AgendaRepository } from './agendaRepository.js';
import { AttendanceRepository } from './attendanceRepository.js';
import { AuditRepository } from './auditRepository.js';
import { BodyRepository } from './bodyRepository.js';
import { CalendarRepository } from './calendarRepository.js';
import { CallInRepository } from './callInRepository.js';
import { DaysOffRepository } from './daysOffRepository.js';
import { DecisionNoticeRepository } from './decisionNoticeRepository.js';
import { DeclarationRepository } from './declarationRepository.js';
import { DigestDeliveryRepository } from './digestDeliveryRepository.js';
import { CorrectionRepository } from './correctionRepository.js';
import { DocumentRepository } from './documentRepository.js';
import { ForwardPlanRepository } from './forwardPlanRepository.js';
import { InterestRepository } from './interestRepository.js';
import { KeptFormRepository } from './keptFormRepository.js';
import { MeetingChangeRepository } from './meetingChangeRepository.js';
import { MeetingRepository } from './meetingRepository.js';
import { MeetingStatementRepository } from './meetingStatementRepository.js';
import { MembershipRepository } from './membershipRepository.js';
import { MinutesRepository } from './minutesRepository.js';
import { OfficerPostRepository } from './officerPostRepository.js';
import { OverdueRepository } from './overdueRepository.js';
import { PersonChangeRepository } from './personChangeRepository.js';
import { PersonMergeRepository } from './personMergeRepository.js';
import { PersonRepository } from './personRepository.js';
import { ProvenanceRepository } from './provenanceRepository.js';
import { RecordVersionRepository } from './recordVersionRepository.js';
import { RecordLoadRepository } from './recordLoadRepository.js';
import { RecommendationRepository } from './recommendationRepository.js';
import { TrackerRepository } from './trackerRepository.js';
import { RegisterRepository } from './registerRepository.js';
import { PublicReports } from '../public/publicReports.js';
import { ReviewFlagRepository } from './reviewFlagRepository.js';
import { SearchIndexRepository } from './searchIndexRepository.js';
import { SettingsRepository } from './settingsRepository.js';
import { StatsRepository } from './statsRepository.js';
import { UnplacedDocumentRepository } from './unplacedDocumentRepository.js';
import { VoteRepository } from './voteRepository.js';
import { WorkProgrammeRepository } from './workProgrammeRepository.js';

/** The whole record by entity, for use cases (src/app): reads and writes, bound to one connection or transaction. */
export interface Repositories {
  readonly absence: AbsenceRepository;
  readonly accounts: AccountRepository;
  readonly actions: ActionRepository;
  readonly agendas: AgendaRepository;
  readonly attendance: AttendanceRepository;
  readonly audit: AuditRepository;
  readonly bodies: BodyRepository;
  readonly calendar: CalendarRepository;
  readonly callIns: CallInRepository;
  readonly decisionNotices: DecisionNoticeRepository;
  readonly declarations: DeclarationRepository;
  readonly digests: DigestDeliveryRepository;
  readonly corrections: CorrectionRepository;
  readonly documents: DocumentRepository;
  readonly forwardPlan: ForwardPlanRepository;
  readonly interests: InterestRepository;
  readonly items: AgendaItemRepository;
  readonly keptForms: KeptFormRepository;
  readonly meetings: MeetingRepository;
  readonly meetingChanges: MeetingChangeRepository;
  readonly memberships: MembershipRepository;
  readonly minutes: MinutesRepository;
  readonly merges: PersonMergeRepository;
  readonly officerPosts: OfficerPostRepository;
  readonly overdue: OverdueRepository;
  readonly people: PersonRepository;
  readonly personChanges: PersonChangeRepository;
  readonly provenance: ProvenanceRepository;
  readonly daysOff: DaysOffRepository;
  readonly recommendations: RecommendationRepository;
  readonly recordLoad: RecordLoadRepository;
  readonly register: RegisterRepository;
  /** The reports' public reads, inside a use case's transaction (the tracker report in a document pack). */
  readonly reports: PublicReports;
  readonly versions: RecordVersionRepository;
  readonly reviewFlags: ReviewFlagRepository;
  readonly searchIndex: SearchIndexRepository;
  readonly settings: SettingsRepository;
  readonly statements: MeetingStatementRepository;
  readonly stats: StatsRepository;
  readonly tracker: TrackerRepository;
  readonly unplaced: UnplacedDocumentRepository;
  readonly votes: VoteRepository;
  readonly workProgramme: WorkProgrammeRepository;
}

/**
 * @param options.deferDerived for a batch of many units in one transaction: what is derived from
 * the stored record (the search index, inferred memberships) is rebuilt once for all the units, by
 * `finishDeferred` before the batch commits, rather than after each.
 * @param options.cacheLookups for a batch too: the bodies and municipal years that every unit asks
 * for are read once and kept until a unit is rolled back (`forgetCached`).
 */
export function repositoriesOver(
  db: Kysely<Database>,
  _dialect: DialectName,
  options: { readonly deferDerived?: boolean; readonly cacheLookups?: boolean } = {},
): Repositories {
  return {
    absence: new AbsenceRepository(db),
    accounts: new AccountRepository(db),
    keptForms: new KeptFormRepository(db),
    actions: new ActionRepository(db),
    agendas: new AgendaRepository(db),
    attendance: new AttendanceRepository(db),
    audit: new AuditRepository(db),
    bodies: new BodyRepository(db, options.cacheLookups === true),
    calendar: new CalendarRepository(db, options.cacheLookups === true),
    callIns: new CallInRepository(db),
    daysOff: new DaysOffRepository(db),
    decisionNotices: new DecisionNoticeRepository(db),
    declarations: new DeclarationRepository(db),
    digests: new DigestDeliveryRepository(db),
    corrections: new CorrectionRepository(db),
    documents: new DocumentRepository(db),
    forwardPlan: new ForwardPlanRepository(db),
    interests: new InterestRepository(db),
    items: new AgendaItemRepository(db),
    meetings: new MeetingRepository(db),
    meetingChanges: new MeetingChangeRepository(db),
    memberships: new MembershipRepository(db, options.deferDerived ? new Map() : null),
    minutes: new MinutesRepository(db),
    merges: new PersonMergeRepository(db),
    officerPosts: new OfficerPostRepository(db),
    overdue: new OverdueRepository(db),
    people: new PersonRepository(db),
    personChanges: new PersonChangeRepository(db),
    provenance: new ProvenanceRepository(db),
    recommendations: new RecommendationRepository(db),
    recordLoad: new RecordLoadRepository(db),
    register: new RegisterRepository(db),
    reports: new PublicReports(db),
    versions: new RecordVersionRepository(db),
    reviewFlags: new ReviewFlagRepository(db),
    searchIndex: new SearchIndexRepository(db, options.deferDerived ? new Set() : null),
    settings: new SettingsRepository(db),
    statements: new MeetingStatementRepository(db),
    stats: new StatsRepository(db),
    tracker: new TrackerRepository(db),
    unplaced: new UnplacedDocumentRepository(db),
    votes: new VoteRepository(db),
    workProgramme: new WorkProgrammeRepository(db),
  };
}

/** Rebuilds what repositories opened with `deferDerived` left for the end: memberships first, then the search index. */
export async function finishDeferred(repos: Repositories): Promise<void> {
  await repos.memberships.recomputeDeferred();
  await repos.searchIndex.reindexDeferred();
}

/** Forgets what repositories opened with `cacheLookups` kept: a unit of their batch was rolled back. */
export function forgetCached(repos: Repositories): void {
  repos.bodies.forgetCached();
  repos.calendar.forgetCached();
}
