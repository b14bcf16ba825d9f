import { sql, type RawBuilder } from 'kysely';
import type { SearchQuery } from './searchIndex.js';

/** The portal's filters (body, date range, kind) as an AND-clause over `search_entries e`, the same on both engines. */
export function searchFilters(query: SearchQuery): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (query.bodyId) parts.push(sql`AND e.body_id = ${query.bodyId}`);
  if (query.from) parts.push(sql`AND e.date >= ${query.from}`);
  if (query.to) parts.push(sql`AND e.date <= ${query.to}`);
  if (query.kind) parts.push(sql`AND e.kind = ${query.kind}`);
  return sql.join(parts, sql` `);
}
