import type { Kysely } from 'kysely';
import type { Database, SearchEntryTable } from '../database.js';
import type { SearchEntry } from './searchIndex.js';
import { assignOrderKeys, nextOrderKeys } from './searchOrderKey.js';
import { indexedTerms, indexedTitleTerms } from './searchTerms.js';

/** A filter value as one index token: letters and digits only, so no tokenizer can split it. */
export function facetToken(name: 'kind' | 'body', value: string): string {
  return `${name}${value.toLowerCase().replace(/[^0-9a-z]/g, '')}`;
}

/** The stored row of a search entry: its text, the terms both engines look up, and its order key. */
export function searchEntryRow(entry: SearchEntry, orderKey: number): SearchEntryTable {
  return {
    ...entry,
    orderKey,
    titleTerms: indexedTitleTerms(entry.title),
    contentTerms: indexedTerms(entry.content),
    facets: [facetToken('kind', entry.kind), ...(entry.bodyId ? [facetToken('body', entry.bodyId)] : [])].join(' '),
  };
}

/** Rows for entries about to be inserted with `db`, with fresh order keys. */
export async function searchEntryRows(
  db: Kysely<Database>,
  entries: readonly SearchEntry[],
): Promise<SearchEntryTable[]> {
  const dates = entries.map((e) => e.date);
  const keys = assignOrderKeys(dates, await nextOrderKeys(db, dates));
  return entries.map((e, i) => searchEntryRow(e, keys[i]!));
}
