import type { Kysely } from 'kysely';
import type { Body } from '../../../domain/body.js';
import type { Database } from '../../database.js';
import { keysetPages } from '../../keysetPages.js';
import { toBody } from '../../rowMappers.js';
import { countOf } from '../publicRefs.js';
import { changeBounds, type CatalogueScope, type KeysetRequest } from './catalogueRequest.js';

/** A body with when Quorum first recorded it: open-data formats date their objects. */
export interface RecordedBody extends Body {
  readonly createdAt: string;
}

type Db = Kysely<Database>;

/**
 * Every body (committee, board, panel) by its stable id, in id order. Quorum dates a body only when
 * it was first recorded: a list's window compares that time as both its creation and its change.
 */
export class CatalogueBodies {
  constructor(private readonly db: Db) {}

  #bodies(scope: CatalogueScope) {
    const bounds = changeBounds(scope.changed);
    return this.db
      .selectFrom('bodies')
      .$if(bounds.length > 0, (q) => q.where((eb) => eb.and(bounds.map((b) => eb('bodies.createdAt', b.op, b.value)))));
  }

  async count(scope: CatalogueScope = {}): Promise<number> {
    return countOf(
      await this.#bodies(scope)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    );
  }

  async page(request: KeysetRequest, scope: CatalogueScope = {}): Promise<RecordedBody[]> {
    const rows = await this.#bodies(scope)
      .selectAll()
      .$if(request.after !== null, (q) => q.where('id', '>', request.after!))
      .orderBy('id')
      .limit(request.limit)
      .execute();
    return rows.map(toRecordedBody);
  }

  stream(): AsyncGenerator<RecordedBody[]> {
    return keysetPages(
      (after: string | null, limit) => this.page({ after, limit }),
      (body) => body.id,
    );
  }

  async byIds(ids: readonly string[]): Promise<RecordedBody[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('bodies')
      .selectAll()
      .where('id', 'in', [...new Set(ids)])
      .orderBy('id')
      .execute();
    return rows.map(toRecordedBody);
  }

  async bySlug(slug: string): Promise<RecordedBody | undefined> {
    const row = await this.db.selectFrom('bodies').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row && toRecordedBody(row);
  }
}

function toRecordedBody(row: Database['bodies']): RecordedBody {
  return { ...toBody(row), createdAt: row.createdAt };
}
