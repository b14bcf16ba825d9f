import type { ExpressionBuilder, Kysely } from 'kysely';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { WorkProgrammeSource, WorkProgrammeStatus } from '../../domain/workProgramme.js';
import type { Database } from '../database.js';
import { keysetPages } from '../keysetPages.js';

/**
 * A work programme entry as the public may read it: never an exempt one (nor a follow-up of an
 * exempt item's resolution), and never the clerk's notes or who scored what.
 */
export interface PublicWorkProgrammeEntry {
  readonly id: string;
  readonly bodyId: string;
  readonly bodySlug: string;
  readonly bodyName: string;
  readonly municipalYear: string;
  readonly topic: string;
  readonly objectives: string | null;
  readonly source: WorkProgrammeSource | null;
  /** The record it came from: a resolution (follow-up) or a forward plan entry. */
  readonly sourceRef: string | null;
  readonly status: WorkProgrammeStatus;
  readonly plannedOn: IsoDate | null;
  readonly meetingId: string | null;
  readonly executiveMember: string | null;
  readonly executiveMemberId: string | null;
  readonly executiveMemberSlug: string | null;
  readonly leadOfficer: string | null;
  readonly leadOfficerId: string | null;
  readonly leadOfficerSlug: string | null;
  readonly substantive: boolean;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
}

type Db = Kysely<Database>;

/** Exempt entries, and follow-ups of an exempt item's resolution, are not public. */
function isPublicEntry(eb: ExpressionBuilder<Database, 'workProgrammeEntries'>) {
  return eb.and([
    eb('workProgrammeEntries.exempt', '=', 0),
    eb.not(
      eb.exists(
        eb
          .selectFrom('resolutions')
          .innerJoin('agendaItems', 'agendaItems.id', 'resolutions.itemId')
          .select('resolutions.id')
          .whereRef('resolutions.id', '=', 'workProgrammeEntries.sourceRef')
          .where('agendaItems.isExempt', '=', 1),
      ),
    ),
  ]);
}

function entriesQuery(db: Db) {
  return db
    .selectFrom('workProgrammeEntries')
    .innerJoin('bodies', 'bodies.id', 'workProgrammeEntries.bodyId')
    .leftJoin('people as em', 'em.id', 'workProgrammeEntries.executiveMemberId')
    .leftJoin('people as lo', 'lo.id', 'workProgrammeEntries.leadOfficerId')
    .select([
      'workProgrammeEntries.id',
      'workProgrammeEntries.bodyId',
      'bodies.slug as bodySlug',
      'bodies.name as bodyName',
      'workProgrammeEntries.municipalYear',
      'workProgrammeEntries.topic',
      'workProgrammeEntries.objectives',
      'workProgrammeEntries.source',
      'workProgrammeEntries.sourceRef',
      'workProgrammeEntries.status',
      'workProgrammeEntries.plannedOn',
      'workProgrammeEntries.meetingId',
      'workProgrammeEntries.executiveMember',
      'em.id as executiveMemberId',
      'em.slug as executiveMemberSlug',
      'workProgrammeEntries.leadOfficer',
      'lo.id as leadOfficerId',
      'lo.slug as leadOfficerSlug',
      'workProgrammeEntries.substantive',
      'workProgrammeEntries.createdAt',
      'workProgrammeEntries.updatedAt',
    ])
    .where(isPublicEntry);
}

type Row = Awaited<ReturnType<ReturnType<typeof entriesQuery>['execute']>>[number];

function toPublic(r: Row): PublicWorkProgrammeEntry {
  return {
    ...r,
    source: r.source as WorkProgrammeSource | null,
    status: r.status as WorkProgrammeStatus,
    plannedOn: r.plannedOn as IsoDate | null,
    substantive: Number(r.substantive) === 1,
  };
}

/** Work programmes as the portal, the API and the exports show them. */
export class PublicWorkProgramme {
  constructor(private readonly db: Db) {}

  /** The municipal years a body has public entries for, latest first. */
  async yearsOf(bodyId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('workProgrammeEntries')
      .select('municipalYear')
      .distinct()
      .where('bodyId', '=', bodyId)
      .where(isPublicEntry)
      .orderBy('municipalYear', 'desc')
      .execute();
    return rows.map((r) => r.municipalYear);
  }

  /** One body's programme for a year: scheduled topics by date, then those being scoped. */
  async ofBodyYear(bodyId: string, municipalYear: string): Promise<PublicWorkProgrammeEntry[]> {
    const rows = await entriesQuery(this.db)
      .where('workProgrammeEntries.bodyId', '=', bodyId)
      .where('workProgrammeEntries.municipalYear', '=', municipalYear)
      .orderBy('workProgrammeEntries.plannedOn')
      .orderBy('workProgrammeEntries.createdAt')
      .orderBy('workProgrammeEntries.id')
      .execute();
    return rows.map(toPublic);
  }

  /** Every public entry (or one body's), a keyset page at a time, for the exports. */
  async *stream(scope: { readonly bodyId?: string }, pageSize?: number): AsyncGenerator<PublicWorkProgrammeEntry[]> {
    const db = this.db;
    const pages = keysetPages(
      (after: string | null, limit) =>
        entriesQuery(db)
          .$if(scope.bodyId !== undefined, (q) => q.where('workProgrammeEntries.bodyId', '=', scope.bodyId!))
          .$if(after !== null, (q) => q.where('workProgrammeEntries.id', '>', after!))
          .orderBy('workProgrammeEntries.id')
          .limit(limit)
          .execute(),
      (row) => row.id,
      pageSize,
    );
    for await (const rows of pages) yield rows.map(toPublic);
  }
}
