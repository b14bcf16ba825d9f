import type { Kysely } from 'kysely';
import type { Recommendation, RecommendationResponse } from '../../domain/recommendation.js';
import type { Database } from '../database.js';
import { toRecommendation, toRecommendationResponse } from '../rowMappers.js';
import { countOf, type BodyRef, type PageRequest, type Paged } from './publicRefs.js';
import { publicRecommendations } from './publicScope.js';

/** A recommendation in the tracker, with the meeting it was made at and its responses. */
export interface TrackedRecommendation extends Recommendation {
  readonly meeting: { readonly id: string; readonly date: string };
  readonly body: BodyRef;
  readonly responses: readonly RecommendationResponse[];
}

export interface RecommendationFilter {
  readonly status?: string;
  readonly decisionMaker?: string;
  readonly meetingId?: string;
  readonly bodyId?: string;
}

type Db = Kysely<Database>;

function tracked(db: Db) {
  return publicRecommendations(db)
    .innerJoin('meetings', 'meetings.id', 'recommendations.meetingId')
    .innerJoin('bodies', 'bodies.id', 'meetings.bodyId');
}

function withContext(query: ReturnType<typeof tracked>) {
  return query
    .selectAll('recommendations')
    .select([
      'meetings.date as meetingDate',
      'bodies.id as bodyId',
      'bodies.slug as bodySlug',
      'bodies.name as bodyName',
    ]);
}

type TrackedRow = Awaited<ReturnType<ReturnType<typeof withContext>['executeTakeFirstOrThrow']>>;

/** The recommendation tracker as the public sees it: nothing that came from an exempt item. */
export class PublicRecommendations {
  constructor(private readonly db: Db) {}

  async #present(rows: readonly TrackedRow[]): Promise<TrackedRecommendation[]> {
    const responses = rows.length
      ? await this.db
          .selectFrom('recommendationResponses')
          .selectAll()
          .where(
            'recommendationId',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('respondedOn')
          .orderBy('id')
          .execute()
      : [];
    return rows.map(({ meetingDate, bodyId, bodySlug, bodyName, ...r }) => ({
      ...toRecommendation(r),
      meeting: { id: r.meetingId, date: meetingDate },
      body: { id: bodyId, slug: bodySlug, name: bodyName },
      responses: responses.filter((x) => x.recommendationId === r.id).map(toRecommendationResponse),
    }));
  }

  /** Newest meeting first; filters by status and decision maker, as the tracker is read. */
  async page(filter: RecommendationFilter, page: PageRequest): Promise<Paged<TrackedRecommendation>> {
    let base = tracked(this.db);
    if (filter.status) base = base.where('recommendations.status', '=', filter.status);
    if (filter.decisionMaker) base = base.where('recommendations.decisionMaker', '=', filter.decisionMaker);
    if (filter.meetingId) base = base.where('recommendations.meetingId', '=', filter.meetingId);
    if (filter.bodyId) base = base.where('meetings.bodyId', '=', filter.bodyId);
    const total = countOf(await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
    const rows = await withContext(base)
      .orderBy('meetings.date', 'desc')
      .orderBy('recommendations.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { total, rows: await this.#present(rows) };
  }

  async find(id: string): Promise<TrackedRecommendation | undefined> {
    const row = await withContext(tracked(this.db)).where('recommendations.id', '=', id).executeTakeFirst();
    return row ? (await this.#present([row]))[0] : undefined;
  }
}
