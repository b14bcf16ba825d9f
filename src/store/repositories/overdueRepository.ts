import type { Kysely } from 'kysely';
import type { ActionToFollow, ResponseToFollow } from '../../domain/digest/followUp.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { RecommendationStatus } from '../../domain/recommendation.js';
import type { ActionStatus } from '../../domain/resolutionAction.js';
import type { Database } from '../database.js';

/**
 * What a clerk has to chase: responses to recommendations and actions on resolutions, for the
 * bodies they clerk (null: every body). The queries narrow by date and status; the domain's
 * rules (followUpsOf) decide what is overdue.
 */
export class OverdueRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Recommendations still awaiting a response whose response is due on or before `until`, with
   * where they were made and the latest response dated on or before `today`.
   */
  async responsesDueBy(bodyIds: readonly string[] | null, today: IsoDate, until: IsoDate): Promise<ResponseToFollow[]> {
    if (bodyIds && bodyIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('recommendations as r')
      .innerJoin('meetings as m', 'm.id', 'r.meetingId')
      .innerJoin('bodies as b', 'b.id', 'm.bodyId')
      .leftJoin('resolutions as res', 'res.id', 'r.resolutionId')
      .leftJoin('agendaItems as i', (join) =>
        join.on((eb) =>
          eb.or([
            eb('i.id', '=', eb.ref('r.itemId')),
            eb.and([eb('r.itemId', 'is', null), eb('i.id', '=', eb.ref('res.itemId'))]),
          ]),
        ),
      )
      .select((eb) => [
        'r.id as recommendationId',
        'r.text',
        'r.decisionMaker',
        'r.responseDueOn',
        'r.status',
        'm.id as meetingId',
        'm.date as meetingDate',
        'b.id as bodyId',
        'b.name as bodyName',
        'i.title as itemTitle',
        'i.isExempt',
        eb
          .selectFrom('recommendationResponses as x')
          .select((x) => x.fn.max('x.respondedOn').as('latest'))
          .whereRef('x.recommendationId', '=', 'r.id')
          .where('x.respondedOn', '<=', today)
          .as('lastRespondedOn'),
      ])
      .where('r.responseDueOn', 'is not', null)
      .where('r.responseDueOn', '<=', until)
      .where('r.status', 'in', ['made', 'sent'])
      .$if(bodyIds !== null, (q) => q.where('b.id', 'in', [...bodyIds!]))
      .orderBy('r.responseDueOn')
      .orderBy('r.id')
      .execute();
    return rows.map((r) => ({
      recommendationId: r.recommendationId,
      text: r.text,
      decisionMaker: r.decisionMaker,
      responseDueOn: r.responseDueOn as IsoDate,
      status: r.status as RecommendationStatus,
      lastRespondedOn: (r.lastRespondedOn as IsoDate | null) ?? null,
      meetingId: r.meetingId,
      meetingDate: r.meetingDate as IsoDate,
      bodyId: r.bodyId,
      bodyName: r.bodyName,
      itemTitle: r.itemTitle,
      isExempt: Number(r.isExempt ?? 0) === 1,
    }));
  }

  /**
   * Actions neither done nor dropped whose due date is before `today`. An action whose resolution a
   * re-import dropped has no body: it is listed only for those who clerk every body.
   */
  async actionsOverdue(bodyIds: readonly string[] | null, today: IsoDate): Promise<ActionToFollow[]> {
    if (bodyIds && bodyIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('resolutionActions as a')
      .leftJoin('resolutions as res', 'res.id', 'a.resolutionId')
      .leftJoin('agendaItems as i', 'i.id', 'res.itemId')
      .leftJoin('meetings as m', 'm.id', 'res.meetingId')
      .leftJoin('bodies as b', 'b.id', 'm.bodyId')
      .select([
        'a.id as actionId',
        'a.description',
        'a.owner',
        'a.dueOn',
        'a.status',
        'm.id as meetingId',
        'm.date as meetingDate',
        'b.id as bodyId',
        'b.name as bodyName',
        'i.title as itemTitle',
        'i.isExempt',
      ])
      .where('a.status', 'in', ['open', 'in_progress'])
      .where('a.dueOn', 'is not', null)
      .where('a.dueOn', '<', today)
      .$if(bodyIds !== null, (q) => q.where('b.id', 'in', [...bodyIds!]))
      .orderBy('a.dueOn')
      .orderBy('a.id')
      .execute();
    return rows.map((r) => ({
      actionId: r.actionId,
      description: r.description,
      owner: r.owner,
      dueOn: r.dueOn as IsoDate,
      status: r.status as ActionStatus,
      meetingId: r.meetingId,
      meetingDate: r.meetingDate as IsoDate | null,
      bodyId: r.bodyId,
      bodyName: r.bodyName,
      itemTitle: r.itemTitle,
      isExempt: Number(r.isExempt ?? 0) === 1,
    }));
  }
}
