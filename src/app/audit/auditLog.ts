import type { Account } from '../../domain/account.js';
import type { AuditCursor, AuditEntry, AuditFilter } from '../../domain/auditEntry.js';
import type { Store } from '../../store/store.js';
import { assertMayAdminister } from '../authorise.js';

export interface AuditLogPage {
  readonly entries: readonly AuditEntry[];
  /** Where the next (older) page starts, or null on the last page. */
  readonly next: AuditCursor | null;
  /** Account ids to addresses, so a reader sees who rather than an id. */
  readonly actors: ReadonlyMap<string, string>;
}

/** One page of the audit log, newest first, for an administrator. */
export async function readAuditLog(
  store: Store,
  actor: Account,
  filter: AuditFilter,
  limit = 50,
): Promise<AuditLogPage> {
  assertMayAdminister(actor);
  return store.transaction(async (repos) => {
    // One more than asked tells whether an older page exists without counting the log.
    const rows = await repos.audit.page(filter, limit + 1);
    const entries = rows.slice(0, limit);
    const last = entries.at(-1);
    const accounts = await repos.accounts.list();
    return {
      entries,
      next: rows.length > limit && last ? { at: last.at, id: last.id } : null,
      actors: new Map(accounts.map((a) => [a.id, a.email])),
    };
  });
}

/**
 * The whole log under a filter, a page at a time and each page in its own short read, so an export
 * of years of changes neither holds them in memory nor keeps a transaction open while it streams.
 */
export async function* auditLogPages(
  store: Store,
  actor: Account,
  filter: AuditFilter,
  pageSize = 500,
): AsyncGenerator<AuditLogPage> {
  let before = filter.before;
  for (;;) {
    const page = await readAuditLog(store, actor, { ...filter, before }, pageSize);
    if (page.entries.length) yield page;
    if (!page.next) return;
    before = page.next;
  }
}
