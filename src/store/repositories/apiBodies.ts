import type { Kysely } from 'kysely';
import type { BodyTable, Database } from '../database.js';
import { countOf, type PageRequest, type Paged } from './apiPage.js';

export interface ApiBodyFilter {
  readonly kind?: string;
}

export async function pageBodies(
  db: Kysely<Database>,
  filter: ApiBodyFilter,
  page: PageRequest,
): Promise<Paged<BodyTable>> {
  let base = db.selectFrom('bodies');
  if (filter.kind) base = base.where('kind', '=', filter.kind);
  const total = countOf(await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
  const rows = await base.selectAll().orderBy('name').orderBy('id').limit(page.limit).offset(page.offset).execute();
  return { total, rows };
}
