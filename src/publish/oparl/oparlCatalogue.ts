import type { Kysely } from 'kysely';
import type { Database, MembershipTable } from '../../store/database.js';
import {
  toAgendaItem,
  toBody,
  toConsultation,
  toFile,
  toMeeting,
  toMembership,
  toOrganization,
  toPaper,
  toPerson,
  toSystem,
} from './oparlMappers.js';
import type {
  OparlAgendaItem,
  OparlBody,
  OparlConsultation,
  OparlFile,
  OparlLocation,
  OparlMeeting,
  OparlMembership,
  OparlOrganization,
  OparlPage,
  OparlPaper,
  OparlPerson,
  OparlSystem,
} from './oparlObject.js';
import {
  bodyRows,
  councilName,
  countMeetings,
  countPapers,
  countPeople,
  countRows,
  documentInfos,
  meetingParts,
  meetingRows,
  membershipRows,
  paperRows,
  personRows,
  publicItemRows,
} from './oparlRows.js';
import type { OparlUrls } from './oparlUrls.js';

type Db = Kysely<Database>;

/** Objects per page of an external list. */
export const OPARL_PAGE_SIZE = 100;

/** The slice of a list one page asks for; page numbers start at 1. */
export interface PageRequest {
  readonly page: number;
  readonly size?: number;
}

function window(request: PageRequest): { offset: number; limit: number } {
  const limit = request.size ?? OPARL_PAGE_SIZE;
  return { offset: (request.page - 1) * limit, limit };
}

/** Wraps one page of objects as an OParl list, with its paging and links (`?page=N`). */
export function pageOf<T>(listUrl: string, request: PageRequest, total: number, data: readonly T[]): OparlPage<T> {
  const size = request.size ?? OPARL_PAGE_SIZE;
  const totalPages = Math.max(1, Math.ceil(total / size));
  const at = (n: number): string => `${listUrl}?page=${n}`;
  return {
    data,
    pagination: { totalElements: total, elementsPerPage: size, currentPage: request.page, totalPages },
    links: {
      first: at(1),
      last: at(totalPages),
      self: at(request.page),
      ...(request.page > 1 ? { prev: at(Math.min(request.page - 1, totalPages)) } : {}),
      ...(request.page < totalPages ? { next: at(request.page + 1) } : {}),
    },
  };
}

export async function getSystem(db: Db, urls: OparlUrls): Promise<OparlSystem> {
  return toSystem(urls, await councilName(db));
}

export async function getBody(db: Db, urls: OparlUrls): Promise<OparlBody> {
  return toBody(urls, await councilName(db));
}

/** Organizations (Quorum's bodies), optionally only the one with this slug. */
export async function organizations(
  db: Db,
  urls: OparlUrls,
  options: {
    readonly ids?: readonly string[];
    readonly slug?: string;
    readonly offset?: number;
    readonly limit?: number;
  },
): Promise<OparlOrganization[]> {
  const bodies = await bodyRows(db, options);
  const memberships = await membershipRows(db, { bodyIds: bodies.map((b) => b.id) });
  return bodies.map((b) =>
    toOrganization(
      urls,
      b,
      memberships.filter((m) => m.bodyId === b.id).map((m) => m.id),
    ),
  );
}

export async function listOrganizations(
  db: Db,
  urls: OparlUrls,
  request: PageRequest,
): Promise<OparlPage<OparlOrganization>> {
  const [total, data] = await Promise.all([countRows(db, 'bodies'), organizations(db, urls, window(request))]);
  return pageOf(urls.bodyList('organizations'), request, total, data);
}

export async function getOrganization(db: Db, urls: OparlUrls, id: string): Promise<OparlOrganization | undefined> {
  return (await organizations(db, urls, { ids: [id] }))[0];
}

/** The canonical person each stored person id stands for (a merged spelling stands for the person it was merged into). */
async function canonicalIds(db: Db, personIds: readonly string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('people')
    .select(['id', 'mergedIntoId'])
    .where('id', 'in', [...new Set(personIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.mergedIntoId ?? r.id]));
}

async function membershipObjects(
  db: Db,
  urls: OparlUrls,
  rows: readonly MembershipTable[],
): Promise<OparlMembership[]> {
  const canonical = await canonicalIds(
    db,
    rows.map((m) => m.personId),
  );
  return rows.map((m) => toMembership(urls, m, canonical.get(m.personId) ?? m.personId));
}

export async function getMembership(db: Db, urls: OparlUrls, id: string): Promise<OparlMembership | undefined> {
  return (await membershipObjects(db, urls, await membershipRows(db, { ids: [id] })))[0];
}

