import type { Kysely } from 'kysely';
import type {
  AgendaItemTable,
  BodyTable,
  Database,
  DocumentTable,
  ItemDocumentTable,
  MeetingTable,
  MembershipTable,
  PersonTable,
} from '../../store/database.js';

/**
 * The store reads behind the OParl objects, batched by id so a page of meetings costs a fixed
 * number of queries. Exempt agenda items, and everything hanging off them, are filtered here,
 * at the source, so no mapper or route can publish them by mistake.
 */
export type DocumentInfo = Omit<DocumentTable, 'text' | 'pageStarts'> & { readonly hasBytes: boolean };
export type PaperRow = ItemDocumentTable & {
  readonly meetingId: string;
  readonly bodyId: string;
  readonly date: string;
};

export interface MeetingParts {
  readonly items: ReadonlyMap<string, readonly AgendaItemTable[]>;
  readonly resolutionTexts: ReadonlyMap<string, readonly string[]>;
  readonly participants: ReadonlyMap<string, readonly string[]>;
  readonly documents: ReadonlyMap<string, readonly DocumentInfo[]>;
  readonly itemPapers: ReadonlyMap<string, readonly PaperRow[]>;
  readonly paperDocuments: ReadonlyMap<string, DocumentInfo>;
}

type Db = Kysely<Database>;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

export async function councilName(db: Db): Promise<string> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'council_name').executeTakeFirst();
  return row?.value ?? 'Council';
}

