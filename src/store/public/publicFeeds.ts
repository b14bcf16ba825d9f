import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';
import { exemptItemIds, meetingResolutions, publicItems, publicResolutions, withItem } from './publicScope.js';

export interface FeedScope {
  /** Only this body's meetings; all bodies when absent. */
  readonly bodyId?: string;
  readonly limit: number;
}

export const FEED_EVENT_KINDS = [
  'scheduled',
  'moved',
  'cancelled',
  'reinstated',
  'agenda',
  'minutes',
  'decisions',
  'amendment',
] as const;
export type FeedEventKind = (typeof FEED_EVENT_KINDS)[number];

/**
 * Something that became public about a meeting. `at` is when Quorum made it public, never a
 * guess at when the council did:
 * - scheduled: when the meeting was first recorded (meetings.created_at), if that was before it sat;
 * - moved, cancelled, reinstated: when the clerk made the change (meeting_changes.at), one event each;
 *   a meeting cancelled without such a record (imported as cancelled) when the record last changed;
 * - agenda: the first import of a document the agenda items were read from, else when the meeting was recorded;
 * - minutes and decisions: the first import of a document the minutes (attendance, points,
 *   resolutions) were read from, else when the record last changed (entered by hand);
 * - minutes written in the workspace: when their state last changed (published as a draft, then
 *   confirmed), one entry whose status says which, so a confirmation shows as a change of that entry;
 * - amendment: a correction of confirmed minutes, when it was recorded, one entry each.
 * The meeting's own date is not used: it is when the meeting sits, in the future for a new one,
 * and feed readers order and mark entries as new by this date.
 */
export interface FeedEvent {
  readonly kind: FeedEventKind;
  readonly at: string;
  readonly meetingId: string;
  readonly meetingDate: string;
  readonly startTime: string | null;
  readonly venue: string | null;
  readonly bodyName: string;
  readonly bodySlug: string;
  /** For decisions: the agenda item they were taken on; null for a meeting's own (minutes with no items). */
  readonly itemId: string | null;
  readonly itemTitle: string | null;
  /** Agenda: the public items' titles. Decisions: the resolutions' texts. Otherwise empty. */
  readonly lines: readonly string[];
  /** For a clerk's change: its id (each is an entry of its own), the date and time before it, the reason given. */
  readonly change: FeedChange | null;
  /** For minutes written in the workspace: draft, or confirmed (and so locked); null for imported ones. */
  readonly minutesStatus: 'draft' | 'confirmed' | null;
  /** For an amendment: its id, what was corrected and why (`lines` holds the text too). */
  readonly amendment: { readonly id: string; readonly reason: string } | null;
}

export interface FeedChange {
  readonly id: string;
  readonly fromDate: string;
  readonly fromTime: string | null;
  readonly reason: string | null;
}

type MeetingEventRow = Omit<
  FeedEvent,
  'kind' | 'itemId' | 'itemTitle' | 'lines' | 'change' | 'minutesStatus' | 'amendment'
>;

const KIND_RANK: Readonly<Record<FeedEventKind, number>> = {
  amendment: -1,
  decisions: 0,
  minutes: 1,
  agenda: 2,
  reinstated: 3,
  cancelled: 4,
  moved: 5,
  scheduled: 6,
};

/** Meetings are read in batches of this many, most recently changed first. */
const MEETING_BATCH = 100;

/**
 * The latest `limit` events, newest first; exempt items and their resolutions never appear.
 * No event of a meeting is later than the meeting's updated_at (documents are stored before the
 * record read from them, and every write of a meeting sets it), so meetings are read newest-changed
 * first and reading stops once `limit` events are no earlier than every meeting not yet read: a
 * long archive costs a batch or two, not a scan of every meeting. Meetings changed at the same
 * instant (a bulk load) are read in the events' own tie order, later meetings first.
 */
