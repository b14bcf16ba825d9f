import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { Database } from '../../database.js';
import { exemptItemIds } from '../publicScope.js';
import { changeBounds, type ChangedWithin } from './catalogueRequest.js';

/*
 * A meeting's written record changes after its own row does: its minutes are published as a draft,
 * confirmed and locked (meeting_minutes.updated_at), amended (minute_amendments.recorded_at), and
 * decisions taken there are published and called in (decision notices of its items, or of its body
 * on its day, and their call-ins). OParl's `modified` of the meeting and its agenda items is the
 * latest of all these, and `modified_since` / `modified_until` select by it. Amendments and notices
 * of exempt items are left out, as everything else of them is.
 */

type Db = Kysely<Database>;
type MeetingsEb = ExpressionBuilder<Database, 'meetings'>;

type Op = '>=' | '>';
type Within = readonly [Op, string] | null;

/**
 * Each later change of the meeting in `meetings` (correlated), as a subquery of the latest such
 * time when `within` is null, or of any such time `within` the bound.
 */
function laterChanges(db: Db, eb: MeetingsEb, within: Within) {
  const noticesHere = (n: ExpressionBuilder<Database, 'meetings' | 'decisionNotices'>) =>
    n.or([
      n(
        'decisionNotices.itemId',
        'in',
        n
          .selectFrom('agendaItems')
          .select('agendaItems.id')
          .whereRef('agendaItems.meetingId', '=', 'meetings.id')
          .where('agendaItems.isExempt', '=', 0),
      ),
      n.and([
        n('decisionNotices.itemId', 'is', null),
        n('decisionNotices.bodyId', '=', n.ref('meetings.bodyId')),
        n('decisionNotices.decidedOn', '=', n.ref('meetings.date')),
      ]),
    ]);
  const minutes = eb
    .selectFrom('meetingMinutes')
    .whereRef('meetingMinutes.meetingId', '=', 'meetings.id')
    .$if(within !== null, (q) => q.where('meetingMinutes.updatedAt', within![0], within![1]))
    .select((x) => x.fn.max('meetingMinutes.updatedAt').as('at'));
  const amendments = eb
    .selectFrom('minuteAmendments')
    .whereRef('minuteAmendments.meetingId', '=', 'meetings.id')
    .where((a) =>
      a.or([a('minuteAmendments.itemId', 'is', null), a('minuteAmendments.itemId', 'not in', exemptItemIds(db))]),
    )
    .$if(within !== null, (q) => q.where('minuteAmendments.recordedAt', within![0], within![1]))
    .select((x) => x.fn.max('minuteAmendments.recordedAt').as('at'));
  const notices = eb
    .selectFrom('decisionNotices')
    .where(noticesHere)
    .$if(within !== null, (q) => q.where('decisionNotices.updatedAt', within![0], within![1]))
    .select((x) => x.fn.max('decisionNotices.updatedAt').as('at'));
  const callIns = eb
    .selectFrom('decisionNotices')
    .innerJoin('callInRequests', 'callInRequests.decisionNoticeId', 'decisionNotices.id')
    .where(noticesHere)
    .$if(within !== null, (q) => q.where('callInRequests.updatedAt', within![0], within![1]))
    .select((x) => x.fn.max('callInRequests.updatedAt').as('at'));
  return [minutes, amendments, notices, callIns];
}

/**
 * Whether a meeting's record was created and last changed within the window: created by the row's
 * own time; changed since a time when the row or any later change is that late; changed until a
 * time when the row and every later change are no later.
 */
export function meetingChangedWithin(db: Db, eb: MeetingsEb, changed: ChangedWithin | undefined): Expression<SqlBool> {
  return eb.and(
    changeBounds(changed).map((b) => {
      if (b.time === 'created') return eb('meetings.createdAt', b.op, b.value);
      // A max over no rows is null, so "is not null" says some change falls within the bound.
      if (b.op === '>=')
        return eb.or([
          eb('meetings.updatedAt', '>=', b.value),
          ...laterChanges(db, eb, ['>=', b.value]).map((q) => eb(q, 'is not', null)),
        ]);
      return eb.and([
        eb('meetings.updatedAt', '<=', b.value),
        ...laterChanges(db, eb, ['>', b.value]).map((q) => eb(q, 'is', null)),
      ]);
    }),
  );
}

/** When each of these meetings' records last changed (by meeting id): the row's own time, or a later change's. */
export async function meetingsChangedAt(db: Db, meetingIds: readonly string[]): Promise<Map<string, string>> {
  const changedAt = new Map<string, string>();
  if (meetingIds.length === 0) return changedAt;
  const rows = await db
    .selectFrom('meetings')
    .where('meetings.id', 'in', [...new Set(meetingIds)])
    .select((eb) => {
      const [minutes, amendments, notices, callIns] = laterChanges(db, eb, null);
      return [
        'meetings.id',
        'meetings.updatedAt',
        minutes!.as('minutesAt'),
        amendments!.as('amendedAt'),
        notices!.as('noticeAt'),
        callIns!.as('callInAt'),
      ];
    })
    .execute();
  for (const row of rows) {
    changedAt.set(row.id, row.updatedAt);
    for (const value of [row.minutesAt, row.amendedAt, row.noticeAt, row.callInAt]) {
      const at = value === null || value === undefined ? null : String(value);
      if (at !== null && at > (changedAt.get(row.id) ?? '')) changedAt.set(row.id, at);
    }
  }
  return changedAt;
}
