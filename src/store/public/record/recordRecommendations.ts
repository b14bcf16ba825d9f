import type { Kysely } from 'kysely';
import type { Recommendation, RecommendationResponse } from '../../../domain/recommendation.js';
import type { Database, RecommendationTable } from '../../database.js';
import { groupBy } from '../../groupBy.js';
import { keysetPages } from '../../keysetPages.js';
import { toRecommendation, toRecommendationResponse } from '../../rowMappers.js';
import { publicRecommendations } from '../publicScope.js';
import { meetingPages, type MeetingOfBody } from './meetingPages.js';
import { meetingIdsInScope, type RecordScope } from './recordScope.js';

/** A response as the whole record holds it, with when Quorum recorded it. */
export interface ResponseRecord extends RecommendationResponse {
  readonly createdAt: string;
}

/**
 * The tracker's columns (migration 0024) as the public record carries them: the committee, the
 * reference by municipal year, the committee's view of progress (RAG) and when it last changed.
 * Who a recommendation is addressed to by account stays in the workspace.
 */
export interface RecommendationTracking {
  readonly bodyId: string | null;
  readonly referenceYear: string | null;
  readonly referenceNumber: number | null;
  readonly rag: string | null;
  readonly updatedAt: string | null;
}

/** A recommendation with its responses, oldest first (the last is the latest), and its tracking. */
export interface RecommendationRecord extends Recommendation {
  readonly responses: readonly ResponseRecord[];
  readonly tracking: RecommendationTracking;
}

/** A recommendation with the title of the item it came from, directly or through its resolution. */
export interface TitledRecommendation extends RecommendationRecord {
  readonly itemTitle: string | null;
}

/** A meeting and the recommendations it made, in the order it resolved them. */
export interface MeetingRecommendations {
  readonly meeting: MeetingOfBody;
  readonly recommendations: readonly TitledRecommendation[];
}

type Db = Kysely<Database>;

/** Recommendations the public may read (none that came from an exempt item), with their responses. */
export class RecordRecommendations {
  constructor(private readonly db: Db) {}

  /** Every recommendation in id order. */
  async *stream(scope: RecordScope, pageSize?: number): AsyncGenerator<RecommendationRecord[]> {
    const db = this.db;
    const pages = keysetPages(
      (after: string | null, limit) =>
        publicRecommendations(db)
          .selectAll()
          .$if(scope.bodyId !== undefined, (q) =>
            q.where('recommendations.meetingId', 'in', meetingIdsInScope(db, scope)),
          )
          .$if(after !== null, (q) => q.where('recommendations.id', '>', after!))
          .orderBy('recommendations.id')
          .limit(limit)
          .execute(),
      (recommendation) => recommendation.id,
      pageSize,
    );
    for await (const rows of pages) yield await this.#withResponses(rows);
  }

  /** Meetings in date order, each with the recommendations it made. */
  async *streamByMeeting(scope: RecordScope, pageSize?: number): AsyncGenerator<MeetingRecommendations[]> {
    for await (const meetings of meetingPages(this.db, scope, pageSize)) {
      const rows = await publicRecommendations(this.db)
        .leftJoin('agendaItems as item', 'item.id', 'recommendations.itemId')
        .leftJoin('resolutions', 'resolutions.id', 'recommendations.resolutionId')
        .leftJoin('agendaItems as resolvedItem', 'resolvedItem.id', 'resolutions.itemId')
        .selectAll('recommendations')
        .select((eb) => eb.fn.coalesce('item.title', 'resolvedItem.title').as('itemTitle'))
        .where(
          'recommendations.meetingId',
          'in',
          meetings.map((m) => m.id),
        )
        .orderBy('recommendations.meetingId')
        .orderBy('resolutions.position')
        .orderBy('recommendations.id')
        .execute();
      const titles = new Map(rows.map((r) => [r.id, r.itemTitle]));
      const recommendations = (await this.#withResponses(rows)).map((r) => ({
        ...r,
        itemTitle: titles.get(r.id) ?? null,
      }));
      const recommendationsOf = groupBy(recommendations, (r) => r.meetingId);
      yield meetings.map((meeting) => ({ meeting, recommendations: recommendationsOf.get(meeting.id) ?? [] }));
    }
  }

  async #withResponses(rows: readonly RecommendationTable[]): Promise<RecommendationRecord[]> {
    if (rows.length === 0) return [];
    const responses = await this.db
      .selectFrom('recommendationResponses')
      .selectAll()
      .where(
        'recommendationId',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('respondedOn')
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    const responsesOf = groupBy(
      responses.map((x) => ({ ...toRecommendationResponse(x), createdAt: x.createdAt })),
      (x) => x.recommendationId,
    );
    return rows.map((r) => ({
      ...toRecommendation(r),
      responses: responsesOf.get(r.id) ?? [],
      tracking: {
        bodyId: r.bodyId ?? null,
        referenceYear: r.referenceYear ?? null,
        referenceNumber:
          r.referenceNumber === null || r.referenceNumber === undefined ? null : Number(r.referenceNumber),
        rag: r.rag ?? null,
        updatedAt: r.updatedAt ?? null,
      },
    }));
  }
}
