/** @deprecated transitional: Akoma Ntoso reads it until its export moves to a public reader; use PublicMeetings. */
import type { Kysely } from 'kysely';
import type { AgendaItemTable, Database, DocumentPartTable, MeetingTable } from '../database.js';
import { type SourceLink, sourcesOf } from '../public/publicRefs.js';

export interface PersonRef {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

export interface AttendanceLine {
  readonly person: PersonRef;
  readonly kind: string;
  readonly reason: string | null;
  readonly roleText: string | null;
  readonly capacity: string | null;
  readonly substituteFor: PersonRef | null;
}

export interface DeclarationLine {
  readonly person: PersonRef;
  readonly itemId: string | null;
  readonly kind: string;
  readonly text: string;
}

export interface ItemDetail extends AgendaItemTable {
  readonly points: readonly { label: string | null; text: string }[];
  readonly resolutions: readonly {
    id: string;
    label: string | null;
    kind: string;
    isFormal: number;
    text: string;
    source: SourceLink | null;
  }[];
  readonly source: SourceLink | null;
}

export interface MeetingDocument {
  readonly id: string;
  readonly title: string | null;
  readonly origin: string;
  readonly mediaType: string;
  readonly pageCount: number | null;
  readonly parts: readonly Pick<DocumentPartTable, 'position' | 'kind' | 'title' | 'pageStart' | 'pageEnd'>[];
}

export interface MeetingDetail {
  readonly meeting: MeetingTable;
  readonly body: { readonly id: string; readonly slug: string; readonly name: string };
  readonly items: readonly ItemDetail[];
  readonly attendance: readonly AttendanceLine[];
  readonly declarations: readonly DeclarationLine[];
  readonly documents: readonly MeetingDocument[];
}

/** A person as the public sees them: merged spellings show as the person they were merged into. */
async function peopleById(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, PersonRef>> {
  const out = new Map<string, PersonRef>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('people as p')
    .leftJoin('people as c', 'c.id', 'p.mergedIntoId')
    .select([
      'p.id',
      'c.id as canonicalId',
      'p.slug',
      'c.slug as canonicalSlug',
      'p.displayName',
      'c.displayName as canonicalName',
    ])
    .where('p.id', 'in', [...new Set(ids)])
    .execute();
  for (const r of rows)
    out.set(r.id, {
      id: r.canonicalId ?? r.id,
      slug: r.canonicalSlug ?? r.slug,
      name: r.canonicalName ?? r.displayName,
    });
  return out;
}

/** Everything recorded of one meeting, or undefined. Exempt items are included: presenters decide what the public sees. */
export async function getMeetingDetail(db: Kysely<Database>, meetingId: string): Promise<MeetingDetail | undefined> {
  const meeting = await db.selectFrom('meetings').selectAll().where('id', '=', meetingId).executeTakeFirst();
  if (!meeting) return undefined;
  const body = await db
    .selectFrom('bodies')
    .select(['id', 'slug', 'name'])
    .where('id', '=', meeting.bodyId)
    .executeTakeFirstOrThrow();
  const items = await db
    .selectFrom('agendaItems')
    .selectAll()
    .where('meetingId', '=', meetingId)
    .orderBy('position')
    .execute();
  const itemIds = items.map((i) => i.id);
  const [points, resolutions] = itemIds.length
    ? await Promise.all([
        db
          .selectFrom('minutePoints')
          .select(['itemId', 'label', 'text'])
          .where('itemId', 'in', itemIds)
          .orderBy('position')
          .execute(),
        db
          .selectFrom('resolutions')
          .select(['id', 'itemId', 'label', 'kind', 'isFormal', 'text'])
          .where('itemId', 'in', itemIds)
          .orderBy('position')
          .execute(),
      ])
    : [[], []];
  const attendance = await db
    .selectFrom('attendance')
    .selectAll()
    .where('meetingId', '=', meetingId)
    .orderBy('position')
    .execute();
  const declarations = await db
    .selectFrom('declarations')
    .selectAll()
    .where('meetingId', '=', meetingId)
    .orderBy('id')
    .execute();
  const people = await peopleById(db, [
    ...attendance.map((a) => a.personId),
    ...attendance.flatMap((a) => (a.substituteForId ? [a.substituteForId] : [])),
    ...declarations.map((d) => d.personId),
  ]);
  const documents = await db
    .selectFrom('documents')
    .select(['id', 'title', 'origin', 'mediaType', 'pageCount'])
    .where('id', 'in', db.selectFrom('provenance').select('documentId').where('subjectId', '=', meetingId))
    .orderBy('importedAt')
    .execute();
  const parts = documents.length
    ? await db
        .selectFrom('documentParts')
        .select(['documentId', 'position', 'kind', 'title', 'pageStart', 'pageEnd'])
        .where(
          'documentId',
          'in',
          documents.map((d) => d.id),
        )
        .orderBy('documentId')
        .orderBy('position')
        .execute()
    : [];
  const sources = await sourcesOf(db, [...itemIds, ...resolutions.map((r) => r.id)]);
  const unknown = (id: string): PersonRef => people.get(id) ?? { id, slug: id, name: 'Unknown' };
  return {
    meeting,
    body,
    items: items.map((i) => ({
      ...i,
      points: points.filter((p) => p.itemId === i.id),
      resolutions: resolutions
        .filter((r) => r.itemId === i.id)
        .map((r) => ({ ...r, source: sources.get(r.id) ?? null })),
      source: sources.get(i.id) ?? null,
    })),
    attendance: attendance.map((a) => ({
      person: unknown(a.personId),
      kind: a.kind,
      reason: a.reason,
      roleText: a.roleText,
      capacity: a.capacity,
      substituteFor: a.substituteForId ? unknown(a.substituteForId) : null,
    })),
    declarations: declarations.map((d) => ({
      person: unknown(d.personId),
      itemId: d.itemId,
      kind: d.kind,
      text: d.text,
    })),
    documents: documents.map((d) => ({ ...d, parts: parts.filter((p) => p.documentId === d.id) })),
  };
}
