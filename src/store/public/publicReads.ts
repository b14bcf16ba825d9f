import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { DialectName } from '../dialect.js';
import { PublicSettings } from './publicSettings.js';

/**
 * Everything the public may read, by entity. Each reader builds on `publicScope.ts`, so an exempt
 * item's papers, minutes and decisions cannot reach a page, the API, a feed, OParl or an export.
 */
export interface PublicReads {
  readonly settings: PublicSettings;
}

export function publicReadsOver(db: Kysely<Database>, _dialect: DialectName): PublicReads {
  return {
    settings: new PublicSettings(db),
  };
}
