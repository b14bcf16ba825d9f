import type { Kysely } from 'kysely';
import type { AgendaItem } from '../../domain/agendaItem.js';
import type { AttendanceCapacity, AttendanceKind } from '../../domain/attendance.js';
import type { DeclarationConduct, DeclarationKind } from '../../domain/declaration.js';
import { publicViewOfItem } from '../../domain/exemptInformation.js';
import type { Meeting } from '../../domain/meeting.js';
import type { ItemMoment } from '../../domain/register/registerLine.js';
import type { MinutePoint, Resolution } from '../../domain/minutes.js';
import type { DocumentPart, SourceDocument } from '../../domain/sourceDocument.js';
import { meetingNotices, type MeetingNotice } from '../../domain/schedule/meetingNotices.js';
import type { Database, RegisterTables } from '../database.js';
import { toRegisterLine } from '../repositories/registerRepository.js';
import {
  DOCUMENT_META_COLUMNS,
  toAgendaItem,
  toDeclarationConduct,
  toDocumentPart,
  toMeeting,
  toMeetingChange,
  toMinutePoint,
  toResolution,
  toSourceDocument,
} from '../rowMappers.js';
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
import { publicMinutesState, publicMotions, type PublicMinutesState, type PublicMotion } from './publicMinutes.js';
import {
  isPublicDocument,
  meetingResolutions,
  publicDeclarations,
  publicMinutePoints,
  publicResolutions,
} from './publicScope.js';

/** A meeting with its body, as lists show it. */
export interface MeetingSummary extends Meeting {
  readonly body: BodyRef;
  /** Items on the agenda, exempt ones included (their titles are public). */
  readonly itemCount: number;
  /** Items the public may read in full. */
  readonly publicItemCount: number;
}

export interface MeetingFilter {
  readonly bodyId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly status?: string;
  /** A municipal year's label, `2024/25`. */
  readonly municipalYear?: string;
  readonly order?: 'asc' | 'desc';
}

/** A municipal year with meetings, and how many. */
export interface MeetingYear {
  readonly municipalYear: string;
  readonly meetings: number;
}

/** A resolution with the place it was read and, when the workspace recorded one, its motion. */
export type SourcedResolutionLine = Resolution & {
  readonly source: SourceLink | null;
  readonly motion?: PublicMotion;
};

/** An agenda item with its minutes; an exempt one keeps only its numbers and title. */
export interface ItemMinutes extends AgendaItem {
  readonly points: readonly MinutePoint[];
  readonly resolutions: readonly SourcedResolutionLine[];
  readonly source: SourceLink | null;
}

export interface AttendanceLine {
  readonly person: PersonRef;
  readonly kind: AttendanceKind;
  readonly reason: string | null;
  readonly roleText: string | null;
  readonly capacity: AttendanceCapacity | null;
  readonly substituteFor: PersonRef | null;
  /** The written register's facts (migration 0019): took part remotely, came late, left early. */
  readonly remote: boolean;
  readonly arrival: ItemMoment | null;
  readonly departure: ItemMoment | null;
}

export interface DeclarationLine extends DeclarationConduct {
  readonly person: PersonRef;
  readonly itemId: string | null;
  readonly kind: DeclarationKind;
  readonly text: string;
}

export interface MeetingDocument extends SourceDocument {
  readonly parts: readonly DocumentPart[];
}

export interface MeetingDetail {
  readonly meeting: Meeting;
  readonly body: BodyRef;
  readonly items: readonly ItemMinutes[];
  /** What the meeting resolved outside any item (prose minutes with no items). */
  readonly resolutions: readonly SourcedResolutionLine[];
  readonly attendance: readonly AttendanceLine[];
  readonly declarations: readonly DeclarationLine[];
  /** Source documents the meeting's facts were read from (never one filed under an exempt item). */
  readonly documents: readonly MeetingDocument[];
  /** What the public is told of its changes: "Moved from …", "Cancelled: …". */
  readonly notices: readonly MeetingNotice[];
  /** Draft or confirmed, and amendments since (minutes written in the workspace; imported ones are confirmed). */
  readonly minutes: PublicMinutesState;
}

type Db = Kysely<Database>;

/** Meetings as the public sees them: lists, the calendar, and one meeting whole. */
export class PublicMeetings {
  constructor(private readonly db: Db) {}

