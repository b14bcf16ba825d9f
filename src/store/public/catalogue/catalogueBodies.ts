import type { Kysely } from 'kysely';
import type { Body } from '../../../domain/body.js';
import type { Database } from '../../database.js';
import { keysetPages } from '../../keysetPages.js';
import { toBody } from '../../rowMappers.js';
import { countOf } from '../publicRefs.js';
import type { KeysetRequest } from './catalogueRequest.js';

/** A body with when Quorum first recorded it: open-data formats date their objects. */
export interface RecordedBody extends Body {
  readonly createdAt: string;
}

type Db = Kysely<Database>;

/** Every body (committee, board, panel) by its stable id, in id order. */
export class CatalogueBodies {
  constructor(private readonly db: Db) {}

  async count(): Promise<number> {
    return countOf(
      await this.db
        .selectFrom('bodies')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst(),
    );
  }

  async page(request: KeysetRequest): Promise<RecordedBody[]> {
    const rows = await this.db
      .selectFrom('bodies')
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