export async function countRows(db: Db, table: 'bodies' | 'meetings'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function bodyRows(
  db: Db,
  options: {
    readonly ids?: readonly string[];
    readonly slug?: string;
    readonly offset?: number;
    readonly limit?: number;
  } = {},
): Promise<BodyTable[]> {
  let q = db.selectFrom('bodies').selectAll();
  if (options.ids) q = q.where('id', 'in', options.ids.length ? [...options.ids] : ['']);
  if (options.slug) q = q.where('slug', '=', options.slug);
  return q
    .orderBy('id')
    .limit(options.limit ?? 100_000)
    .offset(options.offset ?? 0)
    .execute();
}

export async function membershipRows(
  db: Db,
  by: {
    readonly bodyIds?: readonly string[];
    readonly personIds?: readonly string[];
    readonly ids?: readonly string[];
  },
): Promise<MembershipTable[]> {
  let q = db.selectFrom('memberships').selectAll();
  if (by.bodyIds) q = q.where('bodyId', 'in', by.bodyIds.length ? [...by.bodyIds] : ['']);
  if (by.personIds) q = q.where('personId', 'in', by.personIds.length ? [...by.personIds] : ['']);
  if (by.ids) q = q.where('id', 'in', by.ids.length ? [...by.ids] : ['']);
  return q.orderBy('id').execute();
}

/** People as the public sees them: a spelling merged into another person is not a person of its own. */
export async function personRows(
  db: Db,
  options: { readonly ids?: readonly string[]; readonly offset?: number; readonly limit?: number } = {},
): Promise<PersonTable[]> {
  let q = db.selectFrom('people').selectAll().where('mergedIntoId', 'is', null);
  if (options.ids) q = q.where('id', 'in', options.ids.length ? [...options.ids] : ['']);
  return q
    .orderBy('id')
    .limit(options.limit ?? 100_000)
    .offset(options.offset ?? 0)
    .execute();
}

export async function countPeople(db: Db): Promise<number> {
  const row = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('mergedIntoId', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function meetingRows(
  db: Db,
  options: {
    readonly ids?: readonly string[];
    readonly bodyId?: string;
    readonly offset?: number;
    readonly limit?: number;
  } = {},
): Promise<MeetingTable[]> {
  let q = db.selectFrom('meetings').selectAll();
  if (options.ids) q = q.where('id', 'in', options.ids.length ? [...options.ids] : ['']);
  if (options.bodyId) q = q.where('bodyId', '=', options.bodyId);
  return q
    .orderBy('date')
    .orderBy('id')
    .limit(options.limit ?? 100_000)
    .offset(options.offset ?? 0)
    .execute();
}

export async function countMeetings(db: Db, bodyId?: string): Promise<number> {
  let q = db.selectFrom('meetings').select((eb) => eb.fn.countAll<number>().as('n'));
  if (bodyId) q = q.where('bodyId', '=', bodyId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export async function publicItemRows(
  db: Db,
  by: { readonly meetingIds?: readonly string[]; readonly ids?: readonly string[] },
): Promise<AgendaItemTable[]> {
  let q = db.selectFrom('agendaItems').selectAll().where('isExempt', '=', 0);
  if (by.meetingIds) q = q.where('meetingId', 'in', by.meetingIds.length ? [...by.meetingIds] : ['']);
  if (by.ids) q = q.where('id', 'in', by.ids.length ? [...by.ids] : ['']);
  return q.orderBy('meetingId').orderBy('position').execute();
}

/** Item reports ("papers") of public items only, with their meeting's body and date. */
function paperQuery(db: Db) {
  return db
    .selectFrom('itemDocuments')
    .innerJoin('agendaItems', 'agendaItems.id', 'itemDocuments.itemId')
    .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
    .selectAll('itemDocuments')
    .select(['meetings.id as meetingId', 'meetings.bodyId as bodyId', 'meetings.date as date'])
    .where('agendaItems.isExempt', '=', 0);
}

export async function paperRows(
  db: Db,
  options: {
    readonly ids?: readonly string[];
    readonly itemIds?: readonly string[];
    readonly offset?: number;
    readonly limit?: number;
  } = {},
): Promise<PaperRow[]> {
  let q = paperQuery(db);
  if (options.ids) q = q.where('itemDocuments.id', 'in', options.ids.length ? [...options.ids] : ['']);
  if (options.itemIds) q = q.where('itemDocuments.itemId', 'in', options.itemIds.length ? [...options.itemIds] : ['']);
  return q
    .orderBy('itemDocuments.id')
    .limit(options.limit ?? 100_000)
    .offset(options.offset ?? 0)
    .execute();
}

export async function countPapers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('itemDocuments')
    .innerJoin('agendaItems', 'agendaItems.id', 'itemDocuments.itemId')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agendaItems.isExempt', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function documentInfos(db: Db, ids: readonly string[]): Promise<Map<string, DocumentInfo>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('documents')
    .leftJoin('documentBlobs', 'documentBlobs.contentHash', 'documents.contentHash')
    .select([
      'documents.id',
      'documents.contentHash',
      'documents.mediaType',
      'documents.origin',
      'documents.title',
      'documents.byteSize',
      'documents.pageCount',
      'documents.supersedesId',
      'documents.importedAt',
      'documentBlobs.contentHash as blobHash',
    ])
    .where('documents.id', 'in', [...new Set(ids)])
    // A report filed under an exempt item is exempt too.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('itemDocuments')
            .innerJoin('agendaItems', 'agendaItems.id', 'itemDocuments.itemId')
            .select('itemDocuments.id')
            .whereRef('itemDocuments.documentId', '=', 'documents.id')
            .where('agendaItems.isExempt', '=', 1),
        ),
      ),
    )
    .execute();
  return new Map(rows.map(({ blobHash, ...d }) => [d.id, { ...d, hasBytes: blobHash !== null }]));
}

/** The stored bytes of a document, or undefined. */
export async function documentBytes(
  db: Db,
  id: string,
): Promise<{ readonly bytes: Uint8Array; readonly mediaType: string; readonly title: string | null } | undefined> {
  return db
    .selectFrom('documents')
    .innerJoin('documentBlobs', 'documentBlobs.contentHash', 'documents.contentHash')
    .select(['documentBlobs.bytes', 'documents.mediaType', 'documents.title'])
    .where('documents.id', '=', id)
    .executeTakeFirst()
    .then(async (row) => (row && (await documentInfos(db, [id])).has(id) ? row : undefined));
}

/** Everything a page of meetings embeds, in a fixed number of queries. */
export async function meetingParts(db: Db, meetingIds: readonly string[]): Promise<MeetingParts> {
  const items = await publicItemRows(db, { meetingIds });
  const itemIds = items.map((i) => i.id);
  const [resolutions, attendance, provenance, papers] = await Promise.all([
    itemIds.length
      ? db
          .selectFrom('resolutions')
          .select(['itemId', 'text'])
          .where('itemId', 'in', itemIds)
          .orderBy('itemId')
          .orderBy('position')
          .execute()
      : Promise.resolve([]),
    meetingIds.length
      ? db
          .selectFrom('attendance')
          .innerJoin('people', 'people.id', 'attendance.personId')
          .select(['attendance.meetingId', 'attendance.personId', 'people.mergedIntoId'])
          .where('attendance.meetingId', 'in', [...meetingIds])
          .where('attendance.kind', 'in', ['present', 'substitute'])
          .orderBy('attendance.meetingId')
          .orderBy('attendance.position')
          .execute()
      : Promise.resolve([]),
    meetingIds.length
      ? db
          .selectFrom('provenance')
          .select(['subjectId', 'documentId'])
          .distinct()
          .where('subjectKind', '=', 'meeting')
          .where('subjectId', 'in', [...meetingIds])
          .execute()
      : Promise.resolve([]),
    itemIds.length ? paperRows(db, { itemIds }) : Promise.resolve([]),
  ]);
  const docs = await documentInfos(db, [
    ...provenance.map((p) => p.documentId),
    ...papers.flatMap((p) => (p.documentId ? [p.documentId] : [])),
  ]);
  const participants = new Map<string, string[]>();
  for (const a of attendance) {
    const list = participants.get(a.meetingId) ?? [];
    const id = a.mergedIntoId ?? a.personId;
    if (!list.includes(id)) list.push(id);
    participants.set(a.meetingId, list);
  }
  const documents = new Map<string, DocumentInfo[]>();
  for (const p of provenance) {
    const doc = docs.get(p.documentId);
    if (doc)
      documents.set(
        p.subjectId,
        [...(documents.get(p.subjectId) ?? []), doc].sort((a, b) => a.id.localeCompare(b.id)),
      );
  }
  return {
    items: groupBy(items, (i) => i.meetingId),
    resolutionTexts: new Map([...groupBy(resolutions, (r) => r.itemId)].map(([k, rs]) => [k, rs.map((r) => r.text)])),
    participants,
    documents,
    itemPapers: groupBy(papers, (p) => p.itemId),
    paperDocuments: docs,
  };
}
