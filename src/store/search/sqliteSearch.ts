import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import { facetToken } from './searchEntryRow.js';
import { searchHits } from './searchHits.js';
import { cappedTotal, countCap, type SearchIndex, type SearchPage, type SearchQuery } from './searchIndex.js';
import { orderKeyRange } from './searchOrderKey.js';
import { queryTerms } from './searchTerms.js';

/*
 * FTS5, contentless, with the order key as rowid. Two match expressions split the results into
 * the order both engines share: entries whose title holds every term, then the others, each
 * newest first. FTS5 walks rowids downwards and stops after a page, so a common word costs no sort.
 *
 * Every walk is bounded by what the page needs: a title match is looked up by its marked terms
 * (`title_marks`, migration 0032), whose lists are as short as the titles holding them, not by a
 * column filter over a word's every entry; and matches are counted only up to `countCap`.
 */

function matchExpressions(
  terms: readonly string[],
  query: SearchQuery,
): { inTitle: string; elsewhere: string; anywhere: string } {
  // Terms hold only letters and digits, so quoting each makes any of them a plain FTS5 token.
  const phrases = terms.map((t) => `"${t}"`).join(' ');
  const marked = terms.map((t) => `"§${t}"`).join(' ');
  const facets = [
    ...(query.kind ? [`{facets}: "${facetToken('kind', query.kind)}"`] : []),
    ...(query.bodyId ? [`{facets}: "${facetToken('body', query.bodyId)}"`] : []),
  ];
  const filtered = (expression: string): string =>
    facets.length ? `(${expression}) AND ${facets.join(' AND ')}` : expression;
  const inTitle = `{title_marks}: (${marked})`;
  const anywhere = `{title_terms content_terms}: (${phrases})`;
  return {
    inTitle: filtered(inTitle),
    elsewhere: filtered(`(${anywhere}) NOT (${inTitle})`),
    anywhere: filtered(anywhere),
  };
}

/** How many entries match, counting no further than `upTo`. */
async function countMatches(
  db: Kysely<Database>,
  match: string,
  range: { min: number; max: number },
  upTo: number,
): Promise<number> {
  const r = await sql<{ n: number }>`
    SELECT count(*) AS n FROM (
      SELECT rowid FROM search_fts WHERE search_fts MATCH ${match} AND rowid BETWEEN ${range.min} AND ${range.max}
      LIMIT ${upTo})`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

async function pageOfKeys(
  db: Kysely<Database>,
  match: string,
  range: { min: number; max: number },
  limit: number,
  offset: number,
): Promise<number[]> {
  if (limit <= 0) return [];
  const r = await sql<{ rowid: number }>`
    SELECT rowid FROM search_fts WHERE search_fts MATCH ${match} AND rowid BETWEEN ${range.min} AND ${range.max}
    ORDER BY rowid DESC LIMIT ${limit} OFFSET ${offset}`.execute(db);
  return r.rows.map((row) => Number(row.rowid));
}

export const sqliteSearch: SearchIndex = {
  async search(db: Kysely<Database>, query: SearchQuery): Promise<SearchPage> {
    const terms = queryTerms(query.text);
    if (terms.length === 0) return { total: 0, moreThanTotal: false, hits: [] };
    const { inTitle, elsewhere, anywhere } = matchExpressions(terms, query);
    const range = orderKeyRange(query.from, query.to);
    const first = await pageOfKeys(db, inTitle, range, query.limit, query.offset);
    // How many title matches come before the others' first: told by the page, unless it starts past them all.
    const titled =
      first.length > 0 || query.offset === 0
        ? query.offset + first.length
        : await countMatches(db, inTitle, range, query.offset);
    const rest = await pageOfKeys(db, elsewhere, range, query.limit - first.length, Math.max(0, query.offset - titled));
    const cap = countCap(query);
    // A plain AND is cheaper to count than a NOT.
    const counted = await countMatches(db, anywhere, range, cap + 1);
    return { ...cappedTotal(counted, cap), hits: await searchHits(db, [...first, ...rest], terms) };
  },
};