async function listFeedEvents(db: Kysely<Database>, scope: FeedScope): Promise<FeedEvent[]> {
  const found: FeedEvent[] = [];
  for (let offset = 0; ; offset += MEETING_BATCH) {
    let query = db.selectFrom('meetings').select(['id', 'updatedAt']);
    if (scope.bodyId) query = query.where('bodyId', '=', scope.bodyId);
    const batch = await query
      .orderBy('updatedAt', 'desc')
      .orderBy('date', 'desc')
      .orderBy('id')
      .limit(MEETING_BATCH)
      .offset(offset)
      .execute();
    if (batch.length > 0)
      found.push(
        ...(await eventsOf(
          db,
          batch.map((m) => m.id),
        )),
      );
    found.sort(newestFirst);
    const bound = batch.at(-1)?.updatedAt;
    if (batch.length < MEETING_BATCH || bound === undefined) break;
    const last = found[scope.limit - 1];
    if (last && last.at >= bound) break;
  }
  found.sort(newestFirst);
  // Written minutes change state (confirmed) and take amendments without the meeting's row
  // changing, so those events can be later than the meeting's updated_at: meetings with such a
  // change newer than the oldest entry kept, and not read above, are read now.
  const kept = found.slice(0, scope.limit);
  // Fewer than `limit` events: the loop read every meeting, so none is left to catch.
  if (kept.length < scope.limit) return kept;
  const read = new Set(found.map((e) => e.meetingId));
  const late = (await minutesChangedSince(db, kept.at(-1)!.at, scope.bodyId)).filter((id) => !read.has(id));
  if (late.length === 0) return kept;
  for (let i = 0; i < late.length; i += MEETING_BATCH)
    found.push(...(await eventsOf(db, late.slice(i, i + MEETING_BATCH))));
  return found.sort(newestFirst).slice(0, scope.limit);
}

/** Meetings whose written minutes changed state, or took an amendment, at or after `since`. */
async function minutesChangedSince(db: Kysely<Database>, since: string, bodyId?: string): Promise<string[]> {
  let states = db.selectFrom('meetingMinutes as s').select('s.meetingId').where('s.updatedAt', '>=', since);
  let amended = db.selectFrom('minuteAmendments as a').select('a.meetingId').where('a.recordedAt', '>=', since);
  if (bodyId) {
    const ofBody = db.selectFrom('meetings').select('meetings.id').where('meetings.bodyId', '=', bodyId);
    states = states.where('s.meetingId', 'in', ofBody);
    amended = amended.where('a.meetingId', 'in', ofBody);
  }
  const rows = await states.union(amended).execute();
  return [...new Set(rows.map((r) => r.meetingId))];
}

async function eventsOf(db: Kysely<Database>, meetingIds: readonly string[]): Promise<FeedEvent[]> {
  const kinds = await Promise.all([
    scheduledEvents(db, meetingIds),
    cancelledEvents(db, meetingIds),
    changeEvents(db, meetingIds),
    agendaEvents(db, meetingIds),
    minutesEvents(db, meetingIds),
    decisionEvents(db, meetingIds),
    amendmentEvents(db, meetingIds),
  ]);
  return kinds.flat();
}

/** Ties are common (a whole archive imported at once): then the later meeting and the later stage come first. */
function newestFirst(a: FeedEvent, b: FeedEvent): number {
  return (
    b.at.localeCompare(a.at) ||
    b.meetingDate.localeCompare(a.meetingDate) ||
    a.meetingId.localeCompare(b.meetingId) ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    (a.itemId ?? '').localeCompare(b.itemId ?? '') ||
    (a.change?.id ?? '').localeCompare(b.change?.id ?? '') ||
    (a.amendment?.id ?? '').localeCompare(b.amendment?.id ?? '')
  );
}

function meetingsQuery(db: Kysely<Database>, meetingIds: readonly string[]) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('bodies as b', 'b.id', 'm.bodyId')
    .select([
      'm.id as meetingId',
      'm.date as meetingDate',
      'm.startTime',
      'm.venue',
      'b.name as bodyName',
      'b.slug as bodySlug',
    ])
    .where('m.id', 'in', meetingIds);
}

function meetingEvent(kind: FeedEventKind, row: MeetingEventRow, lines: readonly string[] = []): FeedEvent {
  return { kind, ...row, itemId: null, itemTitle: null, lines, change: null, minutesStatus: null, amendment: null };
}

/**
 * A meeting is news as a new meeting only when it was recorded before it sat; one first met in its
 * own minutes appears through its minutes and decisions. created_at is an ISO instant, so it is
 * earlier than the meeting's date followed by "T99" exactly when it falls on that date or before.
 */
