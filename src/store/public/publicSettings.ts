import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/** The name feeds, OParl and pages give when the council has not set one (`council_name`). */
export const DEFAULT_COUNCIL_NAME = 'Council';

/** The council's published settings (name, site): what identifies whose record this is. */
export class PublicSettings {
  constructor(private readonly db: Kysely<Database>) {}

  async councilName(): Promise<string> {
    const row = await this.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'council_name')
      .executeTakeFirst();
    return row?.value ?? DEFAULT_COUNCIL_NAME;
  }
}
