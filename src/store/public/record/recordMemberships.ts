import type { Kysely } from 'kysely';
import type { Membership, MembershipRole } from '../../../domain/membership.js';
import type { Database } from '../../database.js';
import { keysetPages } from '../../keysetPages.js';
import { toMembership } from '../../rowMappers.js';
import type { RecordScope } from './recordScope.js';
import type { Sourced } from './sourced.js';

/** A role beyond "member" that a body's memberships name (Chair, Vice-Chair...): a post of that body. */
export interface BodyPost {
  readonly bodyId: string;
  readonly bodyName: string;
  readonly role: MembershipRole;
}

/** Memberships of every body (or the one in scope), and the posts they name. */
export class RecordMemberships {
  constructor(private readonly db: Kysely<Database>) {}

  async *stream(scope: RecordScope, pageSize?: number): AsyncGenerator<Sourced<Membership>[]> {
    const pages = keysetPages(
      (after: string | null, limit) =>
        this.db
          .selectFrom('memberships')
          .selectAll()
          .$if(scope.bodyId !== undefined, (q) => q.where('bodyId', '=', scope.bodyId!))
          .$if(after !== null, (q) => q.where('id', '>', after!))
          .orderBy('id')
          .limit(limit)
          .execute(),
      (membership) => membership.id,
      pageSize,
    );
    for await (const rows of pages)
      yield rows.map((m) => ({ ...toMembership(m), sourceDocumentId: m.sourceDocumentId }));
  }

  /** One per body and role, so bounded by the number of bodies rather than the archive: read at once. */
  async posts(scope: RecordScope): Promise<BodyPost[]> {
    const rows = await this.db
      .selectFrom('memberships')
      .innerJoin('bodies', 'bodies.id', 'memberships.bodyId')
      .select(['memberships.bodyId', 'bodies.name as bodyName', 'memberships.role'])
      .distinct()
      .where('memberships.role', '!=', 'member' satisfies MembershipRole)
      .$if(scope.bodyId !== undefined, (q) => q.where('memberships.bodyId', '=', scope.bodyId!))
      .orderBy('memberships.bodyId')
      .orderBy('memberships.role')
      .execute();
    return rows.map((r) => ({ bodyId: r.bodyId, bodyName: r.bodyName, role: r.role as MembershipRole }));
  }
}
