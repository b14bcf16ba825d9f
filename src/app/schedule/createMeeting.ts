import type { Account } from '../../domain/account.js';
import { municipalYearOf } from '../../domain/calendar/municipalYear.js';
import { formatLongDate } from '../../domain/calendar/dateInWords.js';
import { randomId, stableId } from '../../domain/ids.js';
import type { Meeting } from '../../domain/meeting.js';
import { meetingPlaceSchema, meetingWhenSchema, type MeetingPlaceInput } from '../../domain/schedule/meetingDetails.js';
import type { Body } from '../../domain/body.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { auditMeeting, clerkedBody } from './clerkedMeeting.js';
import { problemsOf, type InputProblem, type Outcome } from './scheduleOutcome.js';

export interface CreateMeetingInput extends MeetingPlaceInput {
  readonly bodyId: string;
  readonly date: string;
  readonly startTime: string;
}

/** A problem when the body already meets that day: one meeting a day per body, as ids and pages assume. */
export async function sameDayProblem(
  repos: Repositories,
  body: Body,
  date: string,
  exceptId?: string,
): Promise<InputProblem | null> {
  const sameDay = (await repos.meetings.ofBody(body.id, date, date)).filter((m) => m.id !== exceptId);
  return sameDay.length
    ? { field: 'date', message: `${body.name} already has a meeting on ${formatLongDate(date)}` }
    : null;
}

/**
 * The id of a new meeting: the one an import of its papers would give (body and date), so that
 * the agenda later read from the council's site lands on this meeting; a random one if a meeting
 * moved away from this date still holds that id.
 */
export async function newMeetingId(repos: Repositories, body: Body, date: string): Promise<string> {
  const natural = stableId('meeting', body.slug, date);
  return (await repos.meetings.find(natural)) ? randomId() : natural;
}

/** A new meeting, built whole; the caller has checked the input and the day. */
export async function scheduledMeeting(
  repos: Repositories,
  body: Body,
  fields: Pick<
    Meeting,
    'date' | 'startTime' | 'venue' | 'isRemote' | 'streamUrl' | 'contactName' | 'contactEmail' | 'contactPhone'
  >,
  now: string,
): Promise<Meeting> {
  return {
    id: await newMeetingId(repos, body, fields.date),
    bodyId: body.id,
    ...fields,
    startedAt: null,
    endedAt: null,
    status: 'scheduled',
    municipalYear: municipalYearOf(fields.date, await repos.calendar.municipalYears()).label,
    createdAt: now,
    updatedAt: now,
    revision: 0,
  };
}

/**
 * Schedules one meeting of a body: date, start time, venue or remote stream, contact officer.
 * A clerk of that body only; one transaction with its audit entry. Returns the problems with the
 * input instead when there are any, writing nothing.
 * @throws AppError FORBIDDEN for anyone but a clerk of the body, NOT_FOUND for an unknown body.
 */
export async function createMeeting(
  store: Store,
  actor: Account,
  input: CreateMeetingInput,
  now = new Date().toISOString(),
): Promise<Outcome<Meeting>> {
  return store.transaction(async (repos) => {
    const body = await clerkedBody(repos, actor, input.bodyId);
    const when = meetingWhenSchema.safeParse(input);
    const place = meetingPlaceSchema.safeParse(input);
    const problems = [
      ...(when.success ? [] : problemsOf(when.error)),
      ...(place.success ? [] : problemsOf(place.error)),
    ];
    if (when.success) {
      const taken = await sameDayProblem(repos, body, when.data.date);
      if (taken) problems.unshift(taken);
    }
    if (!when.success || !place.success || problems.length) return { ok: false, problems };
    const meeting = await scheduledMeeting(repos, body, { ...when.data, ...place.data }, now);
    await repos.meetings.save(meeting);
    await auditMeeting(repos, actor, 'meeting.create', {
      meetingId: meeting.id,
      before: null,
      after: meeting,
      at: now,
    });
    return { ok: true, value: meeting };
  });
}
