import type { Kysely } from 'kysely';
import { slugify, stableId } from '../../domain/ids.js';
import { nameKey } from '../../domain/names/nameKey.js';
import { parsePersonName } from '../../domain/names/personName.js';
import type { PersonKind } from '../../domain/person.js';
import type { Database } from '../database.js';

export interface ResolvedPerson {
  readonly personId: string;
  readonly created: boolean;
}

export interface ResolvePersonOptions {
  readonly kind?: PersonKind;
  readonly sourceDocumentId?: string | null;
  readonly now?: string;
}

/**
 * The person a written name refers to: an existing person with the same matching key, or a
 * new one. Every spelling is kept as an alias. Fuzzy matches (short forms, transposed letters)
 * are not decided here: they are proposed as merges a clerk can review or undo.
 * Returns null for a name with nothing to match on.
 */
export async function resolvePerson(
  db: Kysely<Database>,
  written: string,
  options: ResolvePersonOptions = {},
): Promise<ResolvedPerson | null> {
  const key = nameKey(written);
  if (!key) return null;
  const alias = written.replace(/\s+/g, ' ').trim();
  const existing = await db
    .selectFrom('personAliases')
    .innerJoin('people', 'people.id', 'personAliases.personId')
    .select(['people.id', 'people.mergedIntoId'])
    .where('personAliases.key', '=', key)
    .orderBy('people.createdAt')
    .orderBy('people.id')
    .executeTakeFirst();
  if (existing) {
    await addAlias(db, existing.id, alias, key, options.sourceDocumentId ?? null);
    return { personId: existing.mergedIntoId ?? existing.id, created: false };
  }
  const parsed = parsePersonName(alias);
  const display = parsed.display || alias;
  const slug = await freeSlug(db, slugify(display));
  const id = stableId('person', key);
  await db
    .insertInto('people')
    .values({
      id,
      slug,
      displayName: display,
      honorific: parsed.honorifics[0] ?? null,
      givenName: parsed.given,
      familyName: parsed.family,
      kind: options.kind ?? 'unknown',
      mergedIntoId: null,
      createdAt: options.now ?? new Date().toISOString(),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await addAlias(db, id, alias, key, options.sourceDocumentId ?? null);
  return { personId: id, created: true };
}

async function addAlias(
  db: Kysely<Database>,
  personId: string,
  alias: string,
  key: string,
  sourceDocumentId: string | null,
): Promise<void> {
  await db
    .insertInto('personAliases')
    .values({ id: stableId('alias', personId, alias), personId, alias, key, sourceDocumentId })
    .onConflict((oc) => oc.columns(['personId', 'alias']).doNothing())
    .execute();
}

async function freeSlug(db: Kysely<Database>, base: string): Promise<string> {
  const taken = await db.selectFrom('people').select('slug').where('slug', 'like', `${base}%`).execute();
  const used = new Set(taken.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
