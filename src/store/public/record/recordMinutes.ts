import type { Kysely } from 'kysely';
import type { AgendaItem } from '../../../domain/agendaItem.js';
import type { Meeting } from '../../../domain/meeting.js';
import type { RegisterLine } from '../../../domain/register/registerLine.js';
import type { MinutePoint, Resolution } from '../../../domain/minutes.js';
import type { Database, RegisterTables } from '../../database.js';
import { groupBy } from '../../groupBy.js';
import { toAgendaItem, toDeclaration, toDeclarationConduct, toMinutePoint, toResolution } from '../../rowMappers.js';
import type { AttendanceLine, DeclarationLine } from '../publicMeetings.js';
import { personRefs, type BodyRef, type PersonRef } from '../publicRefs.js';
import {
  meetingResolutions,
  publicDeclarations,
  publicItems,
  publicMinutePoints,
  publicResolutions,
  withItem,
} from '../publicScope.js';
import { toRegisterLine } from '../../repositories/registerRepository.js';
import { meetingPages } from './meetingPages.js';
import { publicMinutesStates, publicMotions, type PublicMinutesState, type PublicMotion } from '../publicMinutes.js';
import type { RecordScope } from './recordScope.js';

/** A resolution with the motion put, its votes and result, where one was recorded in the workspace. */
export type ResolutionWithMotion = Resolution & { readonly motion?: PublicMotion };

/** A public agenda item with what its minutes record. */
export interface ItemWithMinutes extends AgendaItem {
  readonly points: readonly MinutePoint[];
  readonly resolutions: readonly ResolutionWithMotion[];
}

/** One meeting's minutes as the public may read them: public items only, people as the public sees them. */
export interface MeetingMinutes {
  readonly meeting: Meeting;
  readonly body: BodyRef;
  readonly items: readonly ItemWithMinutes[];
  /** What the meeting resolved outside any item (minutes with no items), in order. */
  readonly resolutions: readonly ResolutionWithMotion[];
  readonly attendance: readonly AttendanceLine[];
  readonly declarations: readonly DeclarationLine[];
  /** Draft or confirmed (locked), and amendments since; imported minutes are confirmed. */
  readonly minutes: PublicMinutesState;
}

/** Meetings per page: each embeds its minutes, so fewer than the rows of a plain list. */
const MEETINGS_PER_PAGE = 200;

type Db = Kysely<Database>;

/**
 * Every meeting's minutes in date order, a page of meetings at a time, each page in a fixed number
 * of queries however many meetings it holds.
 */
export class RecordMinutes {
  constructor(private readonly db: Db) {}

  async *stream(scope: RecordScope, pageSize = MEETINGS_PER_PAGE): AsyncGenerator<MeetingMinutes[]> {
    for await (const meetings of meetingPages(this.db, scope, pageSize)) {
      const ids = meetings.map((m) => m.id);
      const [items, own, attendance, declarations] = await Promise.all([
        this.#items(ids),
        this.#ownResolutions(ids),
        this.#attendance(ids),
        publicDeclarations(this.db).selectAll().where('meetingId', 'in', ids).orderBy('id').execute(),
      ]);
      const states = await publicMinutesStates(this.db, ids, new Set(items.map((i) => i.id)));
      const people = await personRefs(this.db, [
        ...attendance.flatMap((a) => (a.substituteForId ? [a.personId, a.substituteForId] : [a.personId])),
        ...declarations.map((d) => d.personId),
      ]);
      const ref = (id: string): PersonRef => people.get(id) ?? { id, slug: id, name: 'Unknown' };
      const itemsOf = groupBy(items, (i) => i.meetingId);
      const attendanceOf = groupBy(attendance, (a) => a.meetingId);
      const declarationsOf = groupBy(
        declarations.map((r) => ({ ...toDeclaration(r), ...toDeclarationConduct(r) })),
        (d) => d.meetingId,
      );
      yield meetings.map(({ body, ...meeting }) => ({
        meeting,
        body,
        items: itemsOf.get(meeting.id) ?? [],
        resolutions: own.get(meeting.id) ?? [],
        attendance: (attendanceOf.get(meeting.id) ?? []).map((a) => ({
          person: ref(a.personId),
          kind: a.kind,
          reason: a.reason,
          roleText: a.roleText,
          capacity: a.capacity,
          substituteFor: a.substituteForId ? ref(a.substituteForId) : null,
          remote: a.remote,
          arrival: a.arrival,
          departure: a.departure,
        })),
        declarations: (declarationsOf.get(meeting.id) ?? []).map((d) => ({
          person: ref(d.personId),
          itemId: d.itemId,
          kind: d.kind,
          text: d.text,
          leftRoom: d.leftRoom,
          tookNoPart: d.tookNoPart,
          dispensation: d.dispensation,
        })),
        minutes: states.get(meeting.id)!,
      }));
    }
  }

  async #attendance(meetingIds: readonly string[]): Promise<RegisterLine[]> {
    const rows = await this.db
      .withTables<RegisterTables>()
      .selectFrom('attendance')
      .selectAll()
      .where('meetingId', 'in', meetingIds)
      .orderBy('meetingId')
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map(toRegisterLine);
  }

  async #ownResolutions(meetingIds: readonly string[]): Promise<Map<string, ResolutionWithMotion[]>> {
    const rows = await meetingResolutions(this.db)
      .selectAll('resolutions')
      .where('resolutions.meetingId', 'in', meetingIds)
      .orderBy('resolutions.meetingId')
      .orderBy('resolutions.position')
      .orderBy('resolutions.id')
      .execute();
    const motions = await publicMotions(this.db, rows);
    return groupBy(
      rows.map((r) => ({ ...toResolution(r), motion: motions.get(r.id) })),
      (r) => r.meetingId,
    );
  }

  async #items(meetingIds: readonly string[]): Promise<ItemWithMinutes[]> {
    const db = this.db;
    const items = await publicItems(db)
      .selectAll()
      .where('meetingId', 'in', meetingIds)
      .orderBy('meetingId')
      .orderBy('position')
      .execute();
    if (items.length === 0) return [];
    const itemIds = items.map((i) => i.id);
    const [points, resolutions] = await Promise.all([
      publicMinutePoints(db).selectAll().where('itemId', 'in', itemIds).orderBy('itemId').orderBy('position').execute(),
      publicResolutions(db)
        .selectAll('resolutions')
        .where('resolutions.itemId', 'in', itemIds)
        .orderBy('resolutions.itemId')
        .orderBy('resolutions.position')
        .execute(),
    ]);
    const motions = await publicMotions(db, resolutions);
    const pointsOf = groupBy(points.map(toMinutePoint), (p) => p.itemId);
    const resolutionsOf = groupBy(
      resolutions.map((r) => ({ ...withItem(toResolution(r)), motion: motions.get(r.id) })),
      (r) => r.itemId,
    );
    return items.map((i) => ({
      ...toAgendaItem(i),
      points: pointsOf.get(i.id) ?? [],
      resolutions: resolutionsOf.get(i.id) ?? [],
    }));
  }
}
