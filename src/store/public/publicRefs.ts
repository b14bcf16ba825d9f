import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/** A body as links name it. */
export interface BodyRef {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

/** A person as the public sees them: a spelling merged into another person shows as that person. */
export interface PersonRef {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

/** The first place a fact was read, for "from" links. */
export interface SourceLink {
  readonly provenanceId: number;
  readonly documentId: string;
  readonly page: number | null;
  readonly inferred: boolean;
}

/** One page of a list, and how many match in all. */
export interface Paged<T> {
  readonly rows: readonly T[];
  readonly total: number;
}

export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}

/** Counts come back as strings from some drivers and numbers from others. */
export function countOf(row: { n: unknown } | undefined): number {
  return Number(row?.n ?? 0);
}

/** The public person behind each stored person id. */
export async function personRefs(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, PersonRef>> {
  const out = new Map<string, PersonRef>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('people as p')
    .leftJoin('people as c', 'c.id', 'p.mergedIntoId')
    .select([
      'p.id',
      'c.id as canonicalId',
      'p.slug',
      'c.slug as canonicalSlug',
      'p.displayName',
      'c.displayName as canonicalName',
    ])
    .where('p.id', 'in', [...new Set(ids)])
    .execute();
  for (const r of rows)
    out.set(r.id, {
      id: r.canonicalId ?? r.id,
      slug: r.canonicalSlug ?? r.slug,
      name: r.canonicalName ?? r.displayName,
    });
  return out;
}

/** The first place each subject was read (its whole-record provenance), for "from" links. */
export async function sourcesOf(db: Kysely<Database>, subjectIds: readonly string[]): Promise<Map<string, SourceLink>> {
  const out = new Map<string, SourceLink>();
  if (subjectIds.length === 0) return out;
  const rows = await db
    .selectFrom('provenance')
    .select(['id', 'subjectId', 'documentId', 'page', 'inferred'])
    .where('subjectId', 'in', [...subjectIds])
    .where('field', 'is', null)
    .orderBy('id')
    .execute();
  for (const r of rows)
    if (!out.has(r.subjectId))
      out.set(r.subjectId, { provenanceId: r.id, documentId: r.documentId, page: r.page, inferred: r.inferred === 1 });
  return out;
}