  #summaries(filter: MeetingFilter) {
    let query = this.db.selectFrom('meetings').innerJoin('bodies', 'bodies.id', 'meetings.bodyId');
    if (filter.bodyId) query = query.where('meetings.bodyId', '=', filter.bodyId);
    if (filter.from) query = query.where('meetings.date', '>=', filter.from);
    if (filter.to) query = query.where('meetings.date', '<=', filter.to);
    if (filter.status) query = query.where('meetings.status', '=', filter.status);
    if (filter.municipalYear) query = query.where('meetings.municipalYear', '=', filter.municipalYear);
    return query;
  }

  /** The municipal years with meetings (of one body, if given), latest first, with how many each. */
  async years(bodyId?: string): Promise<MeetingYear[]> {
    let query = this.db
      .selectFrom('meetings')
      .select((eb) => ['meetings.municipalYear', eb.fn.countAll().as('n')])
      .where('meetings.municipalYear', 'is not', null);
    if (bodyId) query = query.where('meetings.bodyId', '=', bodyId);
    const rows = await query.groupBy('meetings.municipalYear').orderBy('meetings.municipalYear', 'desc').execute();
    return rows.map((r) => ({ municipalYear: r.municipalYear!, meetings: Number(r.n) }));
  }

  /** Meetings with their body, newest first unless asked otherwise. */
  async list(filter: MeetingFilter & { readonly limit: number; readonly offset?: number }): Promise<MeetingSummary[]> {
    const order = filter.order ?? 'desc';
    const rows = await this.#summaries(filter)
      .selectAll('meetings')
      .select((eb) => [
        'bodies.slug as bodySlug',
        'bodies.name as bodyName',
        eb
          .selectFrom('agendaItems')
          .select(eb.fn.countAll().as('n'))
          .whereRef('agendaItems.meetingId', '=', 'meetings.id')
          .as('itemCount'),
        eb
          .selectFrom('agendaItems')
          .select(eb.fn.countAll().as('n'))
          .whereRef('agendaItems.meetingId', '=', 'meetings.id')
          .where('agendaItems.isExempt', '=', 0)
          .as('publicItemCount'),
      ])
      .orderBy('meetings.date', order)
      .orderBy('meetings.startTime', order)
      .orderBy('meetings.id')
      .limit(filter.limit)
      .offset(filter.offset ?? 0)
      .execute();
    return rows.map(({ bodySlug, bodyName, itemCount, publicItemCount, ...m }) => ({
      ...toMeeting(m),
      body: { id: m.bodyId, slug: bodySlug, name: bodyName },
      itemCount: Number(itemCount ?? 0),
      publicItemCount: Number(publicItemCount ?? 0),
    }));
  }

  /** One page of meetings and how many match in all (the API's lists). */
  async page(filter: MeetingFilter, page: PageRequest): Promise<Paged<MeetingSummary>> {
    const total = countOf(
      await this.#summaries(filter)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    );
    return { total, rows: await this.list({ ...filter, limit: page.limit, offset: page.offset }) };
  }

  async exists(id: string): Promise<boolean> {
    return (await this.db.selectFrom('meetings').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  }

  /** Everything the public may read of one meeting, or undefined. */
  async detail(meetingId: string): Promise<MeetingDetail | undefined> {
    const db = this.db;
    const row = await db
      .selectFrom('meetings')
      .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
      .selectAll('meetings')
      .select(['bodies.slug as bodySlug', 'bodies.name as bodyName'])
      .where('meetings.id', '=', meetingId)
      .executeTakeFirst();
    if (!row) return undefined;
    const { bodySlug, bodyName, ...meeting } = row;
    const [items, resolutions, attendance, declarations, documents, changes] = await Promise.all([
      this.#items(meetingId),
      this.#ownResolutions(meetingId),
      db
        .withTables<RegisterTables>()
        .selectFrom('attendance')
        .selectAll()
        .where('meetingId', '=', meetingId)
        .orderBy('position')
        .execute(),
      publicDeclarations(db).selectAll().where('meetingId', '=', meetingId).orderBy('id').execute(),
      this.#documents(meetingId),
      db.selectFrom('meetingChanges').selectAll().where('meetingId', '=', meetingId).execute(),
    ]);
    const people = await personRefs(db, [
      ...attendance.map((a) => a.personId),
      ...attendance.flatMap((a) => (a.substituteForId ? [a.substituteForId] : [])),
      ...declarations.map((d) => d.personId),
    ]);
    const ref = (id: string): PersonRef => people.get(id) ?? { id, slug: id, name: 'Unknown' };
    return {
      meeting: toMeeting(meeting),
      body: { id: meeting.bodyId, slug: bodySlug, name: bodyName },
      items,
      resolutions,
      attendance: attendance.map((a) => {
        const line = toRegisterLine(a);
        return {
          person: ref(a.personId),
          kind: line.kind,
          reason: line.reason,
          roleText: line.roleText,
          capacity: line.capacity,
          substituteFor: a.substituteForId ? ref(a.substituteForId) : null,
          remote: line.remote,
          arrival: line.arrival,
          departure: line.departure,
        };
      }),
      declarations: declarations.map((d) => ({
        person: ref(d.personId),
        itemId: d.itemId,
        kind: d.kind as DeclarationKind,
        text: d.text,
        ...toDeclarationConduct(d),
      })),
      documents,
      notices: meetingNotices(toMeeting(meeting), changes.map(toMeetingChange)),
      minutes: await publicMinutesState(
        db,
        meetingId,
        items.filter((i) => !i.isExempt).map((i) => i.id),
      ),
    };
  }

  async #items(meetingId: string): Promise<ItemMinutes[]> {
    const db = this.db;
    const items = await db
      .selectFrom('agendaItems')
      .selectAll()
      .where('meetingId', '=', meetingId)
      .orderBy('position')
      .execute();
    const ids = items.map((i) => i.id);
    const [points, resolutions] = ids.length
      ? await Promise.all([
          publicMinutePoints(db).selectAll().where('itemId', 'in', ids).orderBy('position').execute(),
          publicResolutions(db)
            .selectAll('resolutions')
            .where('resolutions.itemId', 'in', ids)
            .orderBy('resolutions.position')
            .execute(),
        ])
      : [[], []];
    const sources = await sourcesOf(db, [...ids, ...resolutions.map((r) => r.id)]);
    const motions = await publicMotions(db, resolutions);
    return items.map((i) => ({
      ...publicViewOfItem(toAgendaItem(i)),
      points: points.filter((p) => p.itemId === i.id).map(toMinutePoint),
      resolutions: resolutions
        .filter((r) => r.itemId === i.id)
        .map((r) => ({ ...toResolution(r), source: sources.get(r.id) ?? null, motion: motions.get(r.id) })),
      source: sources.get(i.id) ?? null,
    }));
  }

  /** What the meeting resolved outside any item, in order, each with its source. */
  async #ownResolutions(meetingId: string): Promise<SourcedResolutionLine[]> {
    const rows = await meetingResolutions(this.db)
      .selectAll('resolutions')
      .where('resolutions.meetingId', '=', meetingId)
      .orderBy('resolutions.position')
      .orderBy('resolutions.id')
      .execute();
    const [sources, motions] = await Promise.all([
      sourcesOf(
        this.db,
        rows.map((r) => r.id),
      ),
      publicMotions(this.db, rows),
    ]);
    return rows.map((r) => ({ ...toResolution(r), source: sources.get(r.id) ?? null, motion: motions.get(r.id) }));
  }

  /** The public documents a meeting's facts were read from, with their parts. */
  async documents(meetingId: string): Promise<MeetingDocument[]> {
    return this.#documents(meetingId);
  }

  async #documents(meetingId: string): Promise<MeetingDocument[]> {
    const db = this.db;
    const documents = await db
      .selectFrom('documents')
      .select(DOCUMENT_META_COLUMNS)
      .where('id', 'in', db.selectFrom('provenance').select('documentId').where('subjectId', '=', meetingId))
      .where((eb) => isPublicDocument(eb))
      .orderBy('importedAt')
      .orderBy('id')
      .execute();
    const parts = documents.length
      ? await db
          .selectFrom('documentParts')
          .selectAll()
          .where(
            'documentId',
            'in',
            documents.map((d) => d.id),
          )
          .orderBy('documentId')
          .orderBy('position')
          .execute()
      : [];
    return documents.map((d) => ({
      ...toSourceDocument(d),
      parts: parts.filter((p) => p.documentId === d.id).map(toDocumentPart),
    }));
  }
}
