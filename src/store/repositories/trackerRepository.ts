import type { ExpressionBuilder, Kysely } from 'kysely';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { Acceptance, RecommendationStatus } from '../../domain/recommendation.js';
import { isRagRating } from '../../domain/tracker/rag.js';
import { formatTrackerReference } from '../../domain/tracker/trackerReference.js';
import type { TrackerEntry, TrackerResponse } from '../../domain/tracker/trackerEntry.js';
import type { AgendaItemTable, Database, RecommendationResponseTable } from '../database.js';
import { preparedQuery } from '../preparedQuery.js';

/** A recommendation still without a reference, with what numbering it needs. */
export interface Unreferenced {
  readonly id: string;
  readonly bodyId: string;
  readonly meetingDate: IsoDate;
  readonly municipalYear: string | null;
}

export interface TrackerFilter {
  /** The bodies the reader clerks; null for every body. */
  readonly bodyIds: readonly string[] | null;
  readonly bodyId?: string;
  readonly meetingId?: string;
  readonly addresseeAccountId?: string;
  /** `2024/25`: the municipal year the recommendation was made in. */
  readonly year?: string;
}

/** What a clerk changes on a tracked recommendation. */
export interface TrackerChange {
  readonly decisionMaker: string | null;
  readonly addresseeAccountId: string | null;
  readonly sentOn: IsoDate | null;
  readonly responseDueOn: IsoDate | null;
  readonly rag: string | null;
  readonly status: RecommendationStatus;
}

/** A recommendation of one item, as the minutes' save keeps them in step with its resolutions. */
export interface ItemRecommendation {
  readonly id: string;
  readonly resolutionId: string | null;
  readonly text: string;
  readonly status: string;
  readonly version: number;
  readonly responses: number;
}

type Db = Kysely<Database>;

/** Recommendations with their committee, meeting, item and addressee. */
function entriesOf(db: Db) {
  return db
    .selectFrom('recommendations as r')
    .innerJoin('meetings as m', 'm.id', 'r.meetingId')
    .innerJoin('bodies as b', 'b.id', 'm.bodyId')
    .leftJoin('agendaItems as i', 'i.id', 'r.itemId')
    .leftJoin('accounts as a', 'a.id', 'r.addresseeAccountId')
    .selectAll('r')
    .select([
      'b.name as bodyName',
      'b.slug as bodySlug',
      'm.bodyId as meetingBodyId',
      'm.date as meetingDate',
      'm.municipalYear as meetingYear',
      'i.title as itemTitle',
      'i.isExempt as itemExempt',
      'a.email as addresseeEmail',
    ]);
}

/**
 * A meeting's own recommendations (no item) after its items', on both engines: SQLite sorts a null
 * position first and PostgreSQL last, so the nulls are ordered explicitly (false before true).
 */
function itemsFirst(eb: ExpressionBuilder<Database & { i: AgendaItemTable }, 'i'>) {
  return eb('i.position', 'is', null);
}

/** Asked once for every meeting an import stores: written once. */
const unreferencedRows = preparedQuery((db: Kysely<Database>) =>
  db
    .selectFrom('recommendations as r')
    .innerJoin('meetings as m', 'm.id', 'r.meetingId')
    .leftJoin('agendaItems as i', 'i.id', 'r.itemId')
    .leftJoin('resolutions as s', 's.id', 'r.resolutionId')
    .select(['r.id', 'm.bodyId', 'm.date as meetingDate', 'm.municipalYear'])
    .where('r.referenceNumber', 'is', null)
    .orderBy('m.date')
    .orderBy(itemsFirst)
    .orderBy('i.position')
    .orderBy('s.position')
    .orderBy('r.id'),
);

type EntryRow = Awaited<ReturnType<ReturnType<typeof entriesOf>['execute']>>[number];

function toResponse(r: RecommendationResponseTable): TrackerResponse {
  return {
    id: r.id,
    respondedOn: r.respondedOn as IsoDate,
    acceptance: r.acceptance as Acceptance,
    text: r.text,
    implementation: r.implementation,
    recordedBy: r.recordedBy ?? null,
  };
}

/** The recommendation tracker: references, addressees, progress and responses (migration 0024). */
export class TrackerRepository {
  constructor(private readonly db: Db) {}

