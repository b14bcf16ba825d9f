import type { Account } from '../../domain/account.js';
import type { Meeting } from '../../domain/meeting.js';
import { meetingPlaceSchema, type MeetingPlaceInput } from '../../domain/schedule/meetingDetails.js';
import { revisionAfter } from '../../domain/schedule/meetingRevision.js';
import type { Store } from '../../store/store.js';
import { assertUnchangedSince, auditMeeting, clerkedMeeting } from './clerkedMeeting.js';
import { problemsOf, type Outcome } from './scheduleOutcome.js';

export interface EditMeetingPlaceInput extends MeetingPlaceInput {
  readonly meetingId: string;
  /** The meeting's updatedAt when the form was opened: a later change by someone else is not overwritten. */
  readonly seenUpdatedAt?: string;
}

/**
 * Changes where and how a meeting is held (venue, remote, stream) and its contact officer. A new
 * place or stream grows the calendar revision, so subscribers' calendars follow.
 * @throws AppError FORBIDDEN, NOT_FOUND, or CONFLICT when the meeting changed since the form was opened.
 */
export async function editMeetingPlace(
  store: Store,
  actor: Account,
  input: EditMeetingPlaceInput,
  now = new Date().toISOString(),
): Promise<Outcome<Meeting>> {
  return store.transaction(async (repos) => {
    const { meeting } = await clerkedMeeting(repos, actor, input.meetingId);
    assertUnchangedSince(meeting, input.seenUpdatedAt);
    const place = meetingPlaceSchema.safeParse(input);
    if (!place.success) return { ok: false, problems: problemsOf(place.error) };
    const changed = { ...meeting, ...place.data, updatedAt: now };
    const after: Meeting = { ...changed, revision: revisionAfter(meeting, changed) };
    await repos.meetings.save(after);
    await auditMeeting(repos, actor, 'meeting.edit', {
      meetingId: meeting.id,
      before: pick(meeting),
      after: pick(after),
      at: now,
    });
    return { ok: true, value: after };
  });
}

function pick(m: Meeting): Partial<Meeting> {
  const { venue, isRemote, streamUrl, contactName, contactEmail, contactPhone, revision } = m;
  return { venue, isRemote, streamUrl, contactName, contactEmail, contactPhone, revision };
}
