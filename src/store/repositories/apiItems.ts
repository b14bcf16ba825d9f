import type { Kysely } from 'kysely';
import type { AgendaItemTable, Database } from '../database.js';
import { countOf, type PageRequest, type Paged } from './apiPage.js';

export interface ApiItemFilter {
  readonly meetingId?: string;
  readonly bodyId?: string;
  readonly from?: string;
  readonly to?: string;
}

export interface ApiItemRow extends AgendaItemTable {
  readonly date: string;
  readonly bodyId: string;
  readonly bodySlug: string;
  readonly bodyName: string;
}

function publicItems(db: Kysely<Database>) {
  return db
    .selectFrom('agendaItems')
    .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
    .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
    .where('agendaItems.isExempt', '=', 0);
}

/** Public agenda items (never exempt ones), in meeting order. */
export async function pageItems(
  db: Kysely<Database>,
  filter: ApiItemFilter,
  page: PageRequest,
): Promise<Paged<ApiItemRow>> {
  let base = publicItems(db);
  if (filter.meetingId) base = base.where('agendaItems.meetingId', '=', filter.meetingId);
  if (filter.bodyId) base = base.where('meetings.bodyId', '=', filter.bodyId);
  if (filter.from) base = base.where('meetings.date', '>=', filter.from);
  if (filter.to) base = base.where('meetings.date', '<=', filter.to);
  const total = countOf(await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
  const rows = await base
    .selectAll('agendaItems')
    .select(['meetings.date', 'bodies.id as bodyId', 'bodies.slug as bodySlug', 'bodies.name as bodyName'])
    .orderBy('meetings.date', 'desc')
    .orderBy('meetings.id')
    .orderBy('agendaItems.position')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total, rows };
}

/** One public item, or undefined when there is none or it is exempt (an exempt item is not published at all). */
export async function findPublicItem(db: Kysely<Database>, id: string): Promise<ApiItemRow | undefined> {
  return publicItems(db)
    .selectAll('agendaItems')
    .select(['meetings.date', 'bodies.id as bodyId', 'bodies.slug as bodySlug', 'bodies.name as bodyName'])
    .where('agendaItems.id', '=', id)
    .executeTakeFirst();
}

/** The minute points of public items, keyed by item id. */
export async function pointsOfItems(
  db: Kysely<Database>,
  itemIds: readonly string[],
): Promise<Map<string, { label: string | null; text: string }[]>> {
  const out = new Map<string, { label: string | null; text: string }[]>();
  if (itemIds.length === 0) return out;
  const rows = await db
    .selectFrom('minutePoints')
    .select(['itemId', 'label', 'text'])
    .where('itemId', 'in', [...itemIds])
    .orderBy('itemId')
    .orderBy('position')
    .execute();
  for (const r of rows) out.set(r.itemId, [...(out.get(r.itemId) ?? []), { label: r.label, text: r.text }]);
  return out;
}
