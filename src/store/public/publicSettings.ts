import { sql, type Kysely } from 'kysely';
import {
  councilSettingsFrom,
  logoFromStoredValue,
  type CouncilSettings,
  type Logo,
} from '../../domain/councilSettings.js';
import type { Database } from '../database.js';

const STORED_PREFIX = 2048;

/** The council's published settings (name, site, contact, logo): what identifies whose record this is. */
export class PublicSettings {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every setting the pages and feeds show; unset or unreadable values fall back to the defaults. */
  async council(): Promise<CouncilSettings> {
    const rows = await this.db
      .selectFrom('settings')
      // Only the start of each value: enough for every setting but the logo, whose bytes only /logo needs.
      .select(['key', sql<string>`substr(value, 1, ${sql.lit(STORED_PREFIX)})`.as('value')])
      .where('key', 'in', ['council_name', 'council_url', 'contact_email', 'logo'])
      .execute();
    return councilSettingsFrom(Object.fromEntries(rows.map((r) => [r.key, r.value])));
  }

  async councilName(): Promise<string> {
    return (await this.council()).councilName;
  }

  async logo(): Promise<Logo | null> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', 'logo').executeTakeFirst();
    return row ? logoFromStoredValue(row.value) : null;
  }
}
