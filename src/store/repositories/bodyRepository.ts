import type { Kysely } from 'kysely';
import { bodyKindFromName, isScrutinyName, type BodyKind } from '../../domain/body.js';
import { slugify, stableId } from '../../domain/ids.js';
import type { BodyTable, Database } from '../database.js';

export type BodyRow = BodyTable;

/** The body with this name, created with the glossary's defaults when first met. Names match by slug. */
export async function ensureBody(
  db: Kysely<Database>,
  name: string,
  kind?: BodyKind,
  now = new Date().toISOString(),
): Promise<BodyRow> {
  const slug = slugify(name);
  const existing = await db.selectFrom('bodies').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (existing) return existing;
  const row: BodyRow = {
    id: stableId('body', slug),
    slug,
    name: name.trim(),
    kind: kind ?? bodyKindFromName(name),
    parentId: null,
    isScrutiny: isScrutinyName(name) ? 1 : 0,
    size: null,
    quorumFraction: 0.25,
    quorumMinimum: 3,
    meetingsPerYearMin: null,
    meetingsPerYearMax: null,
    allowsSubstitutes: 1,
    createdAt: now,
  };
  await db
    .insertInto('bodies')
    .values(row)
    .onConflict((oc) => oc.column('slug').doNothing())
    .execute();
  return db.selectFrom('bodies').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
}

export async function listBodies(db: Kysely<Database>): Promise<BodyRow[]> {
  return db.selectFrom('bodies').selectAll().orderBy('name').execute();
}

export async function findBodyBySlug(db: Kysely<Database>, slug: string): Promise<BodyRow | undefined> {
  return db.selectFrom('bodies').selectAll().where('slug', '=', slug).executeTakeFirst();
}
