import { sql, type Kysely } from 'kysely';
import { topicTerms } from '../../domain/topicTerms.js';
import type { Database } from '../database.js';
import {
  exemptPassagesOf,
  meetingResolutions,
  publicItems,
  publicMinutePoints,
  publicResolutions,
} from '../public/publicScope.js';
import { searchEntryRows } from '../search/searchEntryRow.js';
import { stripMarks, type SearchEntry } from '../search/searchIndex.js';
import { groupBy } from '../groupBy.js';
import { insertInBatches } from './insertInBatches.js';

/** A stretch of a document's text, as character offsets [start, end). */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** Meetings reindexed in one round: a few statements for all of them, each well under the engines' parameter limits. */
const MEETINGS_PER_ROUND = 100;

/**
 * The search index and the topic terms, rebuilt per meeting from what is stored. Only what the
 * public may read is indexed: an exempt item's words never reach search.
 */
export class SearchIndexRepository {
  /**
   * @param deferred when given (a batch of imports), `reindexMeeting` only notes the meeting here and
   * `reindexDeferred` rebuilds them all at once before the batch commits: a few statements for the
   * whole batch instead of eight per meeting, and a meeting recorded twice in it is indexed once.
   */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly deferred: Set<string> | null = null,
  ) {}

  async reindexMeeting(meetingId: string): Promise<void> {
    if (!this.deferred) return this.reindexMeetings([meetingId]);
    // Moved to the end: a meeting indexed later gets the later order keys, as it would have straight away.
    this.deferred.delete(meetingId);
    this.deferred.add(meetingId);
  }

  /** Rebuilds what `reindexMeeting` deferred, from what is stored: a unit rolled back since does no harm. */
  async reindexDeferred(): Promise<void> {
    if (!this.deferred || this.deferred.size === 0) return;
    const ids = [...this.deferred];
    this.deferred.clear();
    await this.reindexMeetings(ids);
  }

  /** Rebuilds the entries of these meetings (and their items' topic terms); a meeting not stored keeps none. */
  async reindexMeetings(meetingIds: readonly string[]): Promise<void> {
    for (let i = 0; i < meetingIds.length; i += MEETINGS_PER_ROUND)
      await this.reindexRound(meetingIds.slice(i, i + MEETINGS_PER_ROUND));
  }

  private async reindexRound(meetingIds: readonly string[]): Promise<void> {
    const db = this.db;
    const ids = [...meetingIds];
    await db.deleteFrom('searchEntries').where('meetingId', 'in', ids).execute();
    const everyItem = db.selectFrom('agendaItems').select('id').where('meetingId', 'in', ids);
    await db.deleteFrom('itemTerms').where('itemId', 'in', everyItem).execute();
    const meetings = await db
      .selectFrom('meetings')
      .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
      .select(['meetings.id', 'meetings.date', 'meetings.venue', 'meetings.bodyId', 'bodies.name as bodyName'])
      .where('meetings.id', 'in', ids)
      .execute();
    if (meetings.length === 0) return;
    const items = await publicItems(db)
      .selectAll('agendaItems')
      .where('agendaItems.meetingId', 'in', ids)
      .orderBy('agendaItems.position')
      // Two documents of one meeting may both give an item 3: ties are broken the same way on either engine.
      .orderBy('agendaItems.id')
      .execute();
    const [resolutions, points] = items.length
      ? await Promise.all([
          publicResolutions(db)
            .select(['resolutions.id', 'resolutions.text', 'agendaItems.title', 'agendaItems.meetingId'])
            .where('agendaItems.meetingId', 'in', ids)
            .orderBy('agendaItems.position')
            .orderBy('agendaItems.id')
            .orderBy('resolutions.position')
            .orderBy('resolutions.id')
            .execute(),
          publicMinutePoints(db)
            .select(['minutePoints.itemId', 'minutePoints.text'])
            .where('minutePoints.itemId', 'in', everyItem)
            .orderBy('minutePoints.position')
            .orderBy('minutePoints.id')
            .execute(),
        ])
      : [[], []];
    // What meetings resolved outside any item (prose minutes): found as resolutions, titled by the meeting.
    const own = await meetingResolutions(db)
      .select(['resolutions.id', 'resolutions.text', 'resolutions.meetingId'])
      .where('resolutions.meetingId', 'in', ids)
      .orderBy('resolutions.position')
      .orderBy('resolutions.id')
      .execute();
    const itemsOf = groupBy(items, (i) => i.meetingId);
    const resolutionsOf = groupBy(resolutions, (r) => r.meetingId);
    const ownOf = groupBy(own, (r) => r.meetingId);
    const pointsOf = groupBy(points, (p) => p.itemId);
    const byId = new Map(meetings.map((m) => [m.id, m]));
    // Within a day, entries listed first get the higher order keys: the meeting indexed last is listed first.
    const entries = [...ids].reverse().flatMap((id): SearchEntry[] => {
      const meeting = byId.get(id);
      if (!meeting) return [];
      const its = itemsOf.get(id) ?? [];
      const at = { meetingId: id, bodyId: meeting.bodyId, date: meeting.date };
      return [
        {
          ...at,
          id,
          kind: 'meeting',
          subjectId: id,
          title: `${meeting.bodyName}, ${meeting.date}`,
          content: [meeting.venue, ...its.map((i) => i.title)].filter(Boolean).join('\n'),
        },
        ...its.map((i): SearchEntry => ({
          ...at,
          id: i.id,
          kind: 'item',
          subjectId: i.id,
          title: i.title,
          content: [i.description, i.minutesText, ...(pointsOf.get(i.id) ?? []).map((p) => p.text)]
            .filter(Boolean)
            .join('\n'),
        })),
        ...(resolutionsOf.get(id) ?? []).map((r): SearchEntry => ({
          ...at,
          id: r.id,
          kind: 'resolution',
          subjectId: r.id,
          title: r.title,
          content: r.text,
        })),
        ...(ownOf.get(id) ?? []).map((r): SearchEntry => ({
          ...at,
          id: r.id,
          kind: 'resolution',
          subjectId: r.id,
          title: `${meeting.bodyName}, ${meeting.date}`,
          content: r.text,
        })),
      ];
    });
    await insertInBatches(db, 'searchEntries', await searchEntryRows(db, entries));
    const terms = items
      .filter((i) => !i.standardKind)
      .flatMap((i) => topicTerms(i.title).map((term) => ({ itemId: i.id, term })));
    await insertInBatches(db, 'itemTerms', terms);
  }

  /**
   * Indexes a document whose meeting (or one of whose meetings) could not be placed, so that its
   * words can still be found: the whole text, or only `ranges` of it (the unplaced meetings of a
   * document whose other meetings are filed and indexed as meetings). The passages the public may
   * not read (`exemptPassagesOf`) are cut out before indexing. The entry is undated: search lists it
   * after every dated entry, and a date filter leaves it out.
   */
  async indexDocument(documentId: string, title: string, ranges: readonly TextRange[] | null): Promise<void> {
    const db = this.db;
    await this.forgetDocument(documentId);
    const row = await db.selectFrom('documents').select('text').where('id', '=', documentId).executeTakeFirst();
    const text = row?.text ?? '';
    const withheld = await exemptPassagesOf(db, documentId, text.length);
    const content = readableText(text, ranges ?? [{ start: 0, end: text.length }], withheld);
    if (!content.trim()) return;
    const entry: SearchEntry = {
      id: documentId,
      kind: 'document',
      subjectId: documentId,
      meetingId: null,
      bodyId: null,
      date: null,
      title: stripMarks(title),
      content: stripMarks(content),
    };
    await insertInBatches(db, 'searchEntries', await searchEntryRows(db, [entry]));
  }

  /**
   * Removes a document's own entry (not those of meetings read from it). The kind is written into
   * the SQL, not bound, so that both engines use the partial index of document entries (0031).
   */
  async forgetDocument(documentId: string): Promise<void> {
    await this.db
      .deleteFrom('searchEntries')
      .where('kind', '=', sql.lit('document'))
      .where('subjectId', '=', documentId)
      .execute();
  }
}

/** The text within `ranges`, without the `withheld` passages; the pieces kept are joined by line breaks. */
function readableText(text: string, ranges: readonly TextRange[], withheld: readonly TextRange[]): string {
  const pieces: string[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    let at = Math.max(0, range.start);
    const end = Math.min(text.length, range.end);
    for (const cut of [...withheld].sort((a, b) => a.start - b.start)) {
      if (cut.end <= at || cut.start >= end) continue;
      if (cut.start > at) pieces.push(text.slice(at, cut.start));
      at = Math.max(at, cut.end);
    }
    if (at < end) pieces.push(text.slice(at, end));
  }
  return pieces.join('\n');
}
