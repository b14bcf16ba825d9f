import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/** The rows a clerk edits in the workspace, each with a version (migration 0023). */
export type VersionedRecord = 'body' | 'membership' | 'person' | 'officer_post';

const TABLE = {
  body: 'bodies',
  membership: 'memberships',
  person: 'people',
  officer_post: 'officerPosts',
} as const satisfies Record<VersionedRecord, keyof Database>;

/**
 * Optimistic locking of the record: a save claims the version its form showed, and only one save
 * can claim each version. On PostgreSQL a second transaction's UPDATE waits for the first's row
 * lock and then finds the version moved on; SQLite runs one writer at a time.
 */
export class RecordVersionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The current version of each row of `ids` that exists. */
  async of(kind: VersionedRecord, ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom(TABLE[kind])
      .select(['id', 'version'])
      .where('id', 'in', [...ids])
      .execute();
    return new Map(rows.map((r) => [r.id, r.version ?? 1]));
  }

  /** Moves the row on from `expected` to the next version; false when it is no longer at `expected` (or gone). */
  async claim(kind: VersionedRecord, id: string, expected: number): Promise<boolean> {
    const result = await this.db
      .updateTable(TABLE[kind])
      .set({ version: expected + 1 })
      .where('id', '=', id)
      .where('version', '=', expected)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Moves rows on whatever their version, for changes made outside a form (the CLI's people commands). */
  async touch(kind: VersionedRecord, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable(TABLE[kind])
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', 'in', [...ids])
      .execute();
  }
}