async function scheduledEvents(db: Kysely<Database>, meetingIds: readonly string[]): Promise<FeedEvent[]> {
  const rows = await meetingsQuery(db, meetingIds)
    .select('m.createdAt as at')
    .where('m.createdAt', '<', sql<string>`${sql.ref('m.date')} || 'T99'`)
    .execute();
  return rows.map((r) => meetingEvent('scheduled', r));
}

/** A meeting recorded as cancelled without a clerk's change to tell of (imported so): dated by its last change. */
async function cancelledEvents(db: Kysely<Database>, meetingIds: readonly string[]): Promise<FeedEvent[]> {
  const rows = await meetingsQuery(db, meetingIds)
    .select('m.updatedAt as at')
    .where('m.status', '=', 'cancelled')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('meetingChanges as c')
            .select('c.id')
            .whereRef('c.meetingId', '=', 'm.id')
            .where('c.kind', '=', 'cancelled'),
        ),
      ),
    )
    .execute();
  return rows.map((r) => meetingEvent('cancelled', r));
}

/**
 * Each change a clerk made and the public was told of: a move (with the date it had), a
 * cancellation (with its reason), a reinstatement. The meeting's date and time are those after the change.
 */
async function changeEvents(db: Kysely<Database>, meetingIds: readonly string[]): Promise<FeedEvent[]> {
  const rows = await db
    .selectFrom('meetingChanges as c')
    .innerJoin('meetings as m', 'm.id', 'c.meetingId')
    .innerJoin('bodies as b', 'b.id', 'm.bodyId')
    .select([
      'c.id',
      'c.kind',
      'c.at',
      'c.fromDate',
      'c.fromTime',
      'c.toDate',
      'c.toTime',
      'c.reason',
      'm.id as meetingId',
      'm.venue',
      'b.name as bodyName',
      'b.slug as bodySlug',
    ])
    .where('c.meetingId', 'in', meetingIds)
    .execute();
  return rows.map((r) => ({
    kind: r.kind as FeedEventKind,
    at: r.at,
    meetingId: r.meetingId,
    meetingDate: r.toDate,
    startTime: r.toTime,
    venue: r.venue,
    bodyName: r.bodyName,
    bodySlug: r.bodySlug,
    itemId: null,
    itemTitle: null,
    lines: [],
    change: { id: r.id, fromDate: r.fromDate, fromTime: r.fromTime, reason: r.reason },
    minutesStatus: null,
    amendment: null,
  }));
}

async function agendaEvents(db: Kysely<Database>, meetingIds: readonly string[]): Promise<FeedEvent[]> {
  // Provenance keeps every document an item was read from; source_document_id only the last one.
  const rows = await meetingsQuery(db, meetingIds)
    .select((eb) =>
      eb.fn
        .coalesce(
          eb
            .selectFrom('documents as d')
            .select((d) => d.fn.min('d.importedAt').as('first'))
            .where((d) =>
              d.or([
                d(
                  'd.id',
                  'in',
                  d.selectFrom('agendaItems as i').select('i.sourceDocumentId').whereRef('i.meetingId', '=', 'm.id'),
                ),
                d(
                  'd.id',
                  'in',
                  d
                    .selectFrom('provenance as p')
                    .innerJoin('agendaItems as i', 'i.id', 'p.subjectId')
                    .select('p.documentId')
                    .whereRef('i.meetingId', '=', 'm.id'),
                ),
              ]),
            ),
          eb.ref('m.createdAt'),
        )
        .as('at'),
    )
    .where((eb) => eb.exists(eb.selectFrom('agendaItems as i').select('i.id').whereRef('i.meetingId', '=', 'm.id')))
    .where('m.status', '!=', 'cancelled')
    .execute();
  const titles = await publicItemTitles(
    db,
    rows.map((r) => r.meetingId),
  );
  return rows.map((r) => meetingEvent('agenda', { ...r, at: String(r.at) }, titles.get(r.meetingId) ?? []));
}

