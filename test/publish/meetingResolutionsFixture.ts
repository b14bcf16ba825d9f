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
  /** The meeting whose minutes have no items (Wrenfield, 10 June 2025), and its own resolutions' ids, in order. */
  readonly ownMeetingId: string;
  readonly ownResolutionIds: readonly string[];
}

/**
 * Two meetings: one of the usual kind, whose resolutions are on an agenda item, and one of a small
 * council whose prose minutes have no items, so that its two resolutions (the first with hostile
 * text) belong to the meeting itself (migration 0033).
 */
export async function addMeetingResolutionsFixture(store: Store): Promise<MeetingResolutionsFixture> {
  const withItems = await recordMeeting(store, buildMeetingRecord(), { sourceDocumentId: null });
  const withoutItems = await recordMeeting(
    store,
    buildMeetingRecord({
      body: { name: 'Wrenfield Parish Council' },
      date: '2025-06-10',
      startTime: '19:00',
      venue: 'The Reading Room',
      items: [],
      attendance: [{ name: 'Councillor Nell Harrow', kind: 'present', roleText: 'Chair' }],
      declarations: [],
      resolutions: [
        { label: null, text: HOSTILE_RESOLUTION, kind: 'request' },
        { label: null, text: SECOND_RESOLUTION, kind: 'decision' },
      ],
      fieldSpans: {},
    }),
    { sourceDocumentId: null },
  );
  const rows = await dbOf(store)
    .selectFrom('resolutions')
    .select(['id', 'meetingId', 'itemId'])
    .orderBy('position')
    .execute();
  const itemId = withItems.itemIds[2]!;
  return {
    itemMeetingId: withItems.meetingId,
    itemId,
    itemResolutionIds: rows.filter((r) => r.itemId === itemId).map((r) => r.id),
    ownMeetingId: withoutItems.meetingId,
    ownResolutionIds: rows.filter((r) => r.meetingId === withoutItems.meetingId && r.itemId === null).map((r) => r.id),
  };
}
