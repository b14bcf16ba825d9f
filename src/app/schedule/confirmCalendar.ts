import type { Account } from '../../domain/account.js';
import { compareIsoDates } from '../../domain/calendar/isoDate.js';
import { formatLongDate } from '../../domain/calendar/dateInWords.js';
import type { Meeting } from '../../domain/meeting.js';
import { DETAIL_LIMITS, meetingWhenSchema } from '../../domain/schedule/meetingDetails.js';
import type { Store } from '../../store/store.js';
import { auditMeeting, clerkedBody } from './clerkedMeeting.js';
import { sameDayProblem, scheduledMeeting } from './createMeeting.js';
import { problemsOf, type InputProblem, type Outcome } from './scheduleOutcome.js';

/** A calendar is at most a year of weekly meetings and a few more the clerk added. */
export const MAX_CALENDAR_MEETINGS = 60;

export interface ConfirmCalendarInput {
  readonly bodyId: string;
  /** The dates the clerk kept, as edited; the index names each row's fields (`date-3`, `time-3`). */
  readonly meetings: readonly { readonly row: number; readonly date: string; readonly startTime: string }[];
  /** Where every meeting is held, if the clerk said; each can be changed later. */
  readonly venue?: string;
}

/**
 * Schedules the meetings of a previewed and edited calendar, all or none, in one transaction:
 * each a `scheduled` meeting with its own audit entry. Problems are named by row (`date-3`): a
 * date that is not real, a time missing, two rows on the same day, a day the body already meets.
 * @throws AppError FORBIDDEN for anyone but a clerk of the body, NOT_FOUND for an unknown body.
 */
export async function confirmCalendar(
  store: Store,
  actor: Account,
  input: ConfirmCalendarInput,
  now = new Date().toISOString(),
): Promise<Outcome<Meeting[]>> {
  return store.transaction(async (repos) => {
    const body = await clerkedBody(repos, actor, input.bodyId);
    const problems: InputProblem[] = [];
    const venue = (input.venue ?? '').trim();
    if (venue.length > DETAIL_LIMITS.venue)
      problems.push({ field: 'venue', message: `The venue must be ${DETAIL_LIMITS.venue} characters or fewer` });
    if (input.meetings.length === 0) problems.push({ field: 'date-1', message: 'Keep at least one date' });
    if (input.meetings.length > MAX_CALENDAR_MEETINGS)
      problems.push({ field: 'date-1', message: `A calendar can hold at most ${MAX_CALENDAR_MEETINGS} meetings` });
    const seen = new Map<string, number>();
    const valid: { date: string; startTime: string }[] = [];
    for (const row of input.meetings) {
      const when = meetingWhenSchema.safeParse(row);
      if (!when.success) {
        for (const p of problemsOf(when.error))
          problems.push({
            field: `${p.field === 'startTime' ? 'time' : 'date'}-${row.row}`,
            message: `Meeting ${row.row}: ${p.message.charAt(0).toLowerCase()}${p.message.slice(1)}`,
          });
        continue;
      }
      const { date } = when.data;
      const twin = seen.get(date);
      if (twin !== undefined) {
        problems.push({
          field: `date-${row.row}`,
          message: `Meeting ${row.row} is on the same day as meeting ${twin}, ${formatLongDate(date)}`,
        });
        continue;
      }
      seen.set(date, row.row);
      const taken = await sameDayProblem(repos, body, date);
      if (taken) problems.push({ field: `date-${row.row}`, message: `Meeting ${row.row}: ${taken.message}` });
      else valid.push(when.data);
    }
    if (problems.length) return { ok: false, problems };
    valid.sort((a, b) => compareIsoDates(a.date, b.date));
    const created: Meeting[] = [];
    for (const when of valid) {
      const meeting = await scheduledMeeting(
        repos,
        body,
        {
          ...when,
          venue: venue || null,
          isRemote: false,
          streamUrl: null,
          contactName: null,
          contactEmail: null,
          contactPhone: null,
        },
        now,
      );
      await repos.meetings.save(meeting);
      await auditMeeting(repos, actor, 'meeting.create', {
        meetingId: meeting.id,
        before: null,
        after: meeting,
        at: now,
      });
      created.push(meeting);
    }
    return { ok: true, value: created };
  });
}
