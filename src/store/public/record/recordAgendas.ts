import type { Kysely } from 'kysely';
import type { AgendaItem, ItemDocument } from '../../../domain/agendaItem.js';
import { PARTICIPANT_KINDS } from '../../../domain/attendance.js';
import type { MinutePoint } from '../../../domain/minutes.js';
import type { Database } from '../../database.js';
import { groupBy } from '../../groupBy.js';
import { toAgendaItem, toItemDocument, toMinutePoint } from '../../rowMappers.js';
import { publicItemDocuments, publicItems, publicMinutePoints } from '../publicScope.js';
import { meetingPages, type MeetingOfBody } from './meetingPages.js';
import type { RecordScope } from './recordScope.js';
import type { Sourced } from './sourced.js';

/** A public agenda item with its minute points and papers, each with the document it was read from. */
export interface AgendaItemRecord extends Sourced<AgendaItem> {
  readonly points: readonly Sourced<MinutePoint>[];
  readonly papers: readonly Sourced<ItemDocument>[];
}

/** Someone who was at a meeting, as the public sees them: a merged spelling shows as the surviving person. */
export interface Attendee {
  readonly id: string;
  readonly name: string;
}

/** A meeting with its public agenda and who was there. */
export interface MeetingAgenda extends MeetingOfBody {
  /** Items the public may read in full, in agenda order; exempt items are absent. */
  readonly items: readonly AgendaItemRecord[];
  /** Those who took part (PARTICIPANT_KINDS: present, substituting, in attendance), in the minutes' order. */
  readonly attendees: readonly Attendee[];
}

/** Meetings per page: each embeds its agenda, so fewer than the rows of a plain list. */
const MEETINGS_PER_PAGE = 200;

type Db = Kysely<Database>;

/** Every meeting in scope with its public agenda, in date order, a page of meetings at a time. */
export class RecordAgendas {
  constructor(private readonly db: Db) {}

  async *stream(scope: RecordScope, pageSize = MEETINGS_PER_PAGE): AsyncGenerator<MeetingAgenda[]> {
    for await (const meetings of meetingPages(this.db, scope, pageSize)) {
      const ids = meetings.map((m) => m.id);
      const [items, attendees] = await Promise.all([this.#items(ids), this.#attendees(ids)]);
      const itemsOf = groupBy(items, (i) => i.meetingId);
      const attendeesOf = groupBy(attendees, (a) => a.meetingId);
      yield meetings.map((m) => ({
        ...m,
        items: itemsOf.get(m.id) ?? [],
        attendees: onceEach((attendeesOf.get(m.id) ?? []).map((a) => ({ id: a.id, name: a.name }))),
      }));
    }
  }

  async #items(meetingIds: readonly string[]): Promise<AgendaItemRecord[]> {
    const db = this.db;
    const items = await publicItems(db)
      .selectAll()
      .where('meetingId', 'in', meetingIds)
      .orderBy('meetingId')
      .orderBy('position')
      .orderBy('id')
      .execute();
    if (items.length === 0) return [];
    const itemIds = items.map((i) => i.id);
    const [points, papers] = await Promise.all([
      publicMinutePoints(db)
        .selectAll()
        .where('itemId', 'in', itemIds)
        .orderBy('itemId')
        .orderBy('position')
        .orderBy('id')
        .execute(),
      publicItemDocuments(db).selectAll().where('itemId', 'in', itemIds).orderBy('itemId').orderBy('id').execute(),
    ]);
    const pointsOf = groupBy(
      points.map((p) => ({ ...toMinutePoint(p), sourceDocumentId: p.sourceDocumentId })),
      (p) => p.itemId,
    );
    const papersOf = groupBy(
      papers.map((d) => ({ ...toItemDocument(d), sourceDocumentId: d.sourceDocumentId })),
      (d) => d.itemId,
    );
    return items.map((i) => ({
      ...toAgendaItem(i),
      sourceDocumentId: i.sourceDocumentId,
      points: pointsOf.get(i.id) ?? [],
      papers: papersOf.get(i.id) ?? [],
    }));
  }

  #attendees(meetingIds: readonly string[]) {
    return this.db
      .selectFrom('attendance')
      .innerJoin('people as recorded', 'recorded.id', 'attendance.personId')
      .leftJoin('people as surviving', 'surviving.id', 'recorded.mergedIntoId')
      .select((eb) => [
        'attendance.meetingId',
        eb.fn.coalesce('surviving.id', 'recorded.id').as('id'),
        eb.fn.coalesce('surviving.displayName', 'recorded.displayName').as('name'),
      ])
      .where('attendance.meetingId', 'in', meetingIds)
      .where('attendance.kind', 'in', [...PARTICIPANT_KINDS])
      .orderBy('attendance.meetingId')
      .orderBy('attendance.position')
      .execute();
  }
}

/** Two spellings later merged may both be listed at one meeting: the person is there once. */
function onceEach(attendees: readonly Attendee[]): Attendee[] {
  const seen = new Set<string>();
  return attendees.filter((a) => !seen.has(a.id) && seen.add(a.id));
}
