import type { Kysely } from 'kysely';
import type { AgendaItemTable, Database } from '../database.js';

export interface SourceLink {
  readonly provenanceId: number;
  readonly documentId: string;
  readonly page: number | null;
  readonly inferred: boolean;
}

export interface ItemDetailView {
  readonly item: AgendaItemTable;
  readonly meeting: { readonly id: string; readonly date: string; readonly startTime: string | null };
  readonly body: { readonly slug: string; readonly name: string };
  readonly points: readonly { readonly label: string | null; readonly text: string }[];
  readonly resolutions: readonly {
    readonly id: string;
    readonly label: string | null;
    readonly kind: string;
    readonly isFormal: number;
    readonly text: string;
    readonly source: SourceLink | null;
  }[];
  readonly source: SourceLink | null;
}

/** The first place each subject was read, for "from" links. */
export async function sourcesOf(db: Kysely<Database>, subjectIds: readonly string[]): Promise<Map<string, SourceLink>> {
  const out = new Map<string, SourceLink>();
  if (subjectIds.length === 0) return out;
  const rows = await db
    .selectFrom('provenance')
    .select(['id', 'subjectId', 'documentId', 'page', 'inferred'])
    .where('subjectId', 'in', [...subjectIds])
    .where('field', 'is', null)
    .orderBy('id')
    .execute();
  for (const r of rows)
    if (!out.has(r.subjectId))
      out.set(r.subjectId, { provenanceId: r.id, documentId: r.documentId, page: r.page, inferred: r.inferred === 1 });
  return out;
}

/** The agenda item each resolution belongs to, so a resolution found by search links to its item. */
export async function itemsOfResolutions(
  db: Kysely<Database>,
  resolutionIds: readonly string[],
): Promise<ReadonlyMap<string, string>> {
  if (resolutionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('resolutions')
    .select(['id', 'itemId'])
    .where('id', 'in', [...resolutionIds])
    .execute();
  return new Map(rows.map((r) => [r.id, r.itemId]));
}

export async function getItemDetail(db: Kysely<Database>, itemId: string): Promise<ItemDetailView | undefined> {
  const item = await db.selectFrom('agendaItems').selectAll().where('id', '=', itemId).executeTakeFirst();
  if (!item) return undefined;
  const meeting = await db
    .selectFrom('meetings')
    .select(['id', 'date', 'startTime', 'bodyId'])
    .where('id', '=', item.meetingId)
    .executeTakeFirstOrThrow();
  const body = await db
    .selectFrom('bodies')
    .select(['slug', 'name'])
    .where('id', '=', meeting.bodyId)
    .executeTakeFirstOrThrow();
  const points = await db
    .selectFrom('minutePoints')
    .select(['label', 'text'])
    .where('itemId', '=', itemId)
    .orderBy('position')
    .execute();
  const resolutions = await db
    .selectFrom('resolutions')
    .select(['id', 'label', 'kind', 'isFormal', 'text'])
    .where('itemId', '=', itemId)
    .orderBy('position')
    .execute();
  const sources = await sourcesOf(db, [itemId, ...resolutions.map((r) => r.id)]);
  return {
    item,
    meeting: { id: meeting.id, date: meeting.date, startTime: meeting.startTime },
    body,
    points,
    resolutions: resolutions.map((r) => ({ ...r, source: sources.get(r.id) ?? null })),
    source: sources.get(itemId) ?? null,
  };
}
