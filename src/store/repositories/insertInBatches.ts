import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../database.js';

/** Keeps each INSERT under both engines' bound-parameter limits. */
const ROWS_PER_INSERT = 200;

export async function insertInBatches<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + ROWS_PER_INSERT) as never)
      .execute();
  }
}