  /** Recommendations without a reference, in the order they were made (meeting, item, resolution). */
  async unreferenced(): Promise<Unreferenced[]> {
    const rows = await unreferencedRows(this.db);
    return rows.map((r) => ({ ...r, meetingDate: r.meetingDate as IsoDate }));
  }

  /** The highest number given in a committee's year, 0 when none. */
  async lastNumber(bodyId: string, year: string): Promise<number> {
    const [row] = await lastReference(this.db, bodyId, year);
    return Number(row?.n ?? 0);
  }

  /** Gives a reference once: a recommendation that has one keeps it. */
  async setReference(id: string, bodyId: string, year: string, number: number): Promise<void> {
    await this.db
      .updateTable('recommendations')
      .set({ bodyId, referenceYear: year, referenceNumber: number })
      .where('id', '=', id)
      .where('referenceNumber', 'is', null)
      .execute();
  }

  async list(filter: TrackerFilter): Promise<TrackerEntry[]> {
    if (filter.bodyIds && filter.bodyIds.length === 0) return [];
    let query = entriesOf(this.db);
    if (filter.bodyIds) query = query.where('m.bodyId', 'in', [...filter.bodyIds]);
    if (filter.bodyId) query = query.where('m.bodyId', '=', filter.bodyId);
    if (filter.meetingId) query = query.where('r.meetingId', '=', filter.meetingId);
    if (filter.addresseeAccountId) query = query.where('r.addresseeAccountId', '=', filter.addresseeAccountId);
    if (filter.year)
      query = query.where((eb) =>
        eb.or([
          eb('r.referenceYear', '=', filter.year!),
          eb.and([eb('r.referenceYear', 'is', null), eb('m.municipalYear', '=', filter.year!)]),
        ]),
      );
    const rows = await query
      .orderBy('m.date', 'desc')
      .orderBy('r.referenceNumber')
      .orderBy(itemsFirst)
      .orderBy('i.position')
      .orderBy('r.id')
      .execute();
    return this.#present(rows);
  }

