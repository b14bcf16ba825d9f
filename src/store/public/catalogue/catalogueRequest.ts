/**
 * One page of a catalogue list: up to `limit` records after the one whose id is `after` (null:
 * from the start). Keyset paging, never OFFSET: a page costs the same however deep into the list
 * it is, and a record written before the cursor does not shift the pages after it.
 */
export interface KeysetRequest {
  readonly after: string | null;
  readonly limit: number;
}

/**
 * What a catalogue list covers: the whole record, or one body's part of it (its meetings, the
 * papers of their items, the people who took part in them and the documents they cite).
 */
export interface CatalogueScope {
  readonly bodyId?: string;
}
