import type { Kysely } from 'kysely';
import type { ForwardPlanEntry } from '../../domain/forwardPlan/forwardPlanEntry.js';
import type { Database } from '../database.js';
import { fromForwardPlanEntry, toForwardPlanEntry } from '../forwardPlanRow.js';

/** What a clerk may change of an entry; its id, version and creation stay. */
export type ForwardPlanChange = Omit<ForwardPlanEntry, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/** The forward plan's entries, for the use cases that keep it. */
export class ForwardPlanRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(entry: ForwardPlanEntry): Promise<void> {
    await this.db.insertInto('forwardPlanEntries').values(fromForwardPlanEntry(entry)).execute();
  }

  async find(id: string): Promise<ForwardPlanEntry | undefined> {
    const row = await this.db.selectFrom('forwardPlanEntries').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toForwardPlanEntry(row) : undefined;
  }

  /** Every entry, soonest expected decision first: the plan is short (tens of entries a year). */
  async all(): Promise<ForwardPlanEntry[]> {
    const rows = await this.db
      .selectFrom('forwardPlanEntries')
      .selectAll()
      .orderBy('expectedOn', 'asc')
      .orderBy('id', 'asc')
      .execute();
    return rows.map(toForwardPlanEntry);
  }

  /** Changes an entry only if it is still at `version`; false when someone else changed it first. */
  async update(id: string, version: number, change: ForwardPlanChange, now: string): Promise<boolean> {
    const { isKey, ...rest } = change;
    const result = await this.db
      .updateTable('forwardPlanEntries')
      .set({ ...rest, isKey: isKey ? 1 : 0, updatedAt: now, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