async function publicItemTitles(db: Kysely<Database>, meetingIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (meetingIds.length === 0) return out;
  const items = await publicItems(db)
    .select(['meetingId', 'title'])
    .where('meetingId', 'in', meetingIds)
    .orderBy('meetingId')
    .orderBy('position')
    .execute();
  for (const i of items) out.set(i.meetingId, [...(out.get(i.meetingId) ?? []), i.title]);
  return out;
}

async function minutesEvents(db: Kysely<Database>, meetingIds: readonly string[]): Promise<FeedEvent[]> {
  const rows = await meetingsQuery(db, meetingIds)
    .leftJoin('meetingMinutes as written', 'written.meetingId', 'm.id')
    .select(['written.status as writtenStatus', 'written.updatedAt as writtenAt'])
    .select((eb) => {
      const items = eb.selectFrom('agendaItems as i').select('i.id').whereRef('i.meetingId', '=', 'm.id');
      return eb.fn
        .coalesce(
          eb
            .selectFrom('documents as d')
            .select((d) => d.fn.min('d.importedAt').as('first'))
            .where((d) =>
              d.or([
                d(
                  'd.id',
                  'in',
                  d.selectFrom('attendance as a').select('a.sourceDocumentId').whereRef('a.meetingId', '=', 'm.id'),
                ),
                // The meeting's resolutions, its items' and its own (minutes with no items).
                d(
                  'd.id',
                  'in',
                  d.selectFrom('resolutions as r').select('r.sourceDocumentId').whereRef('r.meetingId', '=', 'm.id'),
                ),
                d(
                  'd.id',
                  'in',
                  d.selectFrom('minutePoints as mp').select('mp.sourceDocumentId').where('mp.itemId', 'in', items),
                ),
              ]),
            ),
          eb.ref('m.updatedAt'),
        )
        .as('at');
    })
    .where((eb) =>
      eb.or([eb('m.status', 'in', ['minutes_draft', 'minutes_confirmed']), eb('written.meetingId', 'is not', null)]),
    )
    .execute();
  return rows.map(({ writtenStatus, writtenAt, ...r }) => ({
    ...meetingEvent('minutes', { ...r, at: String(writtenAt ?? r.at) }),
    minutesStatus: writtenStatus === 'draft' || writtenStatus === 'confirmed' ? writtenStatus : null,
  }));
}

/** Each correction of confirmed minutes, when recorded; one to an exempt item's minutes is as private as they are. */
async function amendmentEvents(db: Kysely<Database>, meetingIds: readonly string[]): Promise<FeedEvent[]> {
  const rows = await meetingsQuery(db, meetingIds)
    .innerJoin('minuteAmendments as a', 'a.meetingId', 'm.id')
    .leftJoin('agendaItems as i', 'i.id', 'a.itemId')
    .select(['a.id as amendmentId', 'a.recordedAt as at', 'a.text', 'a.reason', 'a.itemId', 'i.title as itemTitle'])
    .where((eb) => eb.or([eb('a.itemId', 'is', null), eb('a.itemId', 'not in', exemptItemIds(db))]))
    .execute();
  return rows.map(({ amendmentId, text, reason, itemId, itemTitle, ...r }) => ({
    ...meetingEvent('amendment', r, [text]),
    itemId,
    itemTitle,
    amendment: { id: amendmentId, reason },
  }));
}

/**
 * One event per agenda item with resolutions, like the home page's recent decisions: standard
 * items (apologies, the last minutes) say nothing new, and exempt items are never public. A
 * meeting's own resolutions (minutes with no items) are one event of the meeting, with no item.
 */
async function decisionEvents(db: Kysely<Database>, meetingIds: readonly string[]): Promise<FeedEvent[]> {
  const [ofItems, own] = await Promise.all([itemDecisionEvents(db, meetingIds), ownDecisionEvents(db, meetingIds)]);
  return [...ofItems, ...own];
}

