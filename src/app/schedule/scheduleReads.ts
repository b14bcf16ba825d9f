import { mayClerk, type Account } from '../../domain/account.js';
import type { Body } from '../../domain/body.js';
import { municipalYearOf, type MunicipalYear } from '../../domain/calendar/municipalYear.js';
import { addDays } from '../../domain/calendar/isoDate.js';
import type { Meeting } from '../../domain/meeting.js';
import type { MeetingChange } from '../../domain/schedule/meetingChange.js';
import type { Store } from '../../store/store.js';
import { clerkedBody, clerkedMeeting } from './clerkedMeeting.js';

/** The bodies whose meetings this account may schedule, by name. */
export async function schedulableBodies(store: Store, actor: Account): Promise<Body[]> {
  const bodies = await store.transaction((repos) => repos.bodies.list());
  return bodies.filter((b) => mayClerk(actor, b.id));
}

export interface BodySchedule {
  readonly body: Body;
  /** The municipal year today falls in, and the next: the years a clerk plans. */
  readonly years: readonly MunicipalYear[];
  /** The body's meetings in those years, in date order. */
  readonly meetings: readonly Meeting[];
}

/**
 * A body's meetings this municipal year and next, for its clerk.
 * @throws AppError FORBIDDEN for anyone but a clerk of the body, NOT_FOUND.
 */
export async function bodySchedule(store: Store, actor: Account, bodyId: string, today: string): Promise<BodySchedule> {
  return store.transaction(async (repos) => {
    const body = await clerkedBody(repos, actor, bodyId);
    const known = await repos.calendar.municipalYears();
    const current = municipalYearOf(today, known);
    const next = municipalYearOf(addDays(current.endsOn, 1), known);
    return {
      body,
      years: [current, next],
      meetings: await repos.meetings.ofBody(body.id, current.startsOn, next.endsOn),
    };
  });
}

export interface ClerkedMeetingView {
  readonly meeting: Meeting;
  readonly body: Body;
  readonly changes: readonly MeetingChange[];
}

/**
 * One meeting with its body and public changes, for its clerk.
 * @throws AppError FORBIDDEN for anyone but a clerk of the body, NOT_FOUND.
 */
export async function meetingForClerk(store: Store, actor: Account, meetingId: string): Promise<ClerkedMeetingView> {
  return store.transaction(async (repos) => {
    const { meeting, body } = await clerkedMeeting(repos, actor, meetingId);
    return { meeting, body, changes: await repos.meetingChanges.ofMeeting(meetingId) };
  });
}
