import type { Kysely } from 'kysely';
import type { Attendance } from '../../domain/attendance.js';
import type { Declaration } from '../../domain/declaration.js';
import type { Database } from '../database.js';
import { toAttendance, toDeclaration } from '../rowMappers.js';
import type { Sourced } from './agendaItemRepository.js';
import { insertInBatches } from './insertInBatches.js';

/** Who was at a meeting, in what capacity, and what they declared. */
export class AttendanceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async ofMeeting(meetingId: string): Promise<Attendance[]> {
    const rows = await this.db
      .selectFrom('attendance')
      .selectAll()
      .where('meetingId', '=', meetingId)
      .orderBy('position')
      .execute();
    return rows.map(toAttendance);
  }

  async add(lines: readonly Sourced<Attendance>[]): Promise<void> {
    await insertInBatches(this.db, 'attendance', lines);
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .deleteFrom('provenance')
      .where('subjectId', 'in', [...ids])
      .execute();
    await this.db
      .deleteFrom('attendance')
      .where('id', 'in', [...ids])
      .execute();
  }

  async addDeclarations(declarations: readonly Sourced<Declaration>[]): Promise<void> {
    await insertInBatches(this.db, 'declarations', declarations);
  }

  /** The people recorded at a meeting, in any capacity. */
  async personIdsOf(meetingId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('attendance')
      .select('personId')
      .where('meetingId', '=', meetingId)
      .distinct()
      .execute();
    return rows.map((r) => r.personId);
  }

  /** What is recorded of these people (all their meetings, or the given ones): attendance and declarations. */
  async recordsOf(
    personIds: readonly string[],
    meetingIds?: readonly string[],
  ): Promise<{ attendance: Sourced<Attendance>[]; declarations: Sourced<Declaration>[] }> {
    if (personIds.length === 0) return { attendance: [], declarations: [] };
    let attendance = this.db
      .selectFrom('attendance')
      .selectAll()
      .where('personId', 'in', [...personIds]);
    let declarations = this.db
      .selectFrom('declarations')
      .selectAll()
      .where('personId', 'in', [...personIds]);
    if (meetingIds) {
      if (meetingIds.length === 0) return { attendance: [], declarations: [] };
      attendance = attendance.where('meetingId', 'in', [...meetingIds]);
      declarations = declarations.where('meetingId', 'in', [...meetingIds]);
    }
    return {
      attendance: (await attendance.orderBy('meetingId').orderBy('id').execute()).map((r) => ({
        ...toAttendance(r),
        sourceDocumentId: r.sourceDocumentId,
      })),
      declarations: (await declarations.orderBy('meetingId').orderBy('id').execute()).map((r) => ({
        ...toDeclaration(r),
        sourceDocumentId: r.sourceDocumentId,
      })),
    };
  }

  /** Moves attendance lines and declarations to another person; their ids and provenance stay. */
  async reassign(table: 'attendance' | 'declarations', ids: readonly string[], personId: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable(table)
      .set({ personId })
      .where('id', 'in', [...ids])
      .execute();
  }

  /** Attendance lines at these meetings of someone substituting for one of these people. */
  async substitutionsFor(
    personIds: readonly string[],
    meetingIds: readonly string[],
  ): Promise<{ id: string; from: string }[]> {
    if (personIds.length === 0 || meetingIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('attendance')
      .select(['id', 'substituteForId'])
      .where('meetingId', 'in', [...meetingIds])
      .where('substituteForId', 'in', [...personIds])
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, from: r.substituteForId! }));
  }

  /** Names the member each line substituted for (a split moves the substituted member, its undo moves them back). */
  async setSubstituteFor(moves: readonly { readonly id: string; readonly to: string }[]): Promise<void> {
    for (const m of moves)
      await this.db.updateTable('attendance').set({ substituteForId: m.to }).where('id', '=', m.id).execute();
  }

  /**
   * Copies attendance lines or declarations to another person under new ids, every column kept
   * (read with `select *`, so columns added by later migrations, such as a remote attendance or a
   * member leaving the room, are copied too, not dropped by a mapper that predates them).
   */
  async copyLines(
    table: 'attendance' | 'declarations',
    copies: readonly { readonly from: string; readonly to: string }[],
    personId: string,
  ): Promise<void> {
    if (copies.length === 0) return;
    const newId = new Map(copies.map((c) => [c.from, c.to]));
    const rows = await this.db
      .selectFrom(table)
      .selectAll()
      .where(
        'id',
        'in',
        copies.map((c) => c.from),
      )
      .orderBy('id')
      .execute();
    await insertInBatches(
      this.db,
      table,
      rows.map((r) => ({ ...r, id: newId.get(r.id)!, personId })),
    );
  }

  /** Copies provenance marks from one record to another (a record copied to a second person). */
  async copyProvenance(pairs: readonly { from: string; to: string }[]): Promise<void> {
    for (const { from, to } of pairs) {
      const marks = await this.db.selectFrom('provenance').selectAll().where('subjectId', '=', from).execute();
      if (marks.length > 0)
        await this.db
          .insertInto('provenance')
          .values(marks.map(({ id: _id, ...m }) => ({ ...m, subjectId: to })))
          .execute();
    }
  }

  async removeDeclarations(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .deleteFrom('provenance')
      .where('subjectId', 'in', [...ids])
      .execute();
    await this.db
      .deleteFrom('declarations')
      .where('id', 'in', [...ids])
      .execute();
  }
}
