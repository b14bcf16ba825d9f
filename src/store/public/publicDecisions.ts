import { sql, type Kysely } from 'kysely';
import type { Resolution } from '../../domain/minutes.js';
import type { Database } from '../database.js';
import { toResolution } from '../rowMappers.js';
import { countOf, sourcesOf, type BodyRef, type PageRequest, type Paged, type SourceLink } from './publicRefs.js';
import { publicMotions, type PublicMotion } from './publicMinutes.js';
import { everyPublicResolution, publicResolutions, withItem } from './publicScope.js';

/**
 * A resolution or decision with the item, meeting and body it was taken at. `item` is null for a
 * meeting's own resolution (prose minutes with no items): its place is the meeting page.
 */
export interface DecisionAtMeeting extends Resolution {
  readonly item: { readonly id: string; readonly title: string } | null;
  readonly meeting: { readonly id: string; readonly date: string };
  readonly body: BodyRef;
  readonly source: SourceLink | null;
  /** The motion put to the vote, with its votes and result, when the workspace recorded one. */
  readonly motion?: PublicMotion | undefined;
}

export interface DecisionFilter {
  readonly meetingId?: string;
  readonly itemId?: string;
  readonly bodyId?: string;
  readonly kind?: string;
  readonly from?: string;
  readonly to?: string;
}

type Db = Kysely<Database>;

/** Every public resolution, those of public items and a meeting's own (no item), with its meeting and body. */
function decisions(db: Db) {
  return everyPublicResolution(db)
    .innerJoin('meetings', 'meetings.id', 'resolutions.meetingId')
    .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
    .leftJoin('agendaItems', 'agendaItems.id', 'resolutions.itemId');
}

/**
 * Agenda order within a meeting: its own resolutions first, as the meeting page shows them above
 * the agenda. Spelt out because the engines sort NULL at opposite ends.
 */
const AGENDA_ORDER = sql<number>`coalesce(${sql.ref('agendaItems.position')}, -1)`;

function withContext(query: ReturnType<typeof decisions>) {
  return query
    .selectAll('resolutions')
    .select([
      'agendaItems.title as itemTitle',
      'meetings.id as meetingId',
      'meetings.date as meetingDate',
      'bodies.id as bodyId',
      'bodies.slug as bodySlug',
      'bodies.name as bodyName',
    ]);
}

type DecisionRow = Awaited<ReturnType<ReturnType<typeof withContext>['executeTakeFirstOrThrow']>>;

/** Resolutions and decisions of items the public may read. */
export class PublicDecisions {
  constructor(private readonly db: Db) {}

  async #present(rows: readonly DecisionRow[]): Promise<DecisionAtMeeting[]> {
    const [sources, motions] = await Promise.all([
      sourcesOf(
        this.db,
        rows.map((r) => r.id),
      ),
      publicMotions(this.db, rows),
    ]);
    return rows.map(({ itemTitle, meetingId, meetingDate, bodyId, bodySlug, bodyName, ...r }) => ({
      ...toResolution({ ...r, meetingId }),
      item: r.itemId !== null && itemTitle !== null ? { id: r.itemId, title: itemTitle } : null,
      meeting: { id: meetingId, date: meetingDate },
      body: { id: bodyId, slug: bodySlug, name: bodyName },
      source: sources.get(r.id) ?? null,
      motion: motions.get(r.id),
    }));
  }

  /**
   * The latest decisions on substantive items and of meetings without items, up to a date: standard
   * items (apologies, approving the last minutes) are left out because they say nothing new.
   */
  async recent(options: { readonly until: string; readonly limit: number }): Promise<DecisionAtMeeting[]> {
    const rows = await withContext(decisions(this.db))
      .where('meetings.date', '<=', options.until)
      .where('agendaItems.standardKind', 'is', null)
      .orderBy('meetings.date', 'desc')
      .orderBy('meetings.id')
      .orderBy(AGENDA_ORDER)
      .orderBy('resolutions.position')
      .orderBy('resolutions.id')
      .limit(options.limit)
      .execute();
    return this.#present(rows);
  }

  /** Newest meeting first, in agenda and resolution order (a meeting's own resolutions before its items'). */
  async page(filter: DecisionFilter, page: PageRequest): Promise<Paged<DecisionAtMeeting>> {
    let base = decisions(this.db);
    if (filter.meetingId) base = base.where('resolutions.meetingId', '=', filter.meetingId);
    if (filter.itemId) base = base.where('resolutions.itemId', '=', filter.itemId);
    if (filter.bodyId) base = base.where('meetings.bodyId', '=', filter.bodyId);
    if (filter.kind) base = base.where('resolutions.kind', '=', filter.kind);
    if (filter.from) base = base.where('meetings.date', '>=', filter.from);
    if (filter.to) base = base.where('meetings.date', '<=', filter.to);
    const total = countOf(await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
    const rows = await withContext(base)
      .orderBy('meetings.date', 'desc')
      .orderBy('meetings.id')
      .orderBy(AGENDA_ORDER)
      .orderBy('resolutions.position')
      .orderBy('resolutions.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { total, rows: await this.#present(rows) };
  }

  async find(id: string): Promise<DecisionAtMeeting | undefined> {
    const row = await withContext(decisions(this.db)).where('resolutions.id', '=', id).executeTakeFirst();
    return row ? (await this.#present([row]))[0] : undefined;
  }

  /** The agenda item each resolution belongs to, so a resolution found by search links to its item. */
  async itemsOf(resolutionIds: readonly string[]): Promise<ReadonlyMap<string, string>> {
    if (resolutionIds.length === 0) return new Map();
    const rows = await publicResolutions(this.db)
      .select(['resolutions.id', 'resolutions.itemId'])
      .where('resolutions.id', 'in', [...resolutionIds])
      .execute();
    return new Map(rows.map((r) => [r.id, withItem(r).itemId]));
  }
}
