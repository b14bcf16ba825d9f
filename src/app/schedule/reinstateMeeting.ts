import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import { canMoveMeeting, type Meeting } from '../../domain/meeting.js';
import { revisionAfter } from '../../domain/schedule/meetingRevision.js';
import type { Store } from '../../store/store.js';
import { assertUnchangedSince, auditMeeting, clerkedMeeting } from './clerkedMeeting.js';
import { sameDayProblem } from './createMeeting.js';

export interface ReinstateMeetingInput {
  readonly meetingId: string;
  readonly seenUpdatedAt?: string;
}

/**
 * Puts a cancelled meeting back as scheduled, on the date it had: the public is told as of a
 * cancellation (page, calendar SEQUENCE, news feeds).
 * @throws AppError FORBIDDEN, NOT_FOUND, CONFLICT (stale form, or another meeting of the body now
 * on that day), or INPUT_INVALID for a meeting that is not cancelled.
 */
export async function reinstateMeeting(
  store: Store,
  actor: Account,
  input: ReinstateMeetingInput,
  now = new Date().toISOString(),
): Promise<Meeting> {
  return store.transaction(async (repos) => {
    const { meeting, body } = await clerkedMeeting(repos, actor, input.meetingId);
    assertUnchangedSince(meeting, input.seenUpdatedAt);
    if (!canMoveMeeting(meeting.status, 'scheduled'))
      throw new AppError('INPUT_INVALID', 'only a cancelled meeting can be reinstated');
    const taken = await sameDayProblem(repos, body, meeting.date, meeting.id);
    if (taken) throw new AppError('CONFLICT', `${taken.message}: move this meeting first`);
    const changed = { ...meeting, status: 'scheduled' as const, updatedAt: now };
    const after: Meeting = { ...changed, revision: revisionAfter(meeting, changed) };
    await repos.meetings.save(after);
    await repos.meetingChanges.add({
      id: randomId(),
      meetingId: meeting.id,
      kind: 'reinstated',
      at: now,
      fromDate: meeting.date,
      fromTime: meeting.startTime,
      toDate: meeting.date,
      toTime: meeting.startTime,
      reason: null,
    });
    await auditMeeting(repos, actor, 'meeting.reinstate', {
      meetingId: meeting.id,
      before: { status: meeting.status, revision: meeting.revision },
      after: { status: after.status, revision: after.revision },
      at: now,
    });
    return after;
  });
}