  async find(id: string): Promise<TrackerEntry | undefined> {
    const rows = await entriesOf(this.db).where('r.id', '=', id).execute();
    return (await this.#present(rows))[0];
  }

  /** Every response of a recommendation, oldest first. */
  async responses(recommendationId: string): Promise<TrackerResponse[]> {
    const rows = await this.db
      .selectFrom('recommendationResponses')
      .selectAll()
      .where('recommendationId', '=', recommendationId)
      .orderBy('respondedOn')
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    return rows.map(toResponse);
  }

  /** Changes a recommendation only if it is still at `version`; false when someone else changed it first. */
  async update(id: string, version: number, change: TrackerChange, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('recommendations')
      .set({ ...change, updatedAt: now, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async addResponse(
    response: TrackerResponse & { readonly recommendationId: string; readonly createdAt: string },
  ): Promise<void> {
    await this.db.insertInto('recommendationResponses').values(response).execute();
  }

  /** The active decision makers' accounts, to address recommendations to. */
  async decisionMakers(): Promise<{ id: string; email: string }[]> {
    return this.db
      .selectFrom('accounts')
      .select(['id', 'email'])
      .where('role', '=', 'decision_maker')
      .where('active', '=', 1)
      .orderBy('email')
      .execute();
  }

  /** The recommendations an item's resolutions made, with how far the tracker has taken each. */
  async ofItem(itemId: string): Promise<ItemRecommendation[]> {
    const rows = await this.db
      .selectFrom('recommendations as r')
      .select(['r.id', 'r.resolutionId', 'r.text', 'r.status', 'r.version'])
      .select((eb) =>
        eb
          .selectFrom('recommendationResponses as x')
          .select((e) => e.fn.countAll().as('n'))
          .whereRef('x.recommendationId', '=', 'r.id')
          .as('responses'),
      )
      .where('r.itemId', '=', itemId)
      .orderBy('r.id')
      .execute();
    return rows.map((r) => ({ ...r, version: Number(r.version ?? 1), responses: Number(r.responses ?? 0) }));
  }

  /** An item's resolutions, to find which of them recommend. */
  async resolutionsOfItem(
    itemId: string,
  ): Promise<{ id: string; kind: string; isFormal: boolean; text: string; position: number }[]> {
    const rows = await this.db
      .selectFrom('resolutions')
      .select(['id', 'kind', 'isFormal', 'text', 'position'])
      .where('itemId', '=', itemId)
      .orderBy('position')
      .execute();
    return rows.map((r) => ({ ...r, isFormal: Boolean(r.isFormal) }));
  }

  async delete(ids: readonly string[]): Promise<void> {
    if (ids.length)
      await this.db
        .deleteFrom('recommendations')
        .where('id', 'in', [...ids])
        .execute();
  }

  /** A meeting's recommendations whose resolution is gone (a newer version of its document is being saved). */
  async orphansOf(meetingId: string): Promise<{ id: string; text: string }[]> {
    return this.db
      .selectFrom('recommendations')
      .select(['id', 'text'])
      .where('meetingId', '=', meetingId)
      .where('resolutionId', 'is', null)
      .orderBy('referenceNumber')
      .orderBy('id')
      .execute();
  }

  /** Ties a recommendation to the resolution (and item) that now makes it. */
  async adopt(id: string, by: { resolutionId: string; itemId: string | null; text: string }): Promise<void> {
    await this.db.updateTable('recommendations').set(by).where('id', '=', id).execute();
  }

  async setText(id: string, resolutionId: string, text: string): Promise<void> {
    await this.db.updateTable('recommendations').set({ resolutionId, text }).where('id', '=', id).execute();
  }

  /**
   * Forgets the recommendations of a meeting that lost their resolution and that nobody has
   * touched (still `made`, never changed, never answered): a re-import or a rewritten minute no
   * longer makes them. One a clerk has started to track stays, with its reference.
   */
  async dropUntouchedOrphans(meetingId: string): Promise<string[]> {
    const gone = await this.db
      .selectFrom('recommendations as r')
      .select('r.id')
      .where('r.meetingId', '=', meetingId)
      .where('r.status', '=', 'made')
      .where('r.version', '=', 1)
      .where((eb) =>
        eb.or([
          eb('r.resolutionId', 'is', null),
          eb('r.resolutionId', 'not in', eb.selectFrom('resolutions').select('id')),
        ]),
      )
      .where((eb) =>
        eb.not(
          eb.exists(
            eb.selectFrom('recommendationResponses as x').select('x.id').whereRef('x.recommendationId', '=', 'r.id'),
          ),
        ),
      )
      .execute();
    const ids = gone.map((r) => r.id);
    if (ids.length) await this.db.deleteFrom('recommendations').where('id', 'in', ids).execute();
    return ids;
  }

  async #present(rows: readonly EntryRow[]): Promise<TrackerEntry[]> {
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
          .orderBy('createdAt')
          .orderBy('id')
          .execute()
      : [];
    const latest = new Map<string, RecommendationResponseTable>();
    for (const x of responses) latest.set(x.recommendationId, x);
    return rows.map((r) => {
      const response = latest.get(r.id);
      return {
        id: r.id,
        reference:
          r.referenceYear && r.referenceNumber
            ? formatTrackerReference({ year: r.referenceYear, number: Number(r.referenceNumber) })
            : null,
        text: r.text,
        status: r.status as RecommendationStatus,
        resolutionId: r.resolutionId,
        body: { id: r.meetingBodyId, name: r.bodyName, slug: r.bodySlug },
        meeting: { id: r.meetingId, date: r.meetingDate as IsoDate, municipalYear: r.meetingYear },
        item:
          r.itemId && r.itemTitle !== null
            ? { id: r.itemId, title: r.itemTitle, isExempt: Boolean(r.itemExempt) }
            : null,
        decisionMaker: r.decisionMaker,
        addressee:
          r.addresseeAccountId && r.addresseeEmail ? { id: r.addresseeAccountId, email: r.addresseeEmail } : null,
        sentOn: r.sentOn as IsoDate | null,
        responseDueOn: r.responseDueOn as IsoDate | null,
        rag: isRagRating(r.rag) ? r.rag : null,
        version: Number(r.version ?? 1),
        response: response ? toResponse(response) : null,
      };
    });
  }
}

const lastReference = preparedQuery((db: Kysely<Database>, bodyId: string, year: string) =>
  db
    .selectFrom('recommendations')
    .select((eb) => eb.fn.max('referenceNumber').as('n'))
    .where('bodyId', '=', bodyId)
    .where('referenceYear', '=', year),
);
