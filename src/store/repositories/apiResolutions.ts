import type { Kysely } from 'kysely';
import type { Database, ResolutionTable } from '../database.js';
import { countOf, type PageRequest, type Paged } from './apiPage.js';

export interface ApiResolutionFilter {
  readonly meetingId?: string;
  readonly itemId?: string;
  readonly bodyId?: string;
  readonly kind?: string;
  readonly from?: string;
  readonly to?: string;
}

export interface ApiResolutionRow extends ResolutionTable {
  readonly itemTitle: string;
  readonly meetingId: string;
  readonly date: string;
  readonly bodyId: string;
  readonly bodySlug: string;
  readonly bodyName: string;
}

function publicResolutions(db: Kysely<Database>) {
  return db
    .selectFrom('resolutions')
    .innerJoin('agendaItems', 'agendaItems.id', 'resolutions.itemId')
    .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
    .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
    .where('agendaItems.isExempt', '=', 0)
    .selectAll('resolutions')
    .select([
      'agendaItems.title as itemTitle',
      'meetings.id as meetingId',
      'meetings.date',
      'bodies.id as bodyId',
      'bodies.slug as bodySlug',
      'bodies.name as bodyName',
    ]);
}

/** Resolutions and decisions of public items only, newest meeting first. */
export async function pageResolutions(
  db: Kysely<Database>,
  filter: ApiResolutionFilter,
  page: PageRequest,
): Promise<Paged<ApiResolutionRow>> {
  let base = publicResolutions(db);
  if (filter.meetingId) base = base.where('meetings.id', '=', filter.meetingId);
  if (filter.itemId) base = base.where('agendaItems.id', '=', filter.itemId);
  if (filter.bodyId) base = base.where('meetings.bodyId', '=', filter.bodyId);
  if (filter.kind) base = base.where('resolutions.kind', '=', filter.kind);
  if (filter.from) base = base.where('meetings.date', '>=', filter.from);
  if (filter.to) base = base.where('meetings.date', '<=', filter.to);
  const total = countOf(
    await base
      .clearSelect()
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
  );
  const rows = await base
    .orderBy('meetings.date', 'desc')
    .orderBy('meetings.id')
    .orderBy('agendaItems.position')
    .orderBy('resolutions.position')
    .orderBy('resolutions.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { total, rows };
}

export async function findPublicResolution(db: Kysely<Database>, id: string): Promise<ApiResolutionRow | undefined> {
  return publicResolutions(db).where('resolutions.id', '=', id).executeTakeFirst();
}

/** The public resolutions of some items, in order, for an item's detail. */
export async function resolutionsOfItems(
  db: Kysely<Database>,
  itemIds: readonly string[],
): Promise<ApiResolutionRow[]> {
  if (itemIds.length === 0) return [];
  return publicResolutions(db)
    .where('agendaItems.id', 'in', [...itemIds])
    .orderBy('agendaItems.position')
    .orderBy('resolutions.position')
    .orderBy('resolutions.id')
    .execute();
}
