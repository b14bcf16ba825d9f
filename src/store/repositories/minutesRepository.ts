import type { Kysely } from 'kysely';
import type { MeetingMinutesTable, MinuteAmendmentTable, ResolutionTable } from '../database.js';
import type { Database } from '../database.js';
import type { MinuteAmendment, MinutesState, MinutesStatus } from '../../domain/minutes/minutesStatus.js';
import type { MinutePoint, Resolution, VoteChoice } from '../../domain/minutes.js';
import type { MotionKind } from '../../domain/minutes/motion.js';
import { preparedQuery } from '../preparedQuery.js';

/** An item as the minutes pages list it: its numbers, its minutes' text and version, and how much is recorded. */
export interface ItemMinutesRow {
  readonly id: string;
  readonly meetingId: string;
  readonly position: number;
  readonly minutePosition: number | null;
  readonly agendaNumber: string | null;
  readonly minuteNumber: string | null;
  readonly title: string;
  readonly standardKind: string | null;
  readonly isExempt: boolean;
  readonly minutesText: string | null;
  readonly minutesVersion: number;
  readonly points: number;
  readonly resolutions: number;
}

/** A motion or amendment recorded on an item, with its votes. */
export interface MotionRow extends Resolution {
  readonly motionKind: MotionKind;
  readonly moverId: string | null;
  readonly seconderId: string | null;
  readonly voteRule: string | null;
  readonly voteMembership: number | null;
  readonly castingVote: string | null;
  readonly outcome: string | null;
  readonly outcomeReason: string | null;
  readonly votes: readonly {
    readonly personId: string | null;
    readonly choice: VoteChoice;
    readonly count: number | null;
  }[];
}

export type NewMotion = Omit<MotionRow, 'votes'> & {
  readonly votes: readonly {
    readonly id: string;
    readonly personId: string | null;
    readonly choice: VoteChoice;
    readonly count: number | null;
  }[];
};

