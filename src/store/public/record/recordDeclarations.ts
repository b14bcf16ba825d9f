import type { Kysely } from 'kysely';
import type { Declaration } from '../../../domain/declaration.js';
import type { Database } from '../../database.js';
import { keysetPages } from '../../keysetPages.js';
import { toDeclaration } from '../../rowMappers.js';
import { publicDeclarations } from '../publicScope.js';
import { meetingIdsInScope, type RecordScope } from './recordScope.js';
import type { Sourced } from './sourced.js';

/** Declarations of interest the public may read (none about an exempt item), in id order. */
export class RecordDeclarations {
  constructor(private readonly db: Kysely<Database>) {}

  async *stream(scope: RecordScope, pageSize?: number): AsyncGenerator<Sourced<Declaration>[]> {
    const db = this.db;
    const pages = keysetPages(
      (after: string | null, limit) =>
        publicDeclarations(db)
          .selectAll()
          .$if(scope.bodyId !== undefined, (q) => q.where('declarations.meetingId', 'in', meetingIdsInScope(db, scope)))
          .$if(after !== null, (q) => q.where('declarations.id', '>', after!))
          .orderBy('declarations.id')
          .limit(limit)
          .execute(),
      (declaration) => declaration.id,
      pageSize,
    );
    for await (const rows of pages)
      yield rows.map((d) => ({ ...toDeclaration(d), sourceDocumentId: d.sourceDocumentId }));
  }
}