export async function people(
  db: Db,
  urls: OparlUrls,
  options: { readonly ids?: readonly string[]; readonly offset?: number; readonly limit?: number },
): Promise<OparlPerson[]> {
  const persons = await personRows(db, options);
  const ids = persons.map((p) => p.id);
  const merged = ids.length
    ? await db.selectFrom('people').select('id').where('mergedIntoId', 'in', ids).execute()
    : [];
  const memberships = await membershipObjects(
    db,
    urls,
    await membershipRows(db, { personIds: [...ids, ...merged.map((m) => m.id)] }),
  );
  return persons.map((p) =>
    toPerson(
      urls,
      p,
      memberships.filter((m) => m.person === urls.person(p.id)),
    ),
  );
}

export async function listPeople(db: Db, urls: OparlUrls, request: PageRequest): Promise<OparlPage<OparlPerson>> {
  const [total, data] = await Promise.all([countPeople(db), people(db, urls, window(request))]);
  return pageOf(urls.bodyList('people'), request, total, data);
}

export async function getPerson(db: Db, urls: OparlUrls, id: string): Promise<OparlPerson | undefined> {
  return (await people(db, urls, { ids: [id] }))[0];
}

export async function meetings(
  db: Db,
  urls: OparlUrls,
  options: {
    readonly ids?: readonly string[];
    readonly bodyId?: string;
    readonly offset?: number;
    readonly limit?: number;
  },
): Promise<OparlMeeting[]> {
  const rows = await meetingRows(db, options);
  if (rows.length === 0) return [];
  const [parts, bodies] = await Promise.all([
    meetingParts(
      db,
      rows.map((m) => m.id),
    ),
    bodyRows(db, { ids: [...new Set(rows.map((m) => m.bodyId))] }),
  ]);
  const names = new Map(bodies.map((b) => [b.id, b.name]));
  return rows.map((m) => toMeeting(urls, m, names.get(m.bodyId) ?? '', parts));
}

export async function listMeetings(
  db: Db,
  urls: OparlUrls,
  request: PageRequest,
  bodyId?: string,
): Promise<OparlPage<OparlMeeting>> {
  const [total, data] = await Promise.all([
    countMeetings(db, bodyId),
    meetings(db, urls, { ...window(request), bodyId }),
  ]);
  return pageOf(bodyId ? urls.organizationMeetings(bodyId) : urls.bodyList('meetings'), request, total, data);
}

export async function getMeeting(db: Db, urls: OparlUrls, id: string): Promise<OparlMeeting | undefined> {
  return (await meetings(db, urls, { ids: [id] }))[0];
}

export async function getMeetingLocation(db: Db, urls: OparlUrls, id: string): Promise<OparlLocation | undefined> {
  return (await getMeeting(db, urls, id))?.location;
}

/** A public agenda item; an exempt one is not found. */
export async function getAgendaItem(db: Db, urls: OparlUrls, id: string): Promise<OparlAgendaItem | undefined> {
  const [item] = await publicItemRows(db, { ids: [id] });
  if (!item) return undefined;
  const parts = await meetingParts(db, [item.meetingId]);
  return toAgendaItem(urls, item, parts);
}

export async function papers(
  db: Db,
  urls: OparlUrls,
  options: { readonly ids?: readonly string[]; readonly offset?: number; readonly limit?: number },
): Promise<OparlPaper[]> {
  const rows = await paperRows(db, options);
  const docs = await documentInfos(
    db,
    rows.flatMap((p) => (p.documentId ? [p.documentId] : [])),
  );
  return rows.map((p) => toPaper(urls, p, p.documentId ? docs.get(p.documentId) : undefined));
}

export async function listPapers(db: Db, urls: OparlUrls, request: PageRequest): Promise<OparlPage<OparlPaper>> {
  const [total, data] = await Promise.all([countPapers(db), papers(db, urls, window(request))]);
  return pageOf(urls.bodyList('papers'), request, total, data);
}

export async function getPaper(db: Db, urls: OparlUrls, id: string): Promise<OparlPaper | undefined> {
  return (await papers(db, urls, { ids: [id] }))[0];
}

export async function getConsultation(db: Db, urls: OparlUrls, id: string): Promise<OparlConsultation | undefined> {
  const [row] = await paperRows(db, { ids: [id] });
  return row ? toConsultation(urls, row) : undefined;
}

export async function getFile(db: Db, urls: OparlUrls, id: string): Promise<OparlFile | undefined> {
  const doc = (await documentInfos(db, [id])).get(id);
  return doc ? toFile(urls, doc) : undefined;
}
