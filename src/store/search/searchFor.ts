import type { DialectName } from '../dialect.js';
import type { SearchIndex } from './searchIndex.js';
import { termSearch } from './termSearch.js';

const INDEXES: Record<DialectName, SearchIndex> = { sqlite: termSearch('sqlite'), postgres: termSearch('postgres') };

export function searchFor(dialect: DialectName): SearchIndex {
  return INDEXES[dialect];
}
