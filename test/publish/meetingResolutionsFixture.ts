import { recordMeeting } from '../../src/app/recordMeeting.js';
import type { Store } from '../../src/store/store.js';
import { dbOf } from '../../src/store/storeDb.js';
import { buildMeetingRecord } from '../factories/meetingRecord.js';

/** A meeting's own resolution whose words a page, feed or XML document must show as words, never as markup. */
export const HOSTILE_RESOLUTION = 'that the clerk obtain quotes for a <script>alert("shelter")</script> & report back';
/** How HTML shows HOSTILE_RESOLUTION once escaped. */
export const HOSTILE_RESOLUTION_HTML =
  'that the clerk obtain quotes for a &lt;script&gt;alert(&quot;shelter&quot;)&lt;/script&gt; &amp; report back';
export const SECOND_RESOLUTION = 'that the annual governance statement be approved and signed by the Chair';

export interface MeetingResolutionsFixture {
  /** The meeting with items (Harbourside, 12 March 2025): its resolutions are on item 43. */
  readonly itemMeetingId: string;
  /** Item 43's id and its resolutions' ids, in order. */
  readonly itemId: string;
  readonly itemResolutionIds: readonly string[];
  /**
   * The meeting whose minutes have no items (Wrenfield, 10 June 2025), and its own resolutions' ids,
   * in order; the second was put to the vote (carried, 4 for and 1 against).
   */
  readonly ownMeetingId: string;
  readonly ownResolutionIds: readonly string[];
}

export interface MeetingResolutionsFixtureOptions {
  /** The document both meetings were read from; none by default. */
  readonly sourceDocumentId?: string | null;
  /** When they were recorded. */
  readonly now?: string;
}

/**
 * Two meetings: one of the usual kind, whose resolutions are on an agenda item, and one of a small
 * council whose prose minutes have no items (nor attendance), so that its two resolutions (the
 * first with hostile text) belong to the meeting itself (migration 0033) and are all its minutes say.
 */
export async function addMeetingResolutionsFixture(
  store: Store,
  options: MeetingResolutionsFixtureOptions = {},
): Promise<MeetingResolutionsFixture> {
  const recordOptions = {
    sourceDocumentId: options.sourceDocumentId ?? null,
    ...(options.now ? { now: options.now } : {}),
  };
  const withItems = await recordMeeting(store, buildMeetingRecord(), recordOptions);
  const withoutItems = await recordMeeting(
    store,
    buildMeetingRecord({
      body: { name: 'Wrenfield Parish Council' },
      date: '2025-06-10',
      startTime: '19:00',
      venue: 'The Reading Room',
      items: [],
      attendance: [],
      declarations: [],
      resolutions: [
        { label: null, text: HOSTILE_RESOLUTION, kind: 'request' },
        { label: null, text: SECOND_RESOLUTION, kind: 'decision' },
      ],
      fieldSpans: {},
    }),
    recordOptions,
  );
  const db = dbOf(store);
  const rows = await db.selectFrom('resolutions').select(['id', 'meetingId', 'itemId']).orderBy('position').execute();
  const itemId = withItems.itemIds[2]!;
  const own = rows.filter((r) => r.meetingId === withoutItems.meetingId && r.itemId === null).map((r) => r.id);
  // The second was put to the vote, as the workspace records a motion: carried 4 to 1.
  await db
    .updateTable('resolutions')
    .set({ motionKind: 'motion', voteRule: 'simple_majority', outcome: 'carried' })
    .where('id', '=', own[1]!)
    .execute();
  await db
    .insertInto('votes')
    .values([
      { id: 'own-vote-1-for', resolutionId: own[1]!, personId: null, choice: 'for', count: 4 },
      { id: 'own-vote-2-against', resolutionId: own[1]!, personId: null, choice: 'against', count: 1 },
    ])
    .execute();
  return {
    itemMeetingId: withItems.meetingId,
    itemId,
    itemResolutionIds: rows.filter((r) => r.itemId === itemId).map((r) => r.id),
    ownMeetingId: withoutItems.meetingId,
    ownResolutionIds: own,
  };
}
