import type { Kysely, Selectable } from 'kysely';
import type { Membership } from '../../../domain/membership.js';
import type { Database } from '../../database.js';
import { toMembership } from '../../rowMappers.js';

type Db = Kysely<Database>;

/**
 * Memberships by stable id, in id order, each under the public person it belongs to: the
 * `personId` of a membership recorded under a spelling merged into another person is that person.
 */
export class CatalogueMemberships {
  constructor(private readonly db: Db) {}

  #memberships() {
    return this.db
      .selectFrom('memberships')
      .innerJoin('people as member', 'member.id', 'memberships.personId')
      .selectAll('memberships')
      .select((eb) => eb.fn.coalesce('member.mergedIntoId', 'member.id').as('publicPersonId'))
      .orderBy('memberships.id');
  }

  async byIds(ids: readonly string[]): Promise<Membership[]> {
    if (ids.length === 0) return [];
    return (
      await this.#memberships()
        .where('memberships.id', 'in', [...new Set(ids)])
        .execute()
    ).map(toPublicMembership);
  }

  async ofBodies(bodyIds: readonly string[]): Promise<Membership[]> {
    if (bodyIds.length === 0) return [];
    const rows = await this.#memberships()
      .where('memberships.bodyId', 'in', [...new Set(bodyIds)])
      .execute();
    return rows.map(toPublicMembership);
  }

  /** Memberships of these public people, those recorded under spellings merged into them included. */
  async ofPeople(personIds: readonly string[]): Promise<Membership[]> {
    if (personIds.length === 0) return [];
    const ids = [...new Set(personIds)];
    const rows = await this.#memberships()
      .where((eb) => eb.or([eb('member.id', 'in', ids), eb('member.mergedIntoId', 'in', ids)]))
      .execute();
    return rows.map(toPublicMembership);
  }
}

function toPublicMembership({
  publicPersonId,
  ...row
}: Selectable<Database['memberships']> & { readonly publicPersonId: string }): Membership {
  return { ...toMembership(row), personId: publicPersonId };
}
