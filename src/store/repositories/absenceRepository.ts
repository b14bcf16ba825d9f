import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { AbsenceApproval } from '../../domain/sixMonthRule.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { Database } from '../database.js';
import { moveChosenRows } from './moveChosenRows.js';

/** A member's attendance as the six-month rule reads it: the last meeting attended and the last expected at. */
export interface MemberAttendanceSpan {
  readonly personId: string;
  readonly displayName: string;
  readonly slug: string;
  /** Null when the record has them only sending apologies or absent. */
  readonly lastAttendedOn: IsoDate | null;
  readonly lastExpectedOn: IsoDate;
}

export interface StoredAbsenceApproval extends AbsenceApproval {
  readonly id: string;
  readonly personId: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** Attendance across every body, per member, and the approvals that excuse absence (section 85). */
export class AbsenceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Members (never officers, never a merged-away record) expected at a meeting held between
   * `expectedSince` and `today`: when each last attended (present or substituting) and last was expected.
   */
  async memberSpans(expectedSince: IsoDate, today: IsoDate): Promise<MemberAttendanceSpan[]> {
    const rows = await this.db
      .selectFrom('attendance as a')
      .innerJoin('meetings as m', 'm.id', 'a.meetingId')
      .innerJoin('people as p', 'p.id', 'a.personId')
      .where('a.kind', 'in', ['present', 'substitute', 'apologies', 'absent'])
      .where('m.date', '<=', today)
      .where('p.mergedIntoId', 'is', null)
      .where('p.kind', '<>', 'officer')
      .groupBy(['a.personId', 'p.displayName', 'p.slug'])
      .having((eb) => eb.fn.max('m.date'), '>=', expectedSince)
      .select([
        'a.personId',
        'p.displayName',
        'p.slug',
        sql<string | null>`max(case when a.kind in ('present', 'substitute') then m.date end)`.as('lastAttendedOn'),
        (eb) => eb.fn.max('m.date').as('lastExpectedOn'),
      ])
      .orderBy('p.displayName')
      .execute();
    return rows.map((r) => ({
      personId: r.personId,
      displayName: r.displayName,
      slug: r.slug,
      lastAttendedOn: (r.lastAttendedOn ?? null) as IsoDate | null,
      lastExpectedOn: r.lastExpectedOn as IsoDate,
    }));
  }

  async approvalsOf(personIds: readonly string[]): Promise<StoredAbsenceApproval[]> {
    if (personIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('absenceApprovals')
      .selectAll()
      .where('personId', 'in', [...personIds])
      .orderBy('approvedOn')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      personId: r.personId,
      approvedOn: r.approvedOn as IsoDate,
      reason: r.reason,
      until: r.untilOn as IsoDate | null,
      recordedBy: r.recordedBy,
      recordedAt: r.recordedAt,
    }));
  }

  async addApproval(approval: StoredAbsenceApproval): Promise<void> {
    await this.db
      .insertInto('absenceApprovals')
      .values({
        id: approval.id,
        personId: approval.personId,
        approvedOn: approval.approvedOn,
        reason: approval.reason,
        untilOn: approval.until,
        recordedBy: approval.recordedBy,
        recordedAt: approval.recordedAt,
      })
      .execute();
  }

  /** Moves the approvals of `fromIds` to `to` (a merge), returning each moved one with whose it was. */
  async moveApprovals(fromIds: readonly string[], to: string): Promise<{ id: string; from: string }[]> {
    if (fromIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('absenceApprovals')
      .select(['id', 'personId'])
      .where('personId', 'in', [...fromIds])
      .orderBy('id')
      .execute();
    if (rows.length > 0)
      await this.db
        .updateTable('absenceApprovals')
        .set({ personId: to })
        .where('personId', 'in', [...fromIds])
        .execute();
    return rows.map((r) => ({ id: r.id, from: r.personId }));
  }

  /**
   * Moves the chosen approvals, of those held by `ownerIds`, to `to` (a split: the clerk says whose
   * they are); the ones moved, with the person each was under. Ids not held by them are left alone.
   */
  async moveChosenApprovals(
    ids: readonly string[],
    ownerIds: readonly string[],
    to: string,
  ): Promise<{ id: string; from: string }[]> {
    return moveChosenRows(this.db, 'absenceApprovals', ids, ownerIds, to);
  }

  /** Gives approvals back to the person each was under (a merge or split undone). */
  async returnApprovals(moved: readonly { id: string; from: string }[]): Promise<void> {
    for (const m of moved)
      await this.db.updateTable('absenceApprovals').set({ personId: m.from }).where('id', '=', m.id).execute();
  }
}
