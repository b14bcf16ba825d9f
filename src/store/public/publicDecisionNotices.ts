import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { DecisionNotice } from '../../domain/decisions/decisionNotice.js';
import type { CallInRequestTable, Database, DecisionNoticeTable } from '../database.js';
import { toDecisionNotice } from '../decisionNoticeRow.js';
import { toCallInRequest } from '../forwardPlanRow.js';
import { keysetPages } from '../keysetPages.js';
import { changeBounds, type CatalogueScope, type KeysetRequest } from './catalogue/catalogueRequest.js';
import type { PublicCallIn } from './publicCallIns.js';
import { countOf, type PageRequest, type Paged } from './publicRefs.js';
import { exemptItemIds } from './publicScope.js';

export interface PublicDecisionNotice extends DecisionNotice {
  readonly body: { readonly slug: string; readonly name: string } | null;
  /** The public agenda item the decision was taken on, when the clerk named one. */
  readonly itemId: string | null;
  /** That item's title, for a link to it. */
  readonly itemTitle: string | null;
  /**
   * The meeting it was taken at: the item's, or else the meeting its body held on the day of the
   * decision (the first by id, should it have met twice that day); null for an officer's decision.
   */
  readonly meeting: { readonly id: string; readonly date: string } | null;
  /** Members' requests to call it in, oldest first, each with its grounds and outcome. */
  readonly callIns: readonly PublicCallIn[];
  /** When the notice last changed: its own record, or a call-in made or decided (for OParl's `modified`, the feeds). */
  readonly changedAt: string;
  /** When the latest call-in was made or its outcome recorded; null when none was. */
  readonly callInChangedAt: string | null;
}

type Db = Kysely<Database>;

/**
 * Published decision notices: those whose publication date has come, and none taken on an exempt
 * item (issue 19: a notice of a private item is as private as the item). A notice is otherwise
 * public by nature (the law requires it).
 */
export class PublicDecisionNotices {
  constructor(private readonly db: Db) {}

