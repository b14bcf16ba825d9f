/** One change to the record or to accounts: who made it, when, and the record before and after. */
export interface AuditEntry {
  readonly id: string;
  /** An ISO instant. */
  readonly at: string;
  /** An account id, or `cli:<user>` for a change made on the command line. */
  readonly actor: string;
  /** What was done, as `<subject>.<verb>` (`account.deactivate`, `meeting.move`). */
  readonly action: string;
  readonly subjectKind: string;
  readonly subjectId: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** Which entries to read: all filters optional; `before` continues a listing after its last entry. */
export interface AuditFilter {
  readonly actor?: string;
  readonly subjectKind?: string;
  readonly subjectId?: string;
  /** Inclusive ISO dates (YYYY-MM-DD) on the entry's instant. */
  readonly fromDate?: string;
  readonly toDate?: string;
  readonly before?: AuditCursor;
}

/** The position of an entry in the newest-first order: keyset, so a page never shifts as entries arrive. */
export interface AuditCursor {
  readonly at: string;
  readonly id: string;
}

export interface AuditChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * The fields an entry changed, for people reading the log: a field counts when its value differs
 * (compared as JSON), and a record created or removed shows every field it had.
 */
export function auditChanges(entry: Pick<AuditEntry, 'before' | 'after'>): AuditChange[] {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

function asRecord(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return { value };
}
