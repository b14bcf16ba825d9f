import type { Kysely } from 'kysely';

/*
 * Optimistic locking for the record clerks edit in the workspace (issue 16): a version on bodies,
 * memberships, people and officer posts. A form carries the version it showed; a save names it
 * and moves it on by one only if nobody else has (UPDATE ... WHERE version = ?), so two clerks
 * editing the same body cannot overwrite each other silently. Existing rows start at 1.
 */

type Db = Kysely<any>;

const TABLES = ['bodies', 'memberships', 'people', 'officer_posts'] as const;

export async function up(db: Db): Promise<void> {
  for (const table of TABLES)
    await db.schema
      .alterTable(table)
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
}

export async function down(db: Db): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).dropColumn('version').execute();
}
