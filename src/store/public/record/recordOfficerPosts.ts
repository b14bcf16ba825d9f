import type { Kysely } from 'kysely';
import type { OfficerPost } from '../../../domain/person.js';
import type { Database } from '../../database.js';
import { keysetPages } from '../../keysetPages.js';
import { toOfficerPost } from '../../rowMappers.js';
import { personIdsOfBody, type RecordScope } from './recordScope.js';
import type { Sourced } from './sourced.js';

/** Officers' job titles over time: everyone's, or those of the people one body's record mentions. */
export class RecordOfficerPosts {
  constructor(private readonly db: Kysely<Database>) {}

  async *stream(scope: RecordScope, pageSize?: number): AsyncGenerator<Sourced<OfficerPost>[]> {
    const db = this.db;
    const pages = keysetPages(
      (after: string | null, limit) =>
        db
          .selectFrom('officerPosts')
          .selectAll()
          .$if(scope.bodyId !== undefined, (q) => q.where('personId', 'in', personIdsOfBody(db, scope.bodyId!)))
          .$if(after !== null, (q) => q.where('id', '>', after!))
          .orderBy('id')
          .limit(limit)
          .execute(),
      (post) => post.id,
      pageSize,
    );
    for await (const rows of pages)
      yield rows.map((o) => ({ ...toOfficerPost(o), sourceDocumentId: o.sourceDocumentId }));
  }
}
