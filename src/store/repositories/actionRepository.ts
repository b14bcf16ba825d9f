import type { Kysely } from 'kysely';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { ActionStatus, ResolutionAction } from '../../domain/resolutionAction.js';
import type { Database, ResolutionActionTable } from '../database.js';

/** An action with the resolution, meeting and body it came from (null when a re-import dropped the resolution). */
export interface ActionInContext extends ResolutionAction {
  readonly context: {
    readonly resolutionText: string;
    /** Null for a meeting's own resolution (no item). */
    readonly itemTitle: string | null;
    readonly meetingId: string;
    readonly meetingDate: IsoDate;
    readonly bodyId: string;
    readonly bodyName: string;
  } | null;
}

/** A resolution a clerk may attach actions to, with where it was made. */
export interface ResolutionInContext {
  readonly id: string;
  readonly text: string;
  readonly kind: string;
  /** Null for a meeting's own resolution (no item). */
  readonly itemTitle: string | null;
  readonly meetingDate: IsoDate;
  readonly bodyId: string;
  readonly bodyName: string;
}

function toAction(r: ResolutionActionTable): ResolutionAction {
  return {
    id: r.id,
    resolutionId: r.resolutionId,
    description: r.description,
    owner: r.owner,
    dueOn: r.dueOn as IsoDate | null,
    status: r.status as ActionStatus,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: Number(r.version),
  };
}

/** Actions promised by resolutions, and the resolutions they hang on. */
export class ActionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(action: ResolutionAction): Promise<void> {
    await this.db.insertInto('resolutionActions').values(action).execute();
  }

  async find(id: string): Promise<ResolutionAction | undefined> {
    const row = await this.db.selectFrom('resolutionActions').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toAction(row) : undefined;
  }

  /** The actions a resolution promised, by due date (undated last). */
  async ofResolution(resolutionId: string): Promise<ResolutionAction[]> {
    const rows = await this.db
      .selectFrom('resolutionActions')
      .selectAll()
      .where('resolutionId', '=', resolutionId)
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    return rows.map(toAction);
  }

  /** Changes an action only if it is still at `version`; false when someone else changed it first. */
  async update(
    id: string,
    version: number,
    change: Pick<ResolutionAction, 'status' | 'owner' | 'dueOn'>,
    now: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('resolutionActions')
      .set({ ...change, updatedAt: now, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Every action of the given bodies (all bodies when null), with its context; orphans only for all bodies. */
  async list(bodyIds: readonly string[] | null): Promise<ActionInContext[]> {
    let query = this.db
      .selectFrom('resolutionActions as a')
      .leftJoin('resolutions as r', 'r.id', 'a.resolutionId')
      .leftJoin('agendaItems as i', 'i.id', 'r.itemId')
      .leftJoin('meetings as m', 'm.id', 'r.meetingId')
      .leftJoin('bodies as b', 'b.id', 'm.bodyId')
      .selectAll('a')
      .select([
        'r.text as resolutionText',
        'i.title as itemTitle',
        'm.id as meetingId',
        'm.date as meetingDate',
        'b.id as bodyId',
        'b.name as bodyName',
      ]);
    if (bodyIds) {
      if (bodyIds.length === 0) return [];
      query = query.where('b.id', 'in', [...bodyIds]);
    }
    const rows = await query.orderBy('a.dueOn').orderBy('a.createdAt').orderBy('a.id').execute();
    return rows.map((r) => ({
      ...toAction(r),
      context:
        r.resolutionText !== null && r.bodyId !== null
          ? {
              resolutionText: r.resolutionText,
              itemTitle: r.itemTitle,
              meetingId: r.meetingId ?? '',
              meetingDate: r.meetingDate as IsoDate,
              bodyId: r.bodyId,
              bodyName: r.bodyName ?? '',
            }
          : null,
    }));
  }

  /** A resolution with where it was made, to check who may act on it. */
  async resolution(id: string): Promise<ResolutionInContext | undefined> {
    return (await this.resolutionsQuery().where('r.id', '=', id).executeTakeFirst()) as ResolutionInContext | undefined;
  }

  /** The latest resolutions of the given bodies (all when null), newest meetings first. */
  async recentResolutions(bodyIds: readonly string[] | null, limit: number): Promise<ResolutionInContext[]> {
    let query = this.resolutionsQuery();
    if (bodyIds) {
      if (bodyIds.length === 0) return [];
      query = query.where('b.id', 'in', [...bodyIds]);
    }
    return (await query
      .orderBy('m.date', 'desc')
      .orderBy('r.position')
      .limit(limit)
      .execute()) as ResolutionInContext[];
  }

  private resolutionsQuery() {
    return this.db
      .selectFrom('resolutions as r')
      .leftJoin('agendaItems as i', 'i.id', 'r.itemId')
      .innerJoin('meetings as m', 'm.id', 'r.meetingId')
      .innerJoin('bodies as b', 'b.id', 'm.bodyId')
      .select([
        'r.id',
        'r.text',
        'r.kind',
        'i.title as itemTitle',
        'm.date as meetingDate',
        'b.id as bodyId',
        'b.name as bodyName',
      ]);
  }
}
