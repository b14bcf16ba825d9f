import { addUser } from '../../../src/app/accounts/addUser.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import type { Store } from '../../../src/store/store.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';

/** The day the fixture is seen from: a Wednesday, ISO week 2026-W14. */
export const TODAY = '2026-04-01';
export const NOW = new Date('2026-04-01T07:00:00Z');

/** A recommendation as a hostile import might word it: markup, an ampersand, quotes and accents. */
export const HOSTILE = '<script>alert("pwned")</script> Review the Café & “Quay” <b>lease</b>';
/** Words of the exempt item's recommendation and action: never in a mail. */
export const EXEMPT_WORDS = 'SECRET-DEPOT-VALUATION';

export interface FollowUpFixture {
  readonly scrutinyMeetingId: string;
  readonly licensingMeetingId: string;
}

/**
 * Two bodies with recommendations and actions of every standing as of TODAY, and accounts:
 * admin@x.org (admin), clerk@x.org (clerk of every body), lic@x.org (clerk of Licensing only),
 * cllr@x.org (councillor), all with the password "correct horse" (CHEAP).
 */
export async function addFollowUpFixture(
  store: Store,
  userOptions: Parameters<typeof addUser>[3],
): Promise<FollowUpFixture> {
  const scrutiny = await recordMeeting(
    store,
    buildMeetingRecord({
      date: '2026-01-20',
      items: [
        {
          minuteNumber: '43',
          title: 'Coastal Flood Defence Programme',
          resolutions: [{ label: '1', text: 'to ask the Director to report back', kind: 'request' }],
        },
        {
          minuteNumber: '44',
          title: `Exclusion of the press and public: ${EXEMPT_WORDS}`,
          isExempt: true,
          exemptParagraph: 3,
          resolutions: [{ label: '1', text: `to value the ${EXEMPT_WORDS}`, kind: 'decision' }],
        },
      ],
    }),
    { sourceDocumentId: null },
  );
  const licensing = await recordMeeting(
    store,
    buildMeetingRecord({
      body: { name: 'Licensing Committee' },
      date: '2026-01-27',
      items: [
        {
          minuteNumber: '12',
          title: 'Taxi licensing policy',
          resolutions: [{ label: '1', text: 'to consult on the policy', kind: 'decision' }],
        },
      ],
    }),
    { sourceDocumentId: null },
  );
  const db = dbOf(store);
  const [flood, exempt] = scrutiny.itemIds;
  const [taxi] = licensing.itemIds;
  const rec = (id: string, meetingId: string, itemId: string, text: string, responseDueOn: string, status: string) => ({
    id,
    meetingId,
    itemId,
    resolutionId: null,
    text,
    decisionMaker: 'Executive Member for Place',
    sentOn: '2026-01-25',
    responseDueOn,
    status,
  });
  await db
    .insertInto('recommendations')
    .values([
      rec('rec-overdue', scrutiny.meetingId, flood!, HOSTILE, '2026-03-20', 'sent'),
      rec('rec-due-soon', scrutiny.meetingId, flood!, 'Publish the flood risk map', '2026-04-10', 'sent'),
      rec('rec-due-today', scrutiny.meetingId, flood!, 'Fund the sea wall survey', TODAY, 'made'),
      rec('rec-far', scrutiny.meetingId, flood!, 'Review the harbour dues', '2026-04-20', 'sent'),
      rec('rec-answered', scrutiny.meetingId, flood!, 'Answered on time', '2026-03-01', 'sent'),
      rec('rec-answer-later', scrutiny.meetingId, flood!, 'Answer dated tomorrow', '2026-03-02', 'sent'),
      rec('rec-accepted', scrutiny.meetingId, flood!, 'Accepted without a response row', '2026-03-05', 'accepted'),
      rec('rec-draft', scrutiny.meetingId, flood!, 'Still a draft', '2026-03-06', 'draft'),
      rec('rec-exempt', scrutiny.meetingId, exempt!, `Sell the ${EXEMPT_WORDS}`, '2026-03-25', 'sent'),
      rec('rec-licensing', licensing.meetingId, taxi!, 'Consult the taxi trade', '2026-03-10', 'sent'),
    ])
    .execute();
  const response = (id: string, recommendationId: string, respondedOn: string) => ({
    id,
    recommendationId,
    respondedOn,
    acceptance: 'accepted',
    text: 'Agreed.',
    implementation: null,
    createdAt: `${respondedOn}T09:00:00Z`,
  });
  await db
    .insertInto('recommendationResponses')
    .values([response('resp-1', 'rec-answered', '2026-02-20'), response('resp-2', 'rec-answer-later', '2026-04-02')])
    .execute();
  const resolutionOf = async (itemId: string): Promise<string> =>
    (await db.selectFrom('resolutions').select('id').where('itemId', '=', itemId).executeTakeFirstOrThrow()).id;
  const action = (id: string, resolutionId: string, description: string, dueOn: string | null, status: string) => ({
    id,
    resolutionId,
    description,
    owner: 'Director of Place',
    dueOn,
    status,
    createdAt: '2026-01-21T09:00:00Z',
    updatedAt: '2026-01-21T09:00:00Z',
    version: 1,
  });
  const floodResolution = await resolutionOf(flood!);
  await db
    .insertInto('resolutionActions')
    .values([
      action('act-overdue', floodResolution, 'Report back on the sea wall', '2026-03-15', 'open'),
      action('act-done', floodResolution, 'Done already', '2026-03-15', 'done'),
      action('act-due-today', floodResolution, 'Due today', TODAY, 'open'),
      action('act-no-date', floodResolution, 'No date', null, 'open'),
      action('act-exempt', await resolutionOf(exempt!), `Instruct the valuer: ${EXEMPT_WORDS}`, '2026-02-01', 'open'),
      action('act-licensing', await resolutionOf(taxi!), 'Run the taxi consultation', '2026-03-20', 'in_progress'),
    ])
    .execute();
  const add = (email: string, role: 'admin' | 'clerk' | 'councillor', bodySlugs: string[] = []) =>
    addUser(store, { email, role, password: 'correct horse', bodySlugs }, 'cli:t', userOptions);
  await add('admin@x.org', 'admin');
  await add('clerk@x.org', 'clerk');
  await add('lic@x.org', 'clerk', ['licensing-committee']);
  await add('cllr@x.org', 'councillor');
  return { scrutinyMeetingId: scrutiny.meetingId, licensingMeetingId: licensing.meetingId };
}