/** Written minutes: items' text, points and resolutions, motions with votes, the minutes' state and amendments. */
export class MinutesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async items(meetingId: string): Promise<ItemMinutesRow[]> {
    const rows = await this.db
      .selectFrom('agendaItems')
      .select((eb) => [
        'agendaItems.id',
        'agendaItems.meetingId',
        'agendaItems.position',
        'agendaItems.minutePosition',
        'agendaItems.agendaNumber',
        'agendaItems.minuteNumber',
        'agendaItems.title',
        'agendaItems.standardKind',
        'agendaItems.isExempt',
        'agendaItems.minutesText',
        'agendaItems.minutesVersion',
        eb
          .selectFrom('minutePoints')
          .select(eb.fn.countAll().as('n'))
          .whereRef('minutePoints.itemId', '=', 'agendaItems.id')
          .as('points'),
        eb
          .selectFrom('resolutions')
          .select(eb.fn.countAll().as('n'))
          .whereRef('resolutions.itemId', '=', 'agendaItems.id')
          .as('resolutions'),
      ])
      .where('agendaItems.meetingId', '=', meetingId)
      .orderBy('agendaItems.position')
      .execute();
    return rows.map((r) => ({
      ...r,
      minutePosition: r.minutePosition ?? null,
      isExempt: r.isExempt === 1,
      minutesVersion: Number(r.minutesVersion ?? 0),
      points: Number(r.points ?? 0),
      resolutions: Number(r.resolutions ?? 0),
    }));
  }

  /**
   * What of a meeting's minutes was written in the workspace, in one query: whether any item was
   * saved there (its minutes' version above 0) and the minutes' state; undefined when the meeting
   * is not stored. An import asks this of every meeting it reads.
   */
  async written(meetingId: string): Promise<{ itemsWritten: boolean; status: MinutesStatus | null } | undefined> {
    const [row] = await writtenState(this.db, meetingId);
    return row && { itemsWritten: Boolean(Number(row.itemsWritten)), status: (row.status as MinutesStatus) ?? null };
  }

  async state(meetingId: string): Promise<MinutesState | undefined> {
    const row = await this.db
      .selectFrom('meetingMinutes')
      .selectAll()
      .where('meetingId', '=', meetingId)
      .executeTakeFirst();
    return (
      row && {
        status: row.status as MinutesStatus,
        confirmedByMeetingId: row.confirmedByMeetingId,
        confirmedAt: row.confirmedAt,
      }
    );
  }

  async setState(meetingId: string, state: MinutesState, now: string): Promise<void> {
    const row: MeetingMinutesTable = { meetingId, ...state, updatedAt: now };
    await this.db
      .insertInto('meetingMinutes')
      .values(row)
      .onConflict((oc) => oc.column('meetingId').doUpdateSet(row))
      .execute();
  }

  /**
   * Replaces an item's written minutes, only from the version the clerk's form was opened at.
   * Resolutions keep their ids by position (actions and decision notices refer to them); motions are
   * left as they are. False when someone saved meanwhile: nothing is written.
   */
  async saveItem(
    itemId: string,
    version: number,
    minutesText: string | null,
    points: readonly MinutePoint[],
    resolutions: readonly Omit<Resolution, 'id' | 'meetingId'>[],
    newId: () => string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('agendaItems')
      .set({ minutesText, minutesVersion: version + 1 })
      .where('id', '=', itemId)
      .where('minutesVersion', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    const { meetingId } = await this.db
      .selectFrom('agendaItems')
      .select('meetingId')
      .where('id', '=', itemId)
      .executeTakeFirstOrThrow();
    await this.db.deleteFrom('minutePoints').where('itemId', '=', itemId).execute();
    if (points.length)
      await this.db
        .insertInto('minutePoints')
        .values(points.map((p) => ({ ...p, sourceDocumentId: null })))
        .execute();
    const existing = await this.db
      .selectFrom('resolutions')
      .select('id')
      .where('itemId', '=', itemId)
      .where('motionKind', 'is', null)
      .orderBy('position')
      .execute();
    for (const [k, r] of resolutions.entries()) {
      const row = { ...r, meetingId, isFormal: r.isFormal ? 1 : 0, sourceDocumentId: null };
      const keep = existing[k];
      if (keep) await this.db.updateTable('resolutions').set(row).where('id', '=', keep.id).execute();
      else
        await this.db
          .insertInto('resolutions')
          .values({ id: newId(), ...row })
          .execute();
    }
    const gone = existing.slice(resolutions.length).map((r) => r.id);
    if (gone.length) await this.db.deleteFrom('resolutions').where('id', 'in', gone).execute();
    await this.#renumber(itemId);
    return true;
  }

  /** Bumps an item's minutes version (a motion added or removed), only from the version the clerk saw. */
  async touchItem(itemId: string, version: number): Promise<boolean> {
    const result = await this.db
      .updateTable('agendaItems')
      .set({ minutesVersion: version + 1 })
      .where('id', '=', itemId)
      .where('minutesVersion', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Resolutions written as text first, then motions in the order they were put. */
  async #renumber(itemId: string): Promise<void> {
    const rows = await this.db
      .selectFrom('resolutions')
      .select(['id', 'motionKind', 'position'])
      .where('itemId', '=', itemId)
      .orderBy('position')
      .execute();
    const ordered = [...rows.filter((r) => !r.motionKind), ...rows.filter((r) => r.motionKind)];
    for (const [k, r] of ordered.entries())
      if (r.position !== k + 1)
        await this.db
          .updateTable('resolutions')
          .set({ position: k + 1 })
          .where('id', '=', r.id)
          .execute();
  }

  async motions(itemId: string): Promise<MotionRow[]> {
    const rows = await this.db
      .selectFrom('resolutions')
      .selectAll()
      .where('itemId', '=', itemId)
      .where('motionKind', 'is not', null)
      .orderBy('position')
      .execute();
    const votes = rows.length
      ? await this.db
          .selectFrom('votes')
          .selectAll()
          .where(
            'resolutionId',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('id')
          .execute()
      : [];
    return rows.map((r) => ({
      id: r.id,
      meetingId: r.meetingId,
      itemId: r.itemId,
      position: r.position,
      label: r.label,
      kind: r.kind as Resolution['kind'],
      isFormal: r.isFormal === 1,
      text: r.text,
      motionKind: r.motionKind as MotionKind,
      moverId: r.moverId ?? null,
      seconderId: r.seconderId ?? null,
      voteRule: r.voteRule ?? null,
      voteMembership: r.voteMembership ?? null,
      castingVote: r.castingVote ?? null,
      outcome: r.outcome ?? null,
      outcomeReason: r.outcomeReason ?? null,
      votes: votes
        .filter((v) => v.resolutionId === r.id)
        .map((v) => ({ personId: v.personId, choice: v.choice as VoteChoice, count: v.count })),
    }));
  }

  async addMotion(motion: NewMotion): Promise<void> {
    const { votes, ...m } = motion;
    const last = await this.db
      .selectFrom('resolutions')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('itemId', '=', m.itemId)
      .executeTakeFirst();
    const row: ResolutionTable = {
      ...m,
      position: Number(last?.p ?? 0) + 1,
      isFormal: m.isFormal ? 1 : 0,
      sourceDocumentId: null,
    };
    await this.db.insertInto('resolutions').values(row).execute();
    if (votes.length)
      await this.db
        .insertInto('votes')
        .values(votes.map((v) => ({ ...v, resolutionId: m.id })))
        .execute();
  }

  /** Removes a motion written here (never a resolution read from a document); votes go with it. */
  async removeMotion(itemId: string, resolutionId: string): Promise<boolean> {
    await this.db.deleteFrom('votes').where('resolutionId', '=', resolutionId).execute();
    const result = await this.db
      .deleteFrom('resolutions')
      .where('id', '=', resolutionId)
      .where('itemId', '=', itemId)
      .where('motionKind', 'is not', null)
      .executeTakeFirst();
    await this.#renumber(itemId);
    return Number(result.numDeletedRows) === 1;
  }

  async setMinuteOrder(
    entries: readonly {
      readonly itemId: string;
      readonly minutePosition: number;
      readonly minuteNumber: string | null;
    }[],
  ): Promise<void> {
    for (const e of entries)
      await this.db
        .updateTable('agendaItems')
        .set({ minutePosition: e.minutePosition, minuteNumber: e.minuteNumber })
        .where('id', '=', e.itemId)
        .execute();
  }

  /** The body's latest minute numbers before `date` in one municipal year, to continue its scheme. */
  async minuteNumbersBefore(bodyId: string, municipalYear: string | null, date: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('agendaItems')
      .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
      .select('agendaItems.minuteNumber')
      .where('meetings.bodyId', '=', bodyId)
      .where('meetings.date', '<', date)
      .$if(municipalYear !== null, (q) => q.where('meetings.municipalYear', '=', municipalYear!))
      .where('agendaItems.minuteNumber', 'is not', null)
      .execute();
    return rows.map((r) => r.minuteNumber!);
  }

  /** The body's last meeting before this one (whose minutes this one confirms). */
  async previousMeeting(bodyId: string, date: string): Promise<{ id: string; date: string } | undefined> {
    return this.db
      .selectFrom('meetings')
      .select(['id', 'date'])
      .where('bodyId', '=', bodyId)
      .where('date', '<', date)
      .where('status', '<>', 'cancelled')
      .orderBy('date', 'desc')
      .orderBy('startTime', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async amendments(meetingId: string): Promise<MinuteAmendment[]> {
    return this.db
      .selectFrom('minuteAmendments')
      .selectAll()
      .where('meetingId', '=', meetingId)
      .orderBy('recordedAt')
      .orderBy('id')
      .execute();
  }

  async addAmendment(amendment: MinuteAmendment): Promise<void> {
    const row: MinuteAmendmentTable = { ...amendment };
    await this.db.insertInto('minuteAmendments').values(row).execute();
  }
}

/** Asked for every meeting an import stores: written once per engine (preparedQuery). */
const writtenState = preparedQuery((db: Kysely<Database>, meetingId: string) =>
  db
    .selectFrom('meetings as m')
    .leftJoin('meetingMinutes as mm', 'mm.meetingId', 'm.id')
    .select((eb) => [
      'mm.status',
      eb
        .exists(
          eb
            .selectFrom('agendaItems as i')
            .select('i.id')
            .whereRef('i.meetingId', '=', 'm.id')
            .where('i.minutesVersion', '>', 0),
        )
        .as('itemsWritten'),
    ])
    .where('m.id', '=', meetingId)
    .limit(1),
);
