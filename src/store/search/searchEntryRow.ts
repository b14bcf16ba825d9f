import type { SearchEntryTable } from '../database.js';
import type { SearchEntry } from './searchIndex.js';
import { indexedTerms } from './searchTerms.js';

/** The stored row of a search entry: its text and the terms both engines look up. */
export function searchEntryRow(entry: SearchEntry): SearchEntryTable {
  return { ...entry, titleTerms: indexedTerms(entry.title), contentTerms: indexedTerms(entry.content) };
}
