import type { Kysely } from 'kysely';
import type { CallInRequest } from '../../domain/callIn/callInRequest.js';
import type { DecisionNotice } from '../../domain/decisions/decisionNotice.js';
import type { Declaration } from '../../domain/declaration.js';
import type { ForwardPlanEntry } from '../../domain/forwardPlan/forwardPlanEntry.js';
import type { Meeting } from '../../domain/meeting.js';
import type { Membership } from '../../domain/membership.js';
import type { Resolution, Vote } from '../../domain/minutes.js';
import type { OfficerPost } from '../../domain/person.js';
import type { SourceDocument } from '../../domain/sourceDocument.js';
import type { Database } from '../database.js';
import { fromDecisionNotice } from '../decisionNoticeRow.js';
import { fromCallInRequest, fromForwardPlanEntry } from '../forwardPlanRow.js';
import type { AgendaItemRecord } from '../public/record/recordAgendas.js';
import type { AttendanceRecord } from '../public/record/recordAttendance.js';
import type { BodyRecord } from '../public/record/recordBodies.js';
import type { PersonRecord } from '../public/record/recordPeople.js';
import type { RecommendationRecord } from '../public/record/recordRecommendations.js';
import type { Sourced } from '../public/record/sourced.js';
import { insertInBatches } from './insertInBatches.js';
import {
  agendaItemRow,
  aliasRow,
  attendanceRow,
  bodyRow,
  declarationRow,
  documentRow,
  itemDocumentRow,
  meetingRow,
  membershipRow,
  minutePointRow,
  officerPostRow,
  personRow,
  recommendationRow,
  resolutionRow,
  responseRow,
  termsOfReferenceRow,
  voteRow,
} from './recordRows.js';

/**
 * A whole record to load, entity by entity with its ids, as the public record's readers give it
 * (`store.public.record`): what one Quorum exports, another loads.
 */
export interface RecordToLoad {
  readonly documents: readonly SourceDocument[];
  readonly bodies: readonly BodyRecord[];
  readonly people: readonly PersonRecord[];
  readonly memberships: readonly Sourced<Membership>[];
  readonly officerPosts: readonly Sourced<OfficerPost>[];
  readonly meetings: readonly Meeting[];
  readonly items: readonly AgendaItemRecord[];
  readonly resolutions: readonly Sourced<Resolution>[];
  readonly votes: readonly Vote[];
  readonly attendance: readonly AttendanceRecord[];
  readonly declarations: readonly Sourced<Declaration>[];
  readonly recommendations: readonly RecommendationRecord[];
  /** Public work programme topics; the clerk's notes and the criteria's scores are the workspace's. */
  readonly workProgramme: readonly WorkProgrammeToLoad[];
  /** Published decision notices, their call-ins, and the published forward plan. */
  readonly decisionNotices: readonly DecisionNotice[];
  readonly callIns: readonly CallInRequest[];
  readonly forwardPlan: readonly ForwardPlanEntry[];
}

/** A work programme topic as the exports carry it (`quorum:work_programme`). */
export interface WorkProgrammeToLoad {
  readonly id: string;
  readonly bodyId: string;
  readonly municipalYear: string;
  readonly topic: string;
  readonly objectives: string | null;
  readonly source: string | null;
  readonly sourceRef: string | null;
  readonly status: string;
  readonly plannedOn: string | null;
  readonly meetingId: string | null;
  readonly executiveMember: string | null;
  readonly executiveMemberId: string | null;
  readonly leadOfficer: string | null;
  readonly leadOfficerId: string | null;
  readonly substantive: boolean;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
}

/** Tables whose rows mean the database already holds a record. */
const RECORD_TABLES = ['bodies', 'people', 'meetings', 'documents'] as const satisfies readonly (keyof Database)[];

type Db = Kysely<Database>;

/**
 * Writes a whole record into an empty database, keeping every id, so the portal's URLs are those of
 * the council that exported it. Call inside a transaction: a failure leaves nothing.
 */
export class RecordLoadRepository {
  constructor(private readonly db: Db) {}

  /** The first table that already holds records, or null when the database is empty. */
  async tableHoldingRecords(): Promise<string | null> {
    for (const table of RECORD_TABLES) {
      const row = await this.db.selectFrom(table).select('id').limit(1).executeTakeFirst();
      if (row) return table;
    }
    return null;
  }

  /** Writes each table after those it refers to. */
  async load(record: RecordToLoad): Promise<void> {
    const db = this.db;
    await this.#documents(record.documents);
    await this.#bodies(record.bodies);
    await this.#people(record.people);
    await insertInBatches(db, 'memberships', record.memberships.map(membershipRow));
    await insertInBatches(db, 'officerPosts', record.officerPosts.map(officerPostRow));
    await insertInBatches(db, 'meetings', record.meetings.map(meetingRow));
    await insertInBatches(db, 'agendaItems', record.items.map(agendaItemRow));
    await insertInBatches(
      db,
      'minutePoints',
      record.items.flatMap((i) => i.points.map(minutePointRow)),
    );
    await insertInBatches(
      db,
      'itemDocuments',
      record.items.flatMap((i) => i.papers.map(itemDocumentRow)),
    );
    await insertInBatches(db, 'resolutions', record.resolutions.map(resolutionRow));
    await insertInBatches(db, 'votes', record.votes.map(voteRow));
    await insertInBatches(db, 'attendance', record.attendance.map(attendanceRow));
    await insertInBatches(db, 'declarations', record.declarations.map(declarationRow));
    await insertInBatches(
      db,
      'recommendations',
      record.recommendations.map((r) => ({ ...recommendationRow(r), ...r.tracking })),
    );
    const responses = record.recommendations.flatMap((r) => r.responses.map(responseRow));
    await insertInBatches(db, 'recommendationResponses', responses);
    await insertInBatches(
      db,
      'workProgrammeEntries',
      record.workProgramme.map((e) => ({ ...e, substantive: e.substantive ? 1 : 0, notes: null, exempt: 0 })),
    );
    await insertInBatches(db, 'decisionNotices', record.decisionNotices.map(fromDecisionNotice));
    await insertInBatches(db, 'callInRequests', record.callIns.map(fromCallInRequest));
    await insertInBatches(db, 'forwardPlanEntries', record.forwardPlan.map(fromForwardPlanEntry));
  }

  // Rows that point at rows of their own table are written without the link, set once all exist.

  async #documents(documents: readonly SourceDocument[]): Promise<void> {
    await insertInBatches(this.db, 'documents', documents.map(documentRow));
    for (const { id, supersedesId } of documents)
      if (supersedesId) await this.db.updateTable('documents').set({ supersedesId }).where('id', '=', id).execute();
  }

  async #bodies(bodies: readonly BodyRecord[]): Promise<void> {
    await insertInBatches(this.db, 'bodies', bodies.map(bodyRow));
    for (const { id, parentId } of bodies)
      if (parentId) await this.db.updateTable('bodies').set({ parentId }).where('id', '=', id).execute();
    const terms = bodies.flatMap((b) => b.termsOfReference.map(termsOfReferenceRow));
    await insertInBatches(this.db, 'termsOfReference', terms);
  }

  async #people(people: readonly PersonRecord[]): Promise<void> {
    await insertInBatches(this.db, 'people', people.map(personRow));
    for (const { id, mergedIntoId } of people)
      if (mergedIntoId) await this.db.updateTable('people').set({ mergedIntoId }).where('id', '=', id).execute();
    await insertInBatches(
      this.db,
      'personAliases',
      people.flatMap((p) => p.aliases.map(aliasRow)),
    );
  }
}
