import type { Kysely } from 'kysely';
import type { AgendaItem } from '../../domain/agendaItem.js';
import type { DeclarationConduct, DeclarationKind } from '../../domain/declaration.js';
import { isPublicItem, publicViewOfItem } from '../../domain/exemptInformation.js';
import type { Meeting } from '../../domain/meeting.js';
import type { MinutePoint, Resolution } from '../../domain/minutes.js';
import { topicMatch } from '../../domain/topicTerms.js';
import type { Database } from '../database.js';
import { toAgendaItem, toDeclarationConduct, toMinutePoint, toResolution } from '../rowMappers.js';
import {
  countOf,
  personRefs,
  sourcesOf,
  type BodyRef,
  type PageRequest,
  type Paged,
  type PersonRef,
  type SourceLink,
} from './publicRefs.js';
import { publicDeclarations, publicItems, publicMinutePoints, publicResolutions } from './publicScope.js';
import { publicMinutesState, publicMotions, type PublicMinutesState, type PublicMotion } from './publicMinutes.js';

/** An item with where and when it was taken. */
export interface ItemAtMeeting extends AgendaItem {
  readonly meeting: Pick<Meeting, 'id' | 'date' | 'startTime'>;
  readonly body: BodyRef;
}

/** One item whole: an exempt one keeps its numbers and title, and has no minutes, points or resolutions. */
/** A declaration of interest on the item, as the public reads it. */
export interface ItemDeclaration extends DeclarationConduct {
  readonly person: PersonRef;
  readonly kind: DeclarationKind;
  readonly text: string;
}

export interface ItemDetail extends ItemAtMeeting {
  /** Declared on this item (none on an exempt item: their words may reveal what is withheld). */
  readonly declarations: readonly ItemDeclaration[];
  readonly points: readonly MinutePoint[];
  readonly resolutions: readonly (Resolution & {
    readonly source: SourceLink | null;
    readonly motion?: PublicMotion;
  })[];
  /** Draft or confirmed: the meeting's minutes, and amendments to this item's. */
  readonly minutes: PublicMinutesState;
  readonly source: SourceLink | null;
}

export interface ItemFilter {
  readonly meetingId?: string;
  readonly bodyId?: string;
  readonly from?: string;
  readonly to?: string;
}

/** An earlier or later item on the same subject. */
export interface TopicEntry {
  readonly itemId: string;
  readonly title: string;
  readonly meetingId: string;
  readonly date: string;
  readonly bodyName: string;
  readonly score: number;
  readonly shared: readonly string[];
}

/** Candidates come through the item's rarest words only, so common words cannot make this scan the archive. */
const RAREST_TERMS = 3;
const CANDIDATES_PER_TERM = 400;

type Db = Kysely<Database>;

function atMeeting(db: Db) {
  return db
    .selectFrom('agendaItems')
    .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
    .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
    .selectAll('agendaItems')
    .select([
      'meetings.date as meetingDate',
      'meetings.startTime as meetingStartTime',
      'bodies.id as bodyId',
      'bodies.slug as bodySlug',
      'bodies.name as bodyName',
    ]);
}

type AtMeetingRow = Awaited<ReturnType<ReturnType<typeof atMeeting>['executeTakeFirstOrThrow']>>;

function toItemAtMeeting(r: AtMeetingRow): ItemAtMeeting {
  const { meetingDate, meetingStartTime, bodyId, bodySlug, bodyName, ...item } = r;
  return {
    ...publicViewOfItem(toAgendaItem(item)),
    meeting: { id: item.meetingId, date: meetingDate, startTime: meetingStartTime },
    body: { id: bodyId, slug: bodySlug, name: bodyName },
  };
}

/** Agenda items as the public sees them. */
export class PublicItems {
  constructor(private readonly db: Db) {}

  /** One item whole, exempt or not (an exempt one redacted), or undefined. */
  async detail(id: string): Promise<ItemDetail | undefined> {
    const row = await atMeeting(this.db).where('agendaItems.id', '=', id).executeTakeFirst();
    return row && this.#withMinutes(toItemAtMeeting(row));
  }

  /** One item the public may read in full; an exempt item is not found. */
  async findPublic(id: string): Promise<ItemDetail | undefined> {
    const item = await this.detail(id);
    return item && isPublicItem(item) ? item : undefined;
  }

