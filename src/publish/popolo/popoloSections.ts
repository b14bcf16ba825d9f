import type { Kysely } from 'kysely';
import type { Database, VoteTable } from '../../store/database.js';
import { scopedMeetingIds, scopedPersonIds, type ExportScope } from '../exportScope.js';
import { groupBy } from '../groupBy.js';
import { keysetPages } from '../../store/keysetPages.js';
import { meetingPages } from '../meetingPages.js';
import * as map from './popoloMapping.js';

type Json = Record<string, unknown>;
type Db = Kysely<Database>;

/** One top-level array of the Popolo document, produced a page at a time. */
export interface PopoloSection {
  readonly key: string;
  pages(db: Db, scope: ExportScope): AsyncGenerator<Json[]>;
}

const byId = <T extends { id: string }>(row: T): string => row.id;

async function* organizations(db: Db, scope: ExportScope): AsyncGenerator<Json[]> {
  const pages = keysetPages(
    (after: string | null, limit) =>
      db
        .selectFrom('bodies')
        .selectAll()
        .$if(scope.bodyId !== null, (q) => q.where('id', '=', scope.bodyId!))
        .$if(after !== null, (q) => q.where('id', '>', after!))
        .orderBy('id')
        .limit(limit)
        .execute(),
    byId,
  );
  for await (const bodies of pages) {
    const terms = groupBy(
      await db
        .selectFrom('termsOfReference')
        .selectAll()
        .where('bodyId', 'in', bodies.map(byId))
        .orderBy('id')
        .execute(),
      (t) => t.bodyId,
    );
    yield bodies.map((b) => map.toOrganization(b, terms.get(b.id) ?? [], scope.baseUrl));
  }
}

async function* persons(db: Db, scope: ExportScope): AsyncGenerator<Json[]> {
  const pages = keysetPages(
    (after: string | null, limit) =>
      db
        .selectFrom('people')
        .selectAll()
        .$if(scope.bodyId !== null, (q) => q.where('id', 'in', scopedPersonIds(db, scope)))
        .$if(after !== null, (q) => q.where('id', '>', after!))
        .orderBy('id')
        .limit(limit)
        .execute(),
    byId,
  );
  for await (const people of pages) {
    const aliases = groupBy(
      await db
        .selectFrom('personAliases')
        .selectAll()
        .where('personId', 'in', people.map(byId))
        .orderBy('id')
        .execute(),
      (a) => a.personId,
    );
    yield people.map((p) => map.toPerson(p, aliases.get(p.id) ?? [], scope.baseUrl));
  }
}

async function* memberships(db: Db, scope: ExportScope): AsyncGenerator<Json[]> {
  const pages = keysetPages(
    (after: string | null, limit) =>
      db
        .selectFrom('memberships')
        .selectAll()
        .$if(scope.bodyId !== null, (q) => q.where('bodyId', '=', scope.bodyId!))
        .$if(after !== null, (q) => q.where('id', '>', after!))
        .orderBy('id')
        .limit(limit)
        .execute(),
    byId,
  );
  for await (const rows of pages) yield rows.map(map.toMembership);
}

async function* posts(db: Db, scope: ExportScope): AsyncGenerator<Json[]> {
  // One row per body and role: bounded by the number of bodies, not by the archive.
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('bodies', 'bodies.id', 'memberships.bodyId')
    .select(['memberships.bodyId', 'bodies.name', 'memberships.role'])
    .distinct()
    .where('memberships.role', '!=', 'member')
    .$if(scope.bodyId !== null, (q) => q.where('memberships.bodyId', '=', scope.bodyId!))
    .orderBy('memberships.bodyId')
    .orderBy('memberships.role')
    .execute();
  if (rows.length > 0) yield rows.map((r) => map.toPost(r.bodyId, r.name, r.role));
}

const PRESENT_KINDS = ['present', 'substitute', 'in_attendance'];

