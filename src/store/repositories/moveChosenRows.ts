import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/** Tables of rows a person owns outright, which a split may move from one person to another. */
export type PersonOwnedTable = 'absenceApprovals' | 'interestEntries';

/**
 * Moves the chosen rows of `table`, of those held by `ownerIds`, to `to` (a split: the clerk says
 * whose they are); the ones moved, with the person each was under. Ids not held by them are left alone.
 */
export async function moveChosenRows(
  db: Kysely<Database>,
  table: PersonOwnedTable,
  ids: readonly string[],
  ownerIds: readonly string[],
  to: string,
): Promise<{ id: string; from: string }[]> {
  if (ids.length === 0 || ownerIds.length === 0) return [];
  const rows = await db
    .selectFrom(table)
    .select(['id', 'personId'])
    .where('id', 'in', [...ids])
    .where('personId', 'in', [...ownerIds])
    .orderBy('id')
    .execute();
  const moved = rows.map((r) => r.id);
  if (moved.length > 0) await db.updateTable(table).set({ personId: to }).where('id', 'in', moved).execute();
  return rows.map((r) => ({ id: r.id, from: r.personId }));
}
