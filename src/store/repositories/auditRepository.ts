import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  /** An account id, or `cli:<user>` for a change made on the command line. */
  readonly actor: string;
  readonly action: string;
  readonly subjectKind: string;
  readonly subjectId: string;
  readonly before: unknown;
  readonly after: unknown;
}

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
    let query = this.db.selectFrom('auditLog').selectAll();
    if (filter.subjectKind) query = query.where('subjectKind', '=', filter.subjectKind);
    if (filter.subjectId) query = query.where('subjectId', '=', filter.subjectId);
    const rows = await query
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 100)
      .execute();
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
