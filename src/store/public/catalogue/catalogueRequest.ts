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
 * When records were first recorded and last changed, as OParl's list filters ask (`created_since`,
 * `created_until`, `modified_since`, `modified_until`): each bound an instant in UTC as
 * `Date.toISOString()` writes it, inclusive. The store keeps times in that same form, so the
 * bounds compare as text on both engines.
 */
export interface ChangedWithin {
  readonly createdSince?: string;
  readonly createdUntil?: string;
  readonly modifiedSince?: string;
  readonly modifiedUntil?: string;
}

/**
 * What a catalogue list covers: the whole record, or one body's part of it (its meetings, the
 * papers of their items, the people who took part in them and the documents they cite), and of
 * those the records created or changed within `changed`.
 */
export interface CatalogueScope {
  readonly bodyId?: string;
  readonly changed?: ChangedWithin;
}

/** One bound of a ChangedWithin, against the record's time of creation or of its last change. */
export interface ChangeBound {
  readonly time: 'created' | 'modified';
  readonly op: '>=' | '<=';
  readonly value: string;
}

/** The bounds a window sets, for a `where` over the two columns that hold a record's times. */
export function changeBounds(changed: ChangedWithin | undefined): ChangeBound[] {
  if (!changed) return [];
  const bounds: (ChangeBound | null)[] = [
    changed.createdSince ? { time: 'created', op: '>=', value: changed.createdSince } : null,
    changed.createdUntil ? { time: 'created', op: '<=', value: changed.createdUntil } : null,
    changed.modifiedSince ? { time: 'modified', op: '>=', value: changed.modifiedSince } : null,
    changed.modifiedUntil ? { time: 'modified', op: '<=', value: changed.modifiedUntil } : null,
  ];
  return bounds.filter((b): b is ChangeBound => b !== null);
}
