import { recordMeeting } from '../../../../src/app/recordMeeting.js';
import type { Store } from '../../../../src/store/store.js';
import { dbOf } from '../../../../src/store/storeDb.js';
import { buildMeetingRecord } from '../../../factories/meetingRecord.js';

export const BODY_SLUG = 'harbourside-overview-and-scrutiny-committee';
export const HOSTILE_TITLE = '<script>alert("x")</script> Library opening hours';
export const SECRET = 'Secretvaluation of the depot';

const attendance = (absent: string) => [
  { name: 'Councillor Ada Lovelace', kind: 'present' as const, roleText: 'Chair' },
  { name: 'Councillor Tom Brown', kind: absent === 'Tom' ? ('apologies' as const) : ('present' as const) },
  { name: 'Councillor Rhian Evans', kind: absent === 'Rhian' ? ('absent' as const) : ('present' as const) },
  { name: 'Maya Chen', kind: 'in_attendance' as const, capacity: 'officer' as const, roleText: 'Director of Place' },
];

/**
 * Three meetings of a scrutiny committee in 2024/25 (June, November, March), each recording
 * recommendations: flood defences twice (one topic), a library item whose title carries markup,
 * and an exempt item whose recommendation must never show. Returns the meetings' ids.
 */
export async function seedReportWorld(store: Store): Promise<{ june: string; november: string; march: string }> {
  const record = async (date: string, absent: string, extra: Parameters<typeof buildMeetingRecord>[0] = {}) =>
    (
      await recordMeeting(
        store,
        buildMeetingRecord({ date, attendance: attendance(absent), declarations: [], ...extra }),
        { sourceDocumentId: null },
      )
    ).meetingId;
  const june = await record('2024-06-12', 'Tom', {
    items: [
      {
        minuteNumber: '5',
        title: 'Coastal Flood Defence Programme',
        resolutions: [
          { label: '1', text: 'to recommend that the Executive publishes a flood risk map', kind: 'recommendation' },
        ],
      },
      {
        minuteNumber: '6',
        title: HOSTILE_TITLE,
        resolutions: [{ label: '1', text: 'to recommend that libraries open on Sundays', kind: 'recommendation' }],
      },
      {
        minuteNumber: '7',
        title: 'Sale of the depot',
        isExempt: true,
        exemptParagraph: 3,
        resolutions: [{ label: '1', text: `to recommend the ${SECRET}`, kind: 'recommendation' }],
      },
    ],
  });
  const november = await record('2024-11-20', 'Rhian', {
    items: [
      {
        minuteNumber: '20',
        title: 'Coastal flood defence programme',
        resolutions: [
          { label: '1', text: 'to recommend that the sea wall at Eastgate is surveyed', kind: 'recommendation' },
        ],
      },
    ],
  });
  const march = await record('2025-03-12', '', {
    items: [
      { minuteNumber: '30', title: 'Apologies for absence', standardKind: 'apologies' },
      { minuteNumber: '31', title: 'Recommendation tracker' },
    ],
  });
  // What the clerk records once sent: to whom and by when (two months after receipt).
  const db = dbOf(store);
  await db
    .updateTable('recommendations')
    .set({ decisionMaker: 'Executive', sentOn: '2024-06-20', responseDueOn: '2024-08-20', status: 'sent' })
    .where('meetingId', '=', june)
    .execute();
  await db
    .updateTable('recommendations')
    .set({
      decisionMaker: 'Portfolio Holder for Place',
      sentOn: '2024-11-25',
      responseDueOn: '2025-01-25',
      status: 'sent',
    })
    .where('meetingId', '=', november)
    .execute();
  return { june, november, march };
}

/** Records a decision maker's response to the recommendation whose text contains `words`. */
export async function respond(
  store: Store,
  words: string,
  response: { respondedOn: string; acceptance: string; text: string },
): Promise<void> {
  const db = dbOf(store);
  const rec = await db
    .selectFrom('recommendations')
    .select('id')
    .where('text', 'like', `%${words}%`)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('recommendationResponses')
    .values({
      id: `response-${rec.id}-${response.respondedOn}`,
      recommendationId: rec.id,
      respondedOn: response.respondedOn,
      acceptance: response.acceptance,
      text: response.text,
      implementation: null,
      createdAt: `${response.respondedOn}T12:00:00.000Z`,
    })
    .execute();
}
