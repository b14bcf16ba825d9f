import { sql, type Kysely } from 'kysely';
import { matchNameQuery, nameQueryWords } from '../../domain/names/nameSearch.js';
import type { PersonKind } from '../../domain/person.js';
import type { Database } from '../database.js';
import type { DialectName } from '../dialect.js';
import { searchFor } from '../search/searchFor.js';
import type { SearchPage, SearchQuery } from '../search/searchIndex.js';

/** A person a search found by name. */
export interface PersonHit {
  /** The public person: a spelling merged into another finds the person it joined. */
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly kind: PersonKind;
  /** Found although the words were spelt differently (a slip, a short form): the page says so. */
  readonly respelt: boolean;
}

/** Full-text search over what the public may read: exempt items are never indexed (SearchIndexRepository). */
export class PublicSearch {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  search(query: SearchQuery): Promise<SearchPage> {
    return searchFor(this.dialect).search(this.db, query);
  }

  /**
   * People whose name the query is, or nearly is, with the importer's name matching
   * (`matchNameQuery`), best first. The database narrows the people to those whose given or
   * family name begins as a searched word does (within one slip) or holds it; the rule decides.
   * The same query on either engine, as both compare plain letters.
   */
  async people(text: string, limit: number): Promise<PersonHit[]> {
    const words = nameQueryWords(text);
    if (words.length === 0) return [];
    const begins = (column: string, word: string) => {
      const firstTwo = [...word].slice(0, 2);
      const c = sql.ref(column);
      return sql`(lower(substr(${c}, 1, 1)) IN (${sql.join(firstTwo)}) OR lower(substr(${c}, 2, 1)) IN (${sql.join(firstTwo)}))`;
    };
    const near = sql.join(
      words.flatMap((w) => [
        begins('p.family_name', w),
        begins('p.given_name', w),
        sql`lower(p.display_name) LIKE ${`%${w}%`}`,
      ]),
      sql` OR `,
    );
    const rows = await sql<{ id: string; slug: string; name: string; kind: string; written: string }>`
      SELECT coalesce(c.id, p.id) AS id, coalesce(c.slug, p.slug) AS slug, coalesce(c.display_name, p.display_name) AS name,
        coalesce(c.kind, p.kind) AS kind, p.display_name AS written
      FROM people p LEFT JOIN people c ON c.id = p.merged_into_id
      WHERE ${near}`.execute(this.db);
    const best = new Map<string, PersonHit & { score: number }>();
    for (const row of rows.rows) {
      const match = matchNameQuery(text, row.written);
      if (!match) continue;
      const earlier = best.get(row.id);
      if (earlier && earlier.score >= match.score) continue;
      best.set(row.id, {
        id: row.id,
        slug: row.slug,
        name: row.name,
        kind: row.kind as PersonKind,
        respelt: match.respelt,
        score: match.score,
      });
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
      .slice(0, limit)
      .map(({ score: _score, ...hit }) => hit);
  }
}

export { MARK_END, MARK_START, SEARCH_KINDS } from '../search/searchIndex.js';
export type { SearchHit, SearchKind, SearchPage, SearchQuery } from '../search/searchIndex.js';