async function* events(db: Db, scope: ExportScope): AsyncGenerator<Json[]> {
  for await (const meetings of meetingPages(db, scope, 200)) {
    const meetingIds = meetings.map(byId);
    const items = await db
      .selectFrom('agendaItems')
      .selectAll()
      .where('meetingId', 'in', meetingIds)
      .where('isExempt', '=', 0)
      .orderBy('meetingId')
      .orderBy('position')
      .orderBy('id')
      .execute();
    const itemIds = items.map(byId);
    const points = itemIds.length
      ? await db
          .selectFrom('minutePoints')
          .selectAll()
          .where('itemId', 'in', itemIds)
          .orderBy('itemId')
          .orderBy('position')
          .orderBy('id')
          .execute()
      : [];
    const documents = itemIds.length
      ? await db
          .selectFrom('itemDocuments')
          .selectAll()
          .where('itemId', 'in', itemIds)
          .orderBy('itemId')
          .orderBy('id')
          .execute()
      : [];
    const attendees = await db
      .selectFrom('attendance')
      .innerJoin('people', 'people.id', 'attendance.personId')
      .select(['attendance.meetingId', 'attendance.personId', 'people.displayName as name'])
      .where('attendance.meetingId', 'in', meetingIds)
      .where('attendance.kind', 'in', PRESENT_KINDS)
      .orderBy('attendance.meetingId')
      .orderBy('attendance.position')
      .execute();
    const itemsOf = groupBy(items, (i) => i.meetingId);
    const pointsOf = groupBy(points, (p) => p.itemId);
    const documentsOf = groupBy(documents, (d) => d.itemId);
    const attendeesOf = groupBy(attendees, (a) => a.meetingId);
    yield meetings.map((m) =>
      map.toEvent(
        m,
        {
          items: itemsOf.get(m.id) ?? [],
          points: pointsOf,
          documents: documentsOf,
          attendees: attendeesOf.get(m.id) ?? [],
        },
        scope.baseUrl,
      ),
    );
  }
}

/** Resolutions of public items only: an exempt item's resolutions are never published. */
async function* motions(db: Db, scope: ExportScope): AsyncGenerator<Json[]> {
  const pages = keysetPages(
    (after: string | null, limit) =>
      db
        .selectFrom('resolutions')
        .innerJoin('agendaItems', 'agendaItems.id', 'resolutions.itemId')
        .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
        .selectAll('resolutions')
        .select(['agendaItems.meetingId', 'meetings.bodyId'])
        .where('agendaItems.isExempt', '=', 0)
        .$if(scope.bodyId !== null, (q) => q.where('meetings.bodyId', '=', scope.bodyId!))
        .$if(after !== null, (q) => q.where('resolutions.id', '>', after!))
        .orderBy('resolutions.id')
        .limit(limit)
        .execute(),
    byId,
  );
  for await (const rows of pages) yield rows.map((r) => map.toMotion(r, r.meetingId, r.bodyId));
}

interface VoteRow extends VoteTable {
  readonly meetingId: string;
  readonly bodyId: string;
}

/** Votes grouped by resolution; a group may span pages, so it is yielded once the next one starts. */
async function* voteEvents(db: Db, scope: ExportScope): AsyncGenerator<Json[]> {
  const pages = keysetPages(
    (after: { resolutionId: string; id: string } | null, limit) =>
      db
        .selectFrom('votes')
        .innerJoin('resolutions', 'resolutions.id', 'votes.resolutionId')
        .innerJoin('agendaItems', 'agendaItems.id', 'resolutions.itemId')
        .innerJoin('meetings', 'meetings.id', 'agendaItems.meetingId')
        .selectAll('votes')
        .select(['agendaItems.meetingId', 'meetings.bodyId'])
        .where('agendaItems.isExempt', '=', 0)
        .$if(scope.bodyId !== null, (q) => q.where('meetings.bodyId', '=', scope.bodyId!))
        .$if(after !== null, (q) =>
          q.where((eb) =>
            eb.or([
              eb('votes.resolutionId', '>', after!.resolutionId),
              eb.and([eb('votes.resolutionId', '=', after!.resolutionId), eb('votes.id', '>', after!.id)]),
            ]),
          ),
        )
        .orderBy('votes.resolutionId')
        .orderBy('votes.id')
        .limit(limit)
        .execute(),
    (v) => ({ resolutionId: v.resolutionId, id: v.id }),
  );
  let group: VoteRow[] = [];
  const finish = (): Json => map.toVoteEvent(group[0]!.resolutionId, group[0]!.meetingId, group[0]!.bodyId, group);
  for await (const rows of pages) {
    const done: Json[] = [];
    for (const v of rows) {
      if (group.length > 0 && group[0]!.resolutionId !== v.resolutionId) {
        done.push(finish());
        group = [];
      }
      group.push(v);
    }
    if (done.length > 0) yield done;
  }
  if (group.length > 0) yield [finish()];
}

async function* attendance(db: Db, scope: ExportScope): AsyncGenerator<Json[]> {
  const pages = keysetPages(
    (after: string | null, limit) =>
      db
        .selectFrom('attendance')
        .selectAll()
        .$if(scope.bodyId !== null, (q) => q.where('meetingId', 'in', scopedMeetingIds(db, scope)))
        .$if(after !== null, (q) => q.where('id', '>', after!))
        .orderBy('id')
        .limit(limit)
        .execute(),
    byId,
  );
  for await (const rows of pages) yield rows.map(map.toAttendance);
}

