import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { addDays } from '../../domain/calendar/isoDate.js';
import { londonDateOf } from '../../domain/calendar/londonTime.js';
import type { AgendaMeeting } from '../../store/repositories/agendaRepository.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';

/** How far back the list of a clerk's meetings reaches: minutes are written in the weeks after a meeting. */
const RECENT_DAYS = 56;

/** A meeting with its agenda's state: its version (null before the agenda is started) and publications. */
export type ClerkMeeting = Awaited<ReturnType<Store['repos']['agendas']['upcoming']>>[number];

export interface ClerkMeetings {
  /** Meetings in the last eight weeks, latest first: their registers and minutes are still being written. */
  readonly recent: readonly ClerkMeeting[];
  /** Meetings from today on, soonest first. */
  readonly coming: readonly ClerkMeeting[];
}

/** The meetings of the bodies the actor clerks, around today (London's date at `now`). */
export async function listClerkMeetings(store: Store, actor: Account, now: string): Promise<ClerkMeetings> {
  if (!actor.active || !(actor.role === 'admin' || actor.role === 'clerk'))
    throw new AppError('FORBIDDEN', 'only a clerk may run meetings');
  const today = londonDateOf(now);
  const bodies = actor.role === 'admin' || actor.bodyIds.length === 0 ? null : actor.bodyIds;
  const meetings = await store.repos.agendas.upcoming(addDays(today, -RECENT_DAYS), bodies, 400);
  for (const m of meetings) assertMayClerk(actor, m.bodyId);
  return {
    recent: meetings.filter((m) => m.date < today).reverse(),
    coming: meetings.filter((m) => m.date >= today),
  };
}

/** One meeting for its clerk's hub page; NOT_FOUND for an unknown id, FORBIDDEN for another body's clerk. */
export async function readClerkMeeting(store: Store, actor: Account, meetingId: string): Promise<AgendaMeeting> {
  const meeting = await store.repos.agendas.meeting(meetingId);
  if (!meeting) throw new AppError('NOT_FOUND', `no meeting ${meetingId}`);
  assertMayClerk(actor, meeting.bodyId);
  return meeting;
}
