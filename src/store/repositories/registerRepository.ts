import type { Kysely, Selectable } from 'kysely';
import type { AttendanceCapacity, AttendanceKind } from '../../domain/attendance.js';
import type { ItemMoment, RegisterLine } from '../../domain/register/registerLine.js';
import type { AttendanceTable, Database, RegisterTables } from '../database.js';

/** An agenda item as the register places arrivals and departures against it. */
export interface RegisterItemRow {
  readonly id: string;
  readonly agendaNumber: string | null;
  readonly minuteNumber: string | null;
  readonly title: string;
}

function momentOf(itemId: string | null, during: number, time: string | null): ItemMoment | null {
  return itemId === null && time === null ? null : { itemId, during: during === 1, time };
}

/** An attendance row with the register's columns. */
export type RegisterRow = Selectable<AttendanceTable & RegisterTables['attendance']>;

export function toRegisterLine(r: RegisterRow): RegisterLine {
  return {
    id: r.id,
    meetingId: r.meetingId,
    personId: r.personId,
    kind: r.kind as AttendanceKind,
    reason: r.reason,
    substituteForId: r.substituteForId,
    capacity: r.capacity as AttendanceCapacity | null,
    roleText: r.roleText,
    position: r.position,
    remote: r.remote === 1,
    arrival: momentOf(r.arrivedItemId, r.arrivedDuring, r.arrivedAt),
    departure: momentOf(r.leftItemId, r.leftDuring, r.leftAt),
  };
}

function columnsOf(l: RegisterLine) {
  return {
    kind: l.kind,
    reason: l.reason,
    substituteForId: l.substituteForId,
    capacity: l.capacity,
    roleText: l.roleText,
    position: l.position,
    remote: l.remote ? 1 : 0,
    arrivedItemId: l.arrival?.itemId ?? null,
    arrivedDuring: l.arrival?.during ? 1 : 0,
    arrivedAt: l.arrival?.time ?? null,
    leftItemId: l.departure?.itemId ?? null,
    leftDuring: l.departure?.during ? 1 : 0,
    leftAt: l.departure?.time ?? null,
  };
}

/** What the line says, position aside: two lines saying the same need no rewrite. */
function sameFacts(a: RegisterLine, b: RegisterLine): boolean {
  const { position: _a, ...x } = columnsOf(a);
  const { position: _b, ...y } = columnsOf(b);
  return JSON.stringify(x) === JSON.stringify(y) && a.personId === b.personId;
}

/**
 * The written register of a meeting: its attendance lines with how and when each person took part,
 * the items they are placed against, and the version that guards it against overwriting.
 */
export class RegisterRepository {
  private readonly db;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<RegisterTables>();
  }

  async lines(meetingId: string): Promise<RegisterLine[]> {
    const rows = await this.db
      .selectFrom('attendance')
      .selectAll()
      .where('meetingId', '=', meetingId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map(toRegisterLine);
  }

  async items(meetingId: string): Promise<RegisterItemRow[]> {
    return this.db
      .selectFrom('agendaItems')
      .select(['id', 'agendaNumber', 'minuteNumber', 'title'])
      .where('meetingId', '=', meetingId)
      .orderBy('position')
      .execute();
  }

  /** The register's version; undefined for no such meeting. */
  async version(meetingId: string): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('meetings')
      .select('registerVersion')
      .where('id', '=', meetingId)
      .executeTakeFirst();
    return row?.registerVersion;
  }

  /**
   * Raises the version from `expected` by one, in one statement, so that of two saves begun from
   * the same version exactly one succeeds (the other's row no longer matches: false).
   */
  async claimVersion(meetingId: string, expected: number): Promise<boolean> {
    const result = await this.db
      .updateTable('meetings')
      .set({ registerVersion: expected + 1 })
      .where('id', '=', meetingId)
      .where('registerVersion', '=', expected)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Makes the meeting's attendance exactly `lines`. A line that says what the stored line of the
   * same id says is kept with its source and provenance (an imported line the clerk left alone still
   * points to its document); a changed line becomes the clerk's (no source document); lines no
   * longer in the register go.
   */
  async replace(meetingId: string, lines: readonly RegisterLine[]): Promise<void> {
    const stored = new Map((await this.lines(meetingId)).map((l) => [l.id, l]));
    const keep = new Set(lines.map((l) => l.id));
    const gone = [...stored.keys()].filter((id) => !keep.has(id));
    const changed = lines.filter((l) => stored.has(l.id) && !sameFacts(stored.get(l.id)!, l)).map((l) => l.id);
    const unmarked = [...gone, ...changed];
    if (unmarked.length) await this.db.deleteFrom('provenance').where('subjectId', 'in', unmarked).execute();
    if (gone.length) await this.db.deleteFrom('attendance').where('id', 'in', gone).execute();
    for (const l of lines) {
      const before = stored.get(l.id);
      if (!before)
        await this.db
          .insertInto('attendance')
          .values({ id: l.id, meetingId, personId: l.personId, sourceDocumentId: null, ...columnsOf(l) })
          .execute();
      else if (!sameFacts(before, l))
        await this.db
          .updateTable('attendance')
          .set({ ...columnsOf(l), personId: l.personId, sourceDocumentId: null })
          .where('id', '=', l.id)
          .execute();
      else if (before.position !== l.position)
        await this.db.updateTable('attendance').set({ position: l.position }).where('id', '=', l.id).execute();
    }
  }
}