async function* declarations(db: Db, scope: ExportScope): AsyncGenerator<Json[]> {
  const pages = keysetPages(
    (after: string | null, limit) =>
      db
        .selectFrom('declarations')
        .leftJoin('agendaItems', 'agendaItems.id', 'declarations.itemId')
        .selectAll('declarations')
        .select('agendaItems.isExempt')
        .$if(scope.bodyId !== null, (q) => q.where('declarations.meetingId', 'in', scopedMeetingIds(db, scope)))
        .$if(after !== null, (q) => q.where('declarations.id', '>', after!))
        .orderBy('declarations.id')
        .limit(limit)
        .execute(),
    byId,
  );
  for await (const rows of pages) yield rows.map((d) => map.toDeclaration(d, d.isExempt !== 1));
}

/** Recommendations of public items, with their responses; one reached only through an exempt item's resolution stays out too. */
async function* recommendations(db: Db, scope: ExportScope): AsyncGenerator<Json[]> {
  const pages = keysetPages(
    (after: string | null, limit) =>
      db
        .selectFrom('recommendations')
        .leftJoin('agendaItems as item', 'item.id', 'recommendations.itemId')
        .leftJoin('resolutions', 'resolutions.id', 'recommendations.resolutionId')
        .leftJoin('agendaItems as resolvedItem', 'resolvedItem.id', 'resolutions.itemId')
        .selectAll('recommendations')
        .where((eb) => eb.or([eb('item.isExempt', 'is', null), eb('item.isExempt', '=', 0)]))
        .where((eb) => eb.or([eb('resolvedItem.isExempt', 'is', null), eb('resolvedItem.isExempt', '=', 0)]))
        .$if(scope.bodyId !== null, (q) => q.where('recommendations.meetingId', 'in', scopedMeetingIds(db, scope)))
        .$if(after !== null, (q) => q.where('recommendations.id', '>', after!))
        .orderBy('recommendations.id')
        .limit(limit)
        .execute(),
    byId,
  );
  for await (const rows of pages) {
    const responses = groupBy(
      await db
        .selectFrom('recommendationResponses')
        .selectAll()
        .where('recommendationId', 'in', rows.map(byId))
        .orderBy('respondedOn')
        .orderBy('id')
        .execute(),
      (r) => r.recommendationId,
    );
    yield rows.map((r) => map.toRecommendation(r, responses.get(r.id) ?? []));
  }
}

async function* officerPosts(db: Db, scope: ExportScope): AsyncGenerator<Json[]> {
  const pages = keysetPages(
    (after: string | null, limit) =>
      db
        .selectFrom('officerPosts')
        .selectAll()
        .$if(scope.bodyId !== null, (q) => q.where('personId', 'in', scopedPersonIds(db, scope)))
        .$if(after !== null, (q) => q.where('id', '>', after!))
        .orderBy('id')
        .limit(limit)
        .execute(),
    byId,
  );
  for await (const rows of pages) yield rows.map(map.toOfficerPost);
}

const DOCUMENT_COLUMNS = [
  'id',
  'contentHash',
  'mediaType',
  'origin',
  'title',
  'byteSize',
  'pageCount',
  'supersedesId',
  'importedAt',
] as const;

async function* documents(db: Db, scope: ExportScope): AsyncGenerator<Json[]> {
  const meetings = scopedMeetingIds(db, scope);
  const used = db
    .selectFrom('agendaItems')
    .select('agendaItems.sourceDocumentId as id')
    .where('agendaItems.meetingId', 'in', meetings)
    .union(
      db
        .selectFrom('attendance')
        .select('attendance.sourceDocumentId as id')
        .where('attendance.meetingId', 'in', meetings),
    );
  const pages = keysetPages(
    (after: string | null, limit) =>
      db
        .selectFrom('documents')
        .select(DOCUMENT_COLUMNS)
        .$if(scope.bodyId !== null, (q) => q.where('id', 'in', used as never))
        .$if(after !== null, (q) => q.where('id', '>', after!))
        .orderBy('id')
        .limit(limit)
        .execute(),
    byId,
  );
  for await (const rows of pages) yield rows.map((d) => map.toDocument(d, scope.baseUrl));
}

/** The document's arrays in the order they are written: Popolo's own first, then Quorum's extension. */
export const POPOLO_SECTIONS: readonly PopoloSection[] = [
  { key: 'organizations', pages: organizations },
  { key: 'persons', pages: persons },
  { key: 'memberships', pages: memberships },
  { key: 'posts', pages: posts },
  { key: 'events', pages: events },
  { key: 'motions', pages: motions },
  { key: 'vote_events', pages: voteEvents },
  { key: 'quorum:attendance', pages: attendance },
  { key: 'quorum:declarations', pages: declarations },
  { key: 'quorum:recommendations', pages: recommendations },
  { key: 'quorum:officer_posts', pages: officerPosts },
  { key: 'quorum:documents', pages: documents },
];
