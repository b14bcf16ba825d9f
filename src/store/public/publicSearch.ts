import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { DialectName } from '../dialect.js';
import { searchFor } from '../search/searchFor.js';
import type { SearchPage, SearchQuery } from '../search/searchIndex.js';

/** Full-text search over what the public may read: exempt items are never indexed (SearchIndexRepository). */
export class PublicSearch {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  search(query: SearchQuery): Promise<SearchPage> {
    return searchFor(this.dialect).search(this.db, query);
  }
}

export { MARK_END, MARK_START, SEARCH_KINDS } from '../search/searchIndex.js';
export type { SearchHit, SearchKind, SearchPage, SearchQuery } from '../search/searchIndex.js';
