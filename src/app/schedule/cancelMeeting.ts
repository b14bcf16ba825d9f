import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import { canMoveMeeting, type Meeting } from '../../domain/meeting.js';
import { cancelReasonSchema } from '../../domain/schedule/meetingDetails.js';
import { revisionAfter } from '../../domain/schedule/meetingRevision.js';
import type { Store } from '../../store/store.js';
import { assertUnchangedSince, auditMeeting, clerkedMeeting } from './clerkedMeeting.js';
import { problemsOf, type Outcome } from './scheduleOutcome.js';

export interface CancelMeetingInput {
  readonly meetingId: string;
  /** Shown to the public on the meeting's page and in the feeds. */
  readonly reason: string;
  readonly seenUpdatedAt?: string;
}

/**
 * Cancels a meeting still to be held, with a reason the public sees: its page says "Cancelled:
 * <reason>", the calendar entry becomes STATUS:CANCELLED with a larger SEQUENCE, and the news feeds
 * get an entry. The meeting stays, so its address keeps working and it can be reinstated.
 * @throws AppError FORBIDDEN, NOT_FOUND, CONFLICT (stale form), or INPUT_INVALID for a meeting
 * that cannot be cancelled (already held, already cancelled).
 */
export async function cancelMeeting(
  store: Store,
  actor: Account,
  input: CancelMeetingInput,
  now = new Date().toISOString(),
): Promise<Outcome<Meeting>> {
  return store.transaction(async (repos) => {
    const { meeting } = await clerkedMeeting(repos, actor, input.meetingId);
    assertUnchangedSince(meeting, input.seenUpdatedAt);
    if (!canMoveMeeting(meeting.status, 'cancelled'))
      throw new AppError('INPUT_INVALID', `a ${meeting.status.replace('_', ' ')} meeting cannot be cancelled`);
    const reason = cancelReasonSchema.safeParse(input.reason);
    if (!reason.success)
      return { ok: false, problems: problemsOf(reason.error).map((p) => ({ ...p, field: 'reason' })) };
    const changed = { ...meeting, status: 'cancelled' as const, updatedAt: now };
    const after: Meeting = { ...changed, revision: revisionAfter(meeting, changed) };
    await repos.meetings.save(after);
    await repos.meetingChanges.add({
      id: randomId(),
      meetingId: meeting.id,
      kind: 'cancelled',
      at: now,
      fromDate: meeting.date,
      fromTime: meeting.startTime,
      toDate: meeting.date,
      toTime: meeting.startTime,
      reason: reason.data,
    });
    await auditMeeting(repos, actor, 'meeting.cancel', {
      meetingId: meeting.id,
      before: { status: meeting.status, revision: meeting.revision },
      after: { status: after.status, revision: after.revision, reason: reason.data },
      at: now,
    });
    return { ok: true, value: after };
  });
}
