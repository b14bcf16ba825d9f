import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/** The tables `quorum stats` counts, in the order it prints them. */
export const COUNTED_TABLES = [
  'bodies',
  'people',
  'personAliases',
  'personMerges',
  'memberships',
  'officerPosts',
  'documents',
  'documentParts',
  'meetings',
  'agendaItems',
  'itemDocuments',
  'attendance',
  'declarations',
  'minutePoints',
  'resolutions',
  'votes',
  'recommendations',
  'recommendationResponses',
  'workProgrammeEntries',
  'provenance',
  'searchEntries',
] as const satisfies readonly (keyof Database)[];

export type CountedTable = (typeof COUNTED_TABLES)[number];

/** How many records of each kind the store holds (`quorum stats`). */
export class StatsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  count(): Promise<Record<CountedTable, number>> {
    return countRecords(this.db);
  }
}

export async function countRecords(db: Kysely<Database>): Promise<Record<CountedTable, number>> {
  const counts = await Promise.all(
    COUNTED_TABLES.map(async (table) => {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return [table, Number(row.n)] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<CountedTable, number>;
}