  #published(today: string) {
    return this.db
      .selectFrom('decisionNotices')
      .leftJoin('bodies', 'bodies.id', 'decisionNotices.bodyId')
      .where('decisionNotices.publishedOn', '<=', today)
      .where((eb) =>
        eb.or([
          eb('decisionNotices.itemId', 'is', null),
          eb('decisionNotices.itemId', 'not in', exemptItemIds(this.db)),
        ]),
      );
  }

  #withBody(today: string) {
    return this.#published(today)
      .selectAll('decisionNotices')
      .select((eb) => [
        'bodies.slug as bodySlug',
        'bodies.name as bodyName',
        eb
          .fn<string | null>('coalesce', [
            eb
              .selectFrom('agendaItems as noticeItem')
              .select('noticeItem.meetingId')
              .whereRef('noticeItem.id', '=', 'decisionNotices.itemId'),
            eb
              .selectFrom('meetings as sameDay')
              .select((m) => m.fn.min('sameDay.id').as('id'))
              .whereRef('sameDay.bodyId', '=', 'decisionNotices.bodyId')
              .whereRef('sameDay.date', '=', 'decisionNotices.decidedOn'),
          ])
          .as('meetingId'),
      ]);
  }

  async page(today: string, page: PageRequest): Promise<Paged<PublicDecisionNotice>> {
    const [rows, total] = await Promise.all([
      this.#withBody(today)
        .orderBy('decisionNotices.publishedOn', 'desc')
        .orderBy('decisionNotices.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      this.#published(today)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    ]);
    return { rows: await this.#complete(rows), total: countOf(total) };
  }

  async byId(id: string, today: string): Promise<PublicDecisionNotice | undefined> {
    return (await this.byIds([id], today))[0];
  }

  async byIds(ids: readonly string[], today: string): Promise<PublicDecisionNotice[]> {
    if (ids.length === 0) return [];
    const rows = await this.#withBody(today)
      .where('decisionNotices.id', 'in', [...new Set(ids)])
      .orderBy('decisionNotices.id')
      .execute();
    return this.#complete(rows);
  }

  /** Whether a published, public notice has this id (one query, for a list's cursor). */
  async isPublished(id: string, today: string): Promise<boolean> {
    const row = await this.#published(today)
      .select('decisionNotices.id')
      .where('decisionNotices.id', '=', id)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** How many notices a keyset list holds: one body's (by `bodyId`), created or changed within a window. */
  async count(today: string, scope: CatalogueScope = {}): Promise<number> {
    return countOf(
      await this.#published(today)
        .where((eb) => this.#inScope(eb, scope))
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    );
  }

  /** A keyset page in id order (OParl lists, the exports): after `request.after`, up to `request.limit`. */
  async keysetPage(request: KeysetRequest, today: string, scope: CatalogueScope = {}): Promise<PublicDecisionNotice[]> {
    const rows = await this.#withBody(today)
      .where((eb) => this.#inScope(eb, scope))
      .$if(request.after !== null, (q) => q.where('decisionNotices.id', '>', request.after!))
      .orderBy('decisionNotices.id')
      .limit(request.limit)
      .execute();
    return this.#complete(rows);
  }

  stream(today: string, scope: CatalogueScope = {}): AsyncGenerator<PublicDecisionNotice[]> {
    return keysetPages(
      (after: string | null, limit) => this.keysetPage({ after, limit }, today, scope),
      (n) => n.id,
    );
  }

  /**
   * The notices most recently published or changed by a call-in, newest first, for the news feeds:
   * a notice is news when it is published and again when called in or the call-in decided.
   */
  async latest(
    today: string,
    options: { readonly bodyId?: string; readonly limit: number },
  ): Promise<PublicDecisionNotice[]> {
    const latestCallIn = (eb: ExpressionBuilder<Database, 'decisionNotices'>) =>
      eb
        .selectFrom('callInRequests as c')
        .select((c) => c.fn.max('c.updatedAt').as('at'))
        .whereRef('c.decisionNoticeId', '=', 'decisionNotices.id');
    const rows = await this.#withBody(today)
      .$if(options.bodyId !== undefined, (q) => q.where('decisionNotices.bodyId', '=', options.bodyId!))
      .orderBy((eb) => eb.fn.coalesce(latestCallIn(eb), 'decisionNotices.publishedOn'), 'desc')
      .orderBy('decisionNotices.publishedOn', 'desc')
      .orderBy('decisionNotices.id', 'desc')
      .limit(options.limit)
      .execute();
    return this.#complete(rows);
  }

  /** Whether a notice is in a list's scope: its body, and its creation and latest change within the window. */
  #inScope(eb: ExpressionBuilder<Database, 'decisionNotices' | 'bodies'>, scope: CatalogueScope) {
    const bounds = changeBounds(scope.changed);
    const laterCallIn = (op: '>=' | '>', value: string) =>
      eb.exists(
        eb
          .selectFrom('callInRequests as c')
          .select('c.id')
          .whereRef('c.decisionNoticeId', '=', 'decisionNotices.id')
          .where('c.updatedAt', op, value),
      );
    return eb.and([
      ...(scope.bodyId === undefined ? [] : [eb('decisionNotices.bodyId', '=', scope.bodyId)]),
      ...bounds.map((b) => {
        if (b.time === 'created') return eb('decisionNotices.createdAt', b.op, b.value);
        // Changed since: the notice or any call-in of it. Changed until: the notice and every call-in.
        return b.op === '>='
          ? eb.or([eb('decisionNotices.updatedAt', '>=', b.value), laterCallIn('>=', b.value)])
          : eb.and([eb('decisionNotices.updatedAt', '<=', b.value), eb.not(laterCallIn('>', b.value))]);
      }),
    ]);
  }

  async #complete(rows: readonly NoticeRow[]): Promise<PublicDecisionNotice[]> {
    const meetingIds = [...new Set(rows.flatMap((r) => (r.meetingId ? [r.meetingId] : [])))];
    const itemIds = [...new Set(rows.flatMap((r) => (r.itemId ? [r.itemId] : [])))];
    const [callIns, meetings, items] = await Promise.all([
      callInsOf(
        this.db,
        rows.map((r) => r.id),
      ),
      meetingIds.length === 0
        ? []
        : this.db.selectFrom('meetings').select(['id', 'date']).where('id', 'in', meetingIds).execute(),
      itemIds.length === 0
        ? []
        : this.db.selectFrom('agendaItems').select(['id', 'title']).where('id', 'in', itemIds).execute(),
    ]);
    const dates = new Map(meetings.map((m) => [m.id, m.date]));
    const titles = new Map(items.map((i) => [i.id, i.title]));
    return rows.map(({ bodySlug, bodyName, meetingId, itemId, ...notice }) => {
      const own = callIns.filter((c) => c.decisionNoticeId === notice.id);
      const callInChangedAt = own.reduce<string | null>(
        (at, c) => (at === null || c.updatedAt > at ? c.updatedAt : at),
        null,
      );
      return {
        ...toDecisionNotice({ ...notice, itemId }),
        body: bodySlug && bodyName ? { slug: bodySlug, name: bodyName } : null,
        itemId: itemId ?? null,
        itemTitle: (itemId && titles.get(itemId)) ?? null,
        meeting: meetingId && dates.has(meetingId) ? { id: meetingId, date: dates.get(meetingId)! } : null,
        callIns: own.map((c) => {
          const { version: _v, ...rest } = toCallInRequest(c);
          return rest;
        }),
        changedAt: callInChangedAt !== null && callInChangedAt > notice.updatedAt ? callInChangedAt : notice.updatedAt,
        callInChangedAt,
      };
    });
  }
}

type NoticeRow = Selectable<DecisionNoticeTable> & {
  readonly bodySlug: string | null;
  readonly bodyName: string | null;
  readonly meetingId: string | null;
};

async function callInsOf(db: Db, noticeIds: readonly string[]): Promise<CallInRequestTable[]> {
  if (noticeIds.length === 0) return [];
  return db
    .selectFrom('callInRequests')
    .selectAll()
    .where('decisionNoticeId', 'in', [...new Set(noticeIds)])
    .orderBy('requestedOn', 'asc')
    .orderBy('id', 'asc')
    .execute();
}
