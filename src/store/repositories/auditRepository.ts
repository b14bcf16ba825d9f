import type { Kysely } from 'kysely';
import type { AuditEntry, AuditFilter } from '../../domain/auditEntry.js';
import type { Database } from '../database.js';

export type { AuditEntry } from '../../domain/auditEntry.js';

/** The audit log: every change, who made it and when, with the record before and after. */
export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('auditLog')
      .values({
        id: entry.id,
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        subjectKind: entry.subjectKind,
        subjectId: entry.subjectId,
        beforeJson: entry.before === undefined ? null : JSON.stringify(entry.before),
        afterJson: entry.after === undefined ? null : JSON.stringify(entry.after),
      })
      .execute();
  }

  /** The latest entries first, optionally for one subject. */
  async list(filter: { subjectKind?: string; subjectId?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    return this.page(filter, filter.limit ?? 100);
  }

  /** One page of the log, newest first, after the filter's cursor. */
  async page(filter: AuditFilter, limit: number): Promise<AuditEntry[]> {
    let query = this.db.selectFrom('auditLog').selectAll();
    if (filter.actor) query = query.where('actor', '=', filter.actor);
    if (filter.subjectKind) query = query.where('subjectKind', '=', filter.subjectKind);
    if (filter.subjectId) query = query.where('subjectId', '=', filter.subjectId);
    if (filter.fromDate) query = query.where('at', '>=', filter.fromDate);
    // Instants sort as text; every instant on the day sorts before the next day's date.
    if (filter.toDate) query = query.where('at', '<', nextDay(filter.toDate));
    const before = filter.before;
    if (before)
      query = query.where((eb) =>
        eb.or([eb('at', '<', before.at), eb.and([eb('at', '=', before.at), eb('id', '<', before.id)])]),
      );
    const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      subjectKind: r.subjectKind,
      subjectId: r.subjectId,
      before: r.beforeJson === null ? undefined : (JSON.parse(r.beforeJson) as unknown),
      after: r.afterJson === null ? undefined : (JSON.parse(r.afterJson) as unknown),
    }));
  }
}

function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
