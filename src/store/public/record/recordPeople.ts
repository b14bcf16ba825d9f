import type { Kysely } from 'kysely';
import type { Person, PersonAlias } from '../../../domain/person.js';
import type { Database } from '../../database.js';
import { groupBy } from '../../groupBy.js';
import { keysetPages } from '../../keysetPages.js';
import { toPerson, toPersonAlias } from '../../rowMappers.js';
import { personIdsOfBody, type RecordScope } from './recordScope.js';
import type { Sourced } from './sourced.js';

/** A spelling of a person's name met in a document, as the whole record keeps it. */
export interface AliasRecord extends Sourced<PersonAlias> {
  readonly id: string;
}

/**
 * A person as the whole record holds them, merged spellings included (each names the person it
 * was merged into), with when Quorum first recorded them and every spelling met.
 */
export interface PersonRecord extends Person {
  readonly createdAt: string;
  readonly aliases: readonly AliasRecord[];
}

/** Every person, or those one body's record mentions, in id order. */
export class RecordPeople {
  constructor(private readonly db: Kysely<Database>) {}

  async *stream(scope: RecordScope, pageSize?: number): AsyncGenerator<PersonRecord[]> {
    const db = this.db;
    const pages = keysetPages(
      (after: string | null, limit) =>
        db
          .selectFrom('people')
          .selectAll()
          .$if(scope.bodyId !== undefined, (q) => q.where('id', 'in', personIdsOfBody(db, scope.bodyId!)))
          .$if(after !== null, (q) => q.where('id', '>', after!))
          .orderBy('id')
          .limit(limit)
          .execute(),
      (person) => person.id,
      pageSize,
    );
    for await (const people of pages) {
      const aliases = await db
        .selectFrom('personAliases')
        .selectAll()
        .where(
          'personId',
          'in',
          people.map((p) => p.id),
        )
        .orderBy('id')
        .execute();
      const aliasesOf = groupBy(
        aliases.map((a) => ({ ...toPersonAlias(a), id: a.id, sourceDocumentId: a.sourceDocumentId })),
        (a) => a.personId,
      );
      yield people.map((p) => ({ ...toPerson(p), createdAt: p.createdAt, aliases: aliasesOf.get(p.id) ?? [] }));
    }
  }
}
