import type { Kysely } from 'kysely';
import { topicTerms } from '../../domain/topicTerms.js';
import type { Database } from '../database.js';
import { exemptPassagesOf, publicItems, publicMinutePoints, publicResolutions } from '../public/publicScope.js';
import { searchEntryRows } from '../search/searchEntryRow.js';
import { stripMarks, type SearchEntry } from '../search/searchIndex.js';
import { insertInBatches } from './insertInBatches.js';

/** A stretch of a document's text, as character offsets [start, end). */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The search index and the topic terms, rebuilt per meeting from what is stored. Only what the
 * public may read is indexed: an exempt item's words never reach search.
 */
export class SearchIndexRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async reindexMeeting(meetingId: string): Promise<void> {
    const db = this.db;
    const meeting = await db
      .selectFrom('meetings')
      .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
      .select(['meetings.id', 'meetings.date', 'meetings.venue', 'meetings.bodyId', 'bodies.name as bodyName'])
      .where('meetings.id', '=', meetingId)
      .executeTakeFirstOrThrow();
    await db.deleteFrom('searchEntries').where('meetingId', '=', meetingId).execute();
    const everyItem = db.selectFrom('agendaItems').select('id').where('meetingId', '=', meetingId);
    await db.deleteFrom('itemTerms').where('itemId', 'in', everyItem).execute();
    const items = await publicItems(db)
      .selectAll('agendaItems')
      .where('agendaItems.meetingId', '=', meetingId)
      .orderBy('agendaItems.position')
      .execute();
    const ids = items.map((i) => i.id);
    const [resolutions, points] = ids.length
      ? await Promise.all([
          publicResolutions(db)
            .select(['resolutions.id', 'resolutions.itemId', 'resolutions.text', 'agendaItems.title'])
            .where('resolutions.itemId', 'in', ids)
            .orderBy('agendaItems.position')
            .orderBy('resolutions.position')
            .execute(),
          publicMinutePoints(db)
            .select(['minutePoints.itemId', 'minutePoints.text'])
            .where('minutePoints.itemId', 'in', ids)
            .orderBy('minutePoints.position')
            .execute(),
        ])
      : [[], []];
    const at = { meetingId, bodyId: meeting.bodyId, date: meeting.date };
    const entries: SearchEntry[] = [
      {
        ...at,
        id: meetingId,
        kind: 'meeting',
        subjectId: meetingId,
        title: `${meeting.bodyName}, ${meeting.date}`,
        content: [meeting.venue, ...items.map((i) => i.title)].filter(Boolean).join('\n'),
      },
      ...items.map((i): SearchEntry => ({
        ...at,
        id: i.id,
        kind: 'item',
        subjectId: i.id,
        title: i.title,
        content: [i.description, i.minutesText, ...points.filter((p) => p.itemId === i.id).map((p) => p.text)]
          .filter(Boolean)
          .join('\n'),
      })),
      ...resolutions.map((r): SearchEntry => ({
        ...at,
        id: r.id,
        kind: 'resolution',
        subjectId: r.id,
        title: r.title,
        content: r.text,
      })),
    ];
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

  /** Removes a document's own entry (not those of meetings read from it). */
  async forgetDocument(documentId: string): Promise<void> {
    await this.db
      .deleteFrom('searchEntries')
      .where('kind', '=', 'document')
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
