import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../database.js';

/** Keeps each INSERT under both engines' bound-parameter limits. */
const ROWS_PER_INSERT = 128;

/**
 * Rows go in chunks of 128, 64, 32... 1 (13 rows: 8 + 4 + 1), so one table's inserts take at most
 * eight shapes of SQL, which the SQLite statement cache then keeps prepared; one statement per
 * row count would be prepared afresh almost every time.
 */
function chunkSize(remaining: number): number {
  let size = ROWS_PER_INSERT;
  while (size > remaining) size >>= 1;
  return size;
}

export async function insertInBatches<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length;) {
    const size = chunkSize(rows.length - i);
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
    i += size;
  }
}