async function itemDecisionEvents(db: Kysely<Database>, meetingIds: readonly string[]): Promise<FeedEvent[]> {
  const rows = await meetingsQuery(db, meetingIds)
    .innerJoin('agendaItems as i', 'i.meetingId', 'm.id')
    .select((eb) => [
      'i.id as itemId',
      'i.title as itemTitle',
      eb.fn
        .coalesce(
          eb
            .selectFrom('documents as d')
            .select((d) => d.fn.min('d.importedAt').as('first'))
            .where(
              'd.id',
              'in',
              eb.selectFrom('resolutions as r').select('r.sourceDocumentId').whereRef('r.itemId', '=', 'i.id'),
            ),
          eb.ref('m.updatedAt'),
        )
        .as('at'),
    ])
    .where('i.id', 'not in', exemptItemIds(db))
    .where('i.standardKind', 'is', null)
    .where((eb) => eb.exists(eb.selectFrom('resolutions as r').select('r.id').whereRef('r.itemId', '=', 'i.id')))
    .execute();
  const texts = await resolutionTexts(
    db,
    rows.map((r) => r.itemId),
  );
  return rows.map((r) => ({
    kind: 'decisions',
    ...r,
    at: String(r.at),
    lines: texts.get(r.itemId) ?? [],
    change: null,
    minutesStatus: null,
    amendment: null,
  }));
}

/** What a meeting resolved outside any item: one event, dated as an item's are, by its first source document. */
async function ownDecisionEvents(db: Kysely<Database>, meetingIds: readonly string[]): Promise<FeedEvent[]> {
  const rows = await meetingResolutions(db)
    .innerJoin('meetings as m', 'm.id', 'resolutions.meetingId')
    .innerJoin('bodies as b', 'b.id', 'm.bodyId')
    .leftJoin('documents as d', 'd.id', 'resolutions.sourceDocumentId')
    .select([
      'm.id as meetingId',
      'm.date as meetingDate',
      'm.startTime',
      'm.venue',
      'm.updatedAt',
      'b.name as bodyName',
      'b.slug as bodySlug',
      'resolutions.text',
      'd.importedAt',
    ])
    .where('resolutions.meetingId', 'in', meetingIds)
    .orderBy('resolutions.meetingId')
    .orderBy('resolutions.position')
    .orderBy('resolutions.id')
    .execute();
  const texts = new Map<string, string[]>();
  const firstImport = new Map<string, string>();
  const meetings = new Map<string, MeetingEventRow>();
  for (const { text, importedAt, updatedAt, ...meeting } of rows) {
    const id = meeting.meetingId;
    texts.set(id, [...(texts.get(id) ?? []), text]);
    const first = firstImport.get(id);
    if (importedAt !== null && (first === undefined || importedAt < first)) firstImport.set(id, importedAt);
    // Entered by hand, with no document: when the record last changed, as an item's decisions.
    meetings.set(id, { ...meeting, at: updatedAt });
  }
  return [...meetings.values()].map((m) =>
    meetingEvent('decisions', { ...m, at: firstImport.get(m.meetingId) ?? m.at }, texts.get(m.meetingId)),
  );
}

async function resolutionTexts(db: Kysely<Database>, itemIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (itemIds.length === 0) return out;
  const rows = await publicResolutions(db)
    .select(['resolutions.itemId', 'resolutions.text'])
    .where('resolutions.itemId', 'in', itemIds)
    .orderBy('resolutions.itemId')
    .orderBy('resolutions.position')
    .execute();
  for (const row of rows) {
    const r = withItem(row);
    out.set(r.itemId, [...(out.get(r.itemId) ?? []), r.text]);
  }
  return out;
}

/** What feeds announce, newest first: new meetings, moves, cancellations, agendas, minutes, decisions. */
export class PublicFeeds {
  constructor(private readonly db: Kysely<Database>) {}

  events(scope: FeedScope): Promise<FeedEvent[]> {
    return listFeedEvents(this.db, scope);
  }

  /** Where these meetings' written minutes stand, by meeting id; imported minutes have no entry. */
  async writtenMinutes(
    meetingIds: readonly string[],
  ): Promise<Map<string, { status: 'draft' | 'confirmed'; changedAt: string }>> {
    if (meetingIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('meetingMinutes')
      .select(['meetingId', 'status', 'updatedAt'])
      .where('meetingId', 'in', meetingIds)
      .execute();
    return new Map(
      rows.map((r) => [r.meetingId, { status: r.status === 'draft' ? 'draft' : 'confirmed', changedAt: r.updatedAt }]),
    );
  }
}
