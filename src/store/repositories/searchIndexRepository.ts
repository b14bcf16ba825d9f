import type { Kysely } from 'kysely';
import { topicTerms } from '../../domain/topicTerms.js';
import type { Database } from '../database.js';
import { publicItems, publicMinutePoints, publicResolutions } from '../public/publicScope.js';
import { searchEntryRows } from '../search/searchEntryRow.js';
import type { SearchEntry } from '../search/searchIndex.js';
import { insertInBatches } from './insertInBatches.js';

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
}
