import type { Kysely } from 'kysely';
import type { Body, TermsOfReference } from '../../../domain/body.js';
import type { Database } from '../../database.js';
import { groupBy } from '../../groupBy.js';
import { keysetPages } from '../../keysetPages.js';
import { toBody, toTermsOfReference } from '../../rowMappers.js';
import type { RecordScope } from './recordScope.js';

/** A body as the whole record holds it: when Quorum first recorded it, and every adopted terms of reference. */
export interface BodyRecord extends Body {
  readonly createdAt: string;
  readonly termsOfReference: readonly TermsOfReference[];
}

/** Every body (or the one in scope), in id order. */
export class RecordBodies {
  constructor(private readonly db: Kysely<Database>) {}

  async *stream(scope: RecordScope, pageSize?: number): AsyncGenerator<BodyRecord[]> {
    const pages = keysetPages(
      (after: string | null, limit) =>
        this.db
          .selectFrom('bodies')
          .selectAll()
          .$if(scope.bodyId !== undefined, (q) => q.where('id', '=', scope.bodyId!))
          .$if(after !== null, (q) => q.where('id', '>', after!))
          .orderBy('id')
          .limit(limit)
          .execute(),
      (body) => body.id,
      pageSize,
    );
    for await (const bodies of pages) {
      const terms = await this.db
        .selectFrom('termsOfReference')
        .selectAll()
        .where(
          'bodyId',
          'in',
          bodies.map((b) => b.id),
        )
        .orderBy('id')
        .execute();
      const termsOf = groupBy(terms.map(toTermsOfReference), (t) => t.bodyId);
      yield bodies.map((b) => ({ ...toBody(b), createdAt: b.createdAt, termsOfReference: termsOf.get(b.id) ?? [] }));
    }
  }
}
