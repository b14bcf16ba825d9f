import type { Account } from '../../domain/account.js';
import { formatLongDate } from '../../domain/calendar/dateInWords.js';
import { municipalYearOf } from '../../domain/calendar/municipalYear.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { Meeting } from '../../domain/meeting.js';
import { meetingWhenSchema } from '../../domain/schedule/meetingDetails.js';
import { revisionAfter } from '../../domain/schedule/meetingRevision.js';
import type { Store } from '../../store/store.js';
import { assertUnchangedSince, auditMeeting, clerkedMeeting } from './clerkedMeeting.js';
import { sameDayProblem } from './createMeeting.js';
import { problemsOf, type Outcome } from './scheduleOutcome.js';

export interface MoveMeetingInput {
  readonly meetingId: string;
  readonly date: string;
  readonly startTime: string;
  readonly seenUpdatedAt?: string;
}

/** Only a meeting still to be held moves: once held, its date is a fact of the record. */
const MOVABLE: readonly Meeting['status'][] = ['scheduled', 'agenda_published'];

/**
 * Moves a meeting to a new date or start time and tells the public: the change is kept (the
 * meeting's page says "Moved from …", the news feeds get an entry) and the calendar revision grows
 * (iCal SEQUENCE). The meeting keeps its id, so links and calendar entries follow it.
 * @throws AppError FORBIDDEN, NOT_FOUND, CONFLICT (stale form), or INPUT_INVALID for a meeting
 * already held or cancelled.
 */
export async function moveMeeting(
  store: Store,
  actor: Account,
  input: MoveMeetingInput,
  now = new Date().toISOString(),
): Promise<Outcome<Meeting>> {
  return store.transaction(async (repos) => {
    const { meeting, body } = await clerkedMeeting(repos, actor, input.meetingId);
    assertUnchangedSince(meeting, input.seenUpdatedAt);
    if (!MOVABLE.includes(meeting.status))
      throw new AppError('INPUT_INVALID', `a ${meeting.status.replace('_', ' ')} meeting cannot be moved`);
    const when = meetingWhenSchema.safeParse(input);
    if (!when.success) return { ok: false, problems: problemsOf(when.error) };
    const { date, startTime } = when.data;
    if (date === meeting.date && startTime === meeting.startTime)
      return {
        ok: false,
        problems: [{ field: 'date', message: `The meeting is already on ${formatLongDate(date)} at that time` }],
      };
    const taken = await sameDayProblem(repos, body, date, meeting.id);
    if (taken) return { ok: false, problems: [taken] };
    const changed = {
      ...meeting,
      date,
      startTime,
      municipalYear: municipalYearOf(date, await repos.calendar.municipalYears()).label,
      updatedAt: now,
    };
    const after: Meeting = { ...changed, revision: revisionAfter(meeting, changed) };
    await repos.meetings.save(after);
    await repos.meetingChanges.add({
      id: randomId(),
      meetingId: meeting.id,
      kind: 'moved',
      at: now,
      fromDate: meeting.date,
      fromTime: meeting.startTime,
      toDate: date,
      toTime: startTime,
      reason: null,
    });
    await auditMeeting(repos, actor, 'meeting.move', {
      meetingId: meeting.id,
      before: { date: meeting.date, startTime: meeting.startTime, revision: meeting.revision },
      after: { date, startTime, revision: after.revision },
      at: now,
    });
    return { ok: true, value: after };
  });
}
