import type { Kysely } from 'kysely';
import type { Database, MembershipTable, PersonTable } from '../database.js';
import { countOf, type PageRequest, type Paged } from './apiPage.js';

export interface ApiPersonFilter {
  readonly kind?: string;
}

/** People as the public sees them: spellings merged into another person are not listed on their own. */
export async function pagePeople(
  db: Kysely<Database>,
  filter: ApiPersonFilter,
  page: PageRequest,
): Promise<Paged<PersonTable>> {
  let base = db.selectFrom('people').where('people.mergedIntoId', 'is', null);
  if (filter.kind) base = base.where('people.kind', '=', filter.kind);
  const total = countOf(await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
  const rows = await base
    .selectAll()
    .orderBy('familyName')
    .orderBy('displayName')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total, rows };
}

/** The person a slug names, followed through a merge to the person it was merged into. */
export async function findCanonicalPerson(db: Kysely<Database>, slug: string): Promise<PersonTable | undefined> {
  const found = await db.selectFrom('people').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!found?.mergedIntoId) return found;
  return db.selectFrom('people').selectAll().where('id', '=', found.mergedIntoId).executeTakeFirst();
}

/** The person's own id with the ids of every spelling merged into them. */
export async function idsOfPerson(db: Kysely<Database>, personId: string): Promise<string[]> {
  const merged = await db.selectFrom('people').select('id').where('mergedIntoId', '=', personId).execute();
  return [personId, ...merged.map((r) => r.id)];
}

export interface ApiMembershipFilter {
  /** The person's ids: their own and those of spellings merged into them. */
  readonly personIds?: readonly string[];
  readonly bodyId?: string;
  readonly role?: string;
}

export interface ApiMembershipRow extends MembershipTable {
  readonly personSlug: string;
  readonly personName: string;
  /** The person the membership's person was merged into, if any: memberships show under the public person. */
  readonly canonicalPersonId: string;
  readonly bodySlug: string;
  readonly bodyName: string;
}

function memberships(db: Kysely<Database>) {
  return db
    .selectFrom('memberships')
    .innerJoin('people as p', 'p.id', 'memberships.personId')
    .leftJoin('people as c', 'c.id', 'p.mergedIntoId')
    .innerJoin('bodies', 'bodies.id', 'memberships.bodyId')
    .selectAll('memberships')
    .select((eb) => [
      eb.fn.coalesce('c.id', 'p.id').as('canonicalPersonId'),
      eb.fn.coalesce('c.slug', 'p.slug').as('personSlug'),
      eb.fn.coalesce('c.displayName', 'p.displayName').as('personName'),
      'bodies.slug as bodySlug',
      'bodies.name as bodyName',
    ]);
}

/** Recorded memberships of bodies (members, chairs, co-optees), latest first. */
export async function pageMemberships(
  db: Kysely<Database>,
  filter: ApiMembershipFilter,
  page: PageRequest,
): Promise<Paged<ApiMembershipRow>> {
  let base = memberships(db);
  if (filter.personIds) base = base.where('memberships.personId', 'in', [...filter.personIds]);
  if (filter.bodyId) base = base.where('memberships.bodyId', '=', filter.bodyId);
  if (filter.role) base = base.where('memberships.role', '=', filter.role);
  const total = countOf(
    await base
      .clearSelect()
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
  );
  const rows = await base
    .orderBy('bodies.name')
    .orderBy('memberships.startsOn', 'desc')
    .orderBy('memberships.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total, rows };
}

export async function findMembership(db: Kysely<Database>, id: string): Promise<ApiMembershipRow | undefined> {
  return memberships(db).where('memberships.id', '=', id).executeTakeFirst();
}