  async #withMinutes(item: ItemAtMeeting): Promise<ItemDetail> {
    const [points, resolutions, declarations] = await Promise.all([
      publicMinutePoints(this.db).selectAll().where('itemId', '=', item.id).orderBy('position').execute(),
      publicResolutions(this.db)
        .selectAll('resolutions')
        .where('resolutions.itemId', '=', item.id)
        .orderBy('resolutions.position')
        .execute(),
      publicDeclarations(this.db).selectAll().where('itemId', '=', item.id).orderBy('id').execute(),
    ]);
    const sources = await sourcesOf(this.db, [item.id, ...resolutions.map((r) => r.id)]);
    const people = await personRefs(
      this.db,
      declarations.map((d) => d.personId),
    );
    const [motions, minutes] = await Promise.all([
      publicMotions(this.db, resolutions),
      publicMinutesState(this.db, item.meetingId, item.isExempt ? [] : [item.id]),
    ]);
    return {
      ...item,
      declarations: declarations.map((d) => ({
        person: people.get(d.personId) ?? { id: d.personId, slug: d.personId, name: 'Unknown' },
        kind: d.kind as DeclarationKind,
        text: d.text,
        ...toDeclarationConduct(d),
      })),
      points: points.map(toMinutePoint),
      resolutions: resolutions.map((r) => ({
        ...toResolution(r),
        source: sources.get(r.id) ?? null,
        motion: motions.get(r.id),
      })),
      minutes: { ...minutes, amendments: minutes.amendments.filter((a) => a.itemId === item.id) },
      source: sources.get(item.id) ?? null,
    };
  }

  /** Items the public may read in full, newest meeting first, in agenda order. */
  async page(filter: ItemFilter, page: PageRequest): Promise<Paged<ItemAtMeeting>> {
    let base = publicItems(this.db)
      .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
      .innerJoin('bodies', 'bodies.id', 'meetings.bodyId');
    if (filter.meetingId) base = base.where('agendaItems.meetingId', '=', filter.meetingId);
    if (filter.bodyId) base = base.where('meetings.bodyId', '=', filter.bodyId);
    if (filter.from) base = base.where('meetings.date', '>=', filter.from);
    if (filter.to) base = base.where('meetings.date', '<=', filter.to);
    const total = countOf(await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
    const rows = await base
      .selectAll('agendaItems')
      .select([
        'meetings.date as meetingDate',
        'meetings.startTime as meetingStartTime',
        'bodies.id as bodyId',
        'bodies.slug as bodySlug',
        'bodies.name as bodyName',
      ])
      .orderBy('meetings.date', 'desc')
      .orderBy('meetings.id')
      .orderBy('agendaItems.position')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
    return { total, rows: rows.map(toItemAtMeeting) };
  }

  /**
   * The same subject at earlier and later meetings, oldest first: public items whose titles share
   * at least two subject words with this one, weighted so that rare words count more.
   */
  async topicHistory(itemId: string, limit = 30): Promise<TopicEntry[]> {
    const db = this.db;
    const terms = (await db.selectFrom('itemTerms').select('term').where('itemId', '=', itemId).execute()).map(
      (r) => r.term,
    );
    if (terms.length < 2) return [];
    const df = new Map(
      (
        await db
          .selectFrom('itemTerms')
          .select((eb) => ['term', eb.fn.countAll<number>().as('n')])
          .where('term', 'in', terms)
          .groupBy('term')
          .execute()
      ).map((r) => [r.term, Number(r.n)]),
    );
    const rarest = [...terms]
      .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || a.localeCompare(b))
      .slice(0, RAREST_TERMS);
    const candidateIds = new Set<string>();
    for (const term of rarest) {
      const rows = await db
        .selectFrom('itemTerms')
        .select('itemId')
        .where('term', '=', term)
        .where('itemId', '<>', itemId)
        .orderBy('itemId')
        .limit(CANDIDATES_PER_TERM)
        .execute();
      for (const r of rows) candidateIds.add(r.itemId);
    }
    if (candidateIds.size === 0) return [];
    const candidateTerms = await db
      .selectFrom('itemTerms')
      .select(['itemId', 'term'])
      .where('itemId', 'in', [...candidateIds])
      .execute();
    const byItem = new Map<string, string[]>();
    for (const r of candidateTerms) byItem.set(r.itemId, [...(byItem.get(r.itemId) ?? []), r.term]);
    const weight = (term: string): number => 1 / Math.log(2 + (df.get(term) ?? 1));
    const matches = [...byItem]
      .map(([id, t]) => ({ id, match: topicMatch(terms, t, weight) }))
      .filter((m): m is { id: string; match: NonNullable<ReturnType<typeof topicMatch>> } => m.match !== null)
      .sort((a, b) => b.match.score - a.match.score || a.id.localeCompare(b.id))
      .slice(0, limit);
    if (matches.length === 0) return [];
    const rows = await publicItems(db)
      .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
      .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
      .select([
        'agendaItems.id',
        'agendaItems.title',
        'meetings.id as meetingId',
        'meetings.date',
        'bodies.name as bodyName',
      ])
      .where(
        'agendaItems.id',
        'in',
        matches.map((m) => m.id),
      )
      .execute();
    const score = new Map(matches.map((m) => [m.id, m.match]));
    return rows
      .map((r) => ({
        itemId: r.id,
        title: r.title,
        meetingId: r.meetingId,
        date: r.date,
        bodyName: r.bodyName,
        score: score.get(r.id)!.score,
        shared: score.get(r.id)!.shared,
      }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.itemId.localeCompare(b.itemId));
  }
}
