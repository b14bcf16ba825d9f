import type { Kysely } from 'kysely';
import { RAG_LABELS, isRagRating } from '../../domain/tracker/rag.js';
import { formatTrackerReference } from '../../domain/tracker/trackerReference.js';
import type { AttendanceKind } from '../../domain/attendance.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { MeetingStatus } from '../../domain/meeting.js';
import type { Acceptance, RecommendationStatus } from '../../domain/recommendation.js';
import type { AnnualReportInput } from '../../domain/reports/annualReport.js';
import type { TrackedRecommendationInput } from '../../domain/reports/trackerReport.js';
import type { Database } from '../database.js';
import { publicRecommendations } from './publicScope.js';

type Db = Kysely<Database>;

/** The meeting a tracker report is for, and its body. */
export interface ReportMeeting {
  readonly id: string;
  readonly date: IsoDate;
  readonly bodyId: string;
  readonly bodyName: string;
  readonly bodySlug: string;
  readonly isScrutiny: boolean;
}

/**
 * What the tracker report and the annual scrutiny report are computed from, read through the public
 * scope: a recommendation made under an exempt item (or by an exempt item's resolution) is never
 * read, so it can be neither listed nor counted. Figures are computed by the domain
 * (domain/reports), never here.
 */
export class PublicReports {
  constructor(private readonly db: Db) {}

  async meeting(meetingId: string): Promise<ReportMeeting | undefined> {
    const row = await this.db
      .selectFrom('meetings')
      .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
      .select([
        'meetings.id',
        'meetings.date',
        'bodies.id as bodyId',
        'bodies.name as bodyName',
        'bodies.slug as bodySlug',
        'bodies.isScrutiny',
      ])
      .where('meetings.id', '=', meetingId)
      .executeTakeFirst();
    return row && { ...row, date: row.date as IsoDate, isScrutiny: row.isScrutiny !== 0 };
  }

  /** The body's public recommendations made at its meetings before `before` (drafts are not yet made). */
  async recommendationsBefore(bodyId: string, before: IsoDate): Promise<TrackedRecommendationInput[]> {
    return this.#recommendations((q) => q.where('meetings.bodyId', '=', bodyId).where('meetings.date', '<', before));
  }

  /** The record of one body's municipal year (`2023/24`), or undefined when no such body exists. */
  async annual(bodySlug: string, municipalYear: string): Promise<Omit<AnnualReportInput, 'asAt'> | undefined> {
    const body = await this.db
      .selectFrom('bodies')
      .select(['id', 'name', 'slug', 'isScrutiny'])
      .where('slug', '=', bodySlug)
      .executeTakeFirst();
    if (!body) return undefined;
    const meetings = await this.db
      .selectFrom('meetings')
      .select(['id', 'date', 'status'])
      .where('bodyId', '=', body.id)
      .where('municipalYear', '=', municipalYear)
      .orderBy('date')
      .orderBy('id')
      .execute();
    const ids = meetings.map((m) => m.id);
    const items = ids.length
      ? await this.db
          .selectFrom('agendaItems')
          .select(['id', 'meetingId', 'title', 'standardKind', 'isExempt'])
          .where('meetingId', 'in', ids)
          .orderBy('meetingId')
          .orderBy('position')
          .execute()
      : [];
    const lines = ids.length
      ? await this.db
          .selectFrom('attendance')
          .innerJoin('people', 'people.id', 'attendance.personId')
          .select(['attendance.meetingId', 'attendance.kind', 'people.id as personId', 'people.mergedIntoId'])
          .where('attendance.meetingId', 'in', ids)
          .orderBy('attendance.meetingId')
          .orderBy('attendance.position')
          .execute()
      : [];
    // A spelling merged into another person counts as that person, as the person's own page does.
    const canonicalIds = [...new Set(lines.map((l) => l.mergedIntoId ?? l.personId))];
    const people = canonicalIds.length
      ? await this.db
          .selectFrom('people')
          .select(['id', 'slug', 'displayName'])
          .where('id', 'in', canonicalIds)
          .execute()
      : [];
    const byId = new Map(people.map((p) => [p.id, p]));
    const recommendations = ids.length ? await this.#recommendations((q) => q.where('meetings.id', 'in', ids)) : [];
    return {
      body: { name: body.name, slug: body.slug, isScrutiny: body.isScrutiny !== 0 },
      municipalYear,
      meetings: meetings.map((m) => ({ id: m.id, date: m.date as IsoDate, status: m.status as MeetingStatus })),
      items: items.map((i) => ({
        id: i.id,
        meetingId: i.meetingId,
        title: i.title,
        isStandard: i.standardKind !== null,
        isExempt: i.isExempt !== 0,
      })),
      attendance: lines.flatMap((l) => {
        const person = byId.get(l.mergedIntoId ?? l.personId);
        return person
          ? [
              {
                meetingId: l.meetingId,
                personId: person.id,
                personName: person.displayName,
                personSlug: person.slug,
                kind: l.kind as AttendanceKind,
              },
            ]
          : [];
      }),
      recommendations,
    };
  }

  async #recommendations(
    where: (q: ReturnType<PublicReports['joined']>) => ReturnType<PublicReports['joined']>,
  ): Promise<TrackedRecommendationInput[]> {
    const rows = await where(this.joined())
      .select([
        'recommendations.id',
        'recommendations.text',
        'recommendations.decisionMaker',
        'recommendations.meetingId',
        'recommendations.itemId',
        'recommendations.sentOn',
        'recommendations.responseDueOn',
        'recommendations.status',
        'recommendations.referenceYear',
        'recommendations.referenceNumber',
        'recommendations.rag',
        'meetings.date as meetingDate',
        'agendaItems.title as topic',
      ])
      .orderBy('meetings.date')
      .orderBy('recommendations.id')
      .execute();
    const responses = rows.length
      ? await this.db
          .selectFrom('recommendationResponses')
          .select(['recommendationId', 'respondedOn', 'acceptance', 'text', 'implementation'])
          .where(
            'recommendationId',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('respondedOn')
          .orderBy('createdAt')
          .orderBy('id')
          .execute()
      : [];
    return rows.map((r) => ({
      id: r.id,
      text: r.text,
      decisionMaker: r.decisionMaker,
      meetingId: r.meetingId,
      meetingDate: r.meetingDate as IsoDate,
      itemId: r.itemId,
      topic: r.topic,
      sentOn: r.sentOn as IsoDate | null,
      responseDueOn: r.responseDueOn as IsoDate | null,
      status: r.status as RecommendationStatus,
      responses: responses
        .filter((x) => x.recommendationId === r.id)
        .map((x) => ({
          respondedOn: x.respondedOn as IsoDate,
          acceptance: x.acceptance as Acceptance,
          text: x.text,
          implementation: x.implementation,
        })),
      reference:
        r.referenceYear && r.referenceNumber
          ? formatTrackerReference({ year: r.referenceYear, number: r.referenceNumber })
          : null,
      progress: isRagRating(r.rag) ? RAG_LABELS[r.rag] : null,
    }));
  }

  /** Public recommendations with their meeting and, where they have one, their item. */
  private joined() {
    return publicRecommendations(this.db)
      .innerJoin('meetings', 'meetings.id', 'recommendations.meetingId')
      .leftJoin('agendaItems', 'agendaItems.id', 'recommendations.itemId')
      .where('recommendations.status', '<>', 'draft');
  }
}
