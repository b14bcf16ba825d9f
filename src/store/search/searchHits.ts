import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { SearchHit, SearchKind } from './searchIndex.js';
import { searchSnippet } from './searchSnippet.js';

interface HitRow {
  kind: SearchKind;
  subjectId: string;
  meetingId: string | null;
  bodyId: string | null;
  date: string | null;
  title: string;
  content: string;
  orderKey: number | string;
}

/** The hits for a page of order keys, in that order, with snippets made the same way on both engines. */
export async function searchHits(
  db: Kysely<Database>,
  orderKeys: readonly number[],
  terms: readonly string[],
): Promise<SearchHit[]> {
  if (orderKeys.length === 0) return [];
  const rows = await sql<HitRow>`
    SELECT kind, subject_id, meeting_id, body_id, date, title, content, order_key FROM search_entries
    WHERE order_key IN (${sql.join(orderKeys)})`.execute(db);
  const byKey = new Map(rows.rows.map((r) => [Number(r.orderKey), r]));
  return orderKeys.flatMap((key) => {
    const row = byKey.get(key);
    if (!row) return [];
    const { content, orderKey: _key, ...rest } = row;
    return [{ ...rest, snippet: searchSnippet(content, terms) }];
  });
}
