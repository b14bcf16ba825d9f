import type { DialectName } from '../dialect.js';
import { postgresSearch } from './postgresSearch.js';
import type { SearchIndex } from './searchIndex.js';
import { sqliteSearch } from './sqliteSearch.js';

export function searchFor(dialect: DialectName): SearchIndex {
  return dialect === 'postgres' ? postgresSearch : sqliteSearch;
}
