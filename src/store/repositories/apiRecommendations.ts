import type { Kysely } from 'kysely';
import type { Database, RecommendationResponseTable, RecommendationTable } from '../database.js';
import { countOf, type PageRequest, type Paged } from './apiPage.js';

export interface ApiRecommendationFilter {
  readonly status?: string;
  readonly decisionMaker?: string;
  readonly meetingId?: string;
  readonly bodyId?: string;
}

export interface ApiRecommendationRow extends RecommendationTable {
  readonly date: string;
  readonly bodyId: string;
  readonly bodySlug: string;
  readonly bodyName: string;
  readonly responses: readonly RecommendationResponseTable[];
}

/**
 * Recommendations that may be published: none that came from an exempt item, whether the link is
 * the item itself or the resolution it was made by.
 */
function publicRecommendations(db: Kysely<Database>) {
  return db
    .selectFrom('recommendations')
    .innerJoin('meetings', 'meetings.id', 'recommendations.meetingId')
    .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
    .where((eb) =>
      eb.and([
        eb.or([
          eb('recommendations.itemId', 'is', null),
          eb('recommendations.itemId', 'not in', eb.selectFrom('agendaItems').select('id').where('isExempt', '<>', 0)),
        ]),
        eb.or([
          eb('recommendations.resolutionId', 'is', null),
          eb(
            'recommendations.resolutionId',
            'not in',
            eb
              .selectFrom('resolutions')
              .innerJoin('agendaItems', 'agendaItems.id', 'resolutions.itemId')
              .select('resolutions.id')
              .where('agendaItems.isExempt', '<>', 0),
          ),
        ]),
      ]),
    )
    .selectAll('recommendations')
    .select(['meetings.date', 'bodies.id as bodyId', 'bodies.slug as bodySlug', 'bodies.name as bodyName']);
}

async function withResponses(
  db: Kysely<Database>,
  rows: readonly Omit<ApiRecommendationRow, 'responses'>[],
): Promise<ApiRecommendationRow[]> {
  if (rows.length === 0) return [];
  const responses = await db
    .selectFrom('recommendationResponses')
    .selectAll()
    .where(
      'recommendationId',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('respondedOn')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, responses: responses.filter((x) => x.recommendationId === r.id) }));
}

/** The recommendation tracker as open data: filters by status and decision maker, as the tracker is read. */
export async function pageRecommendations(
  db: Kysely<Database>,
  filter: ApiRecommendationFilter,
  page: PageRequest,
): Promise<Paged<ApiRecommendationRow>> {
  let base = publicRecommendations(db);
  if (filter.status) base = base.where('recommendations.status', '=', filter.status);
  if (filter.decisionMaker) base = base.where('recommendations.decisionMaker', '=', filter.decisionMaker);
  if (filter.meetingId) base = base.where('recommendations.meetingId', '=', filter.meetingId);
  if (filter.bodyId) base = base.where('meetings.bodyId', '=', filter.bodyId);
  const total = countOf(
    await base
      .clearSelect()
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
  );
  const rows = await base
    .orderBy('meetings.date', 'desc')
    .orderBy('recommendations.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total, rows: await withResponses(db, rows) };
}

export async function findPublicRecommendation(
  db: Kysely<Database>,
  id: string,
): Promise<ApiRecommendationRow | undefined> {
  const row = await publicRecommendations(db).where('recommendations.id', '=', id).executeTakeFirst();
  return row ? (await withResponses(db, [row]))[0] : undefined;
}
