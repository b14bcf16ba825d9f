import type { Account } from '../../domain/account.js';
import { shownNumbers, type AgendaEntry, type AgendaPaper, type AgendaPublication } from '../../domain/agenda.js';
import { AppError } from '../../domain/errors.js';
import { londonDateOf } from '../../domain/calendar/londonTime.js';
import { isLateForMeeting, lastWorkingDayToPublish } from '../../domain/calendar/workingDays.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { AgendaMeeting } from '../../store/repositories/agendaRepository.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { workingCalendar } from '../calendar/workingCalendar.js';
import { packOrigin } from './agendaPackDocument.js';

/** A meeting's agenda as the clerk sees it in the workspace. */
export interface AgendaView {
  readonly meeting: AgendaMeeting;
  /** Null until the agenda is started. */
  readonly version: number | null;
  readonly publications: readonly AgendaPublication[];
  readonly items: readonly (AgendaEntry & { readonly shownNumber: string; readonly papers: readonly AgendaPaper[] })[];
  /** The last working day to publish with five clear working days to spare, and whether today is past it. */
  readonly deadline: { readonly lastWorkingDay: IsoDate; readonly isLate: boolean };
  /** The document packs its publications filed, newest first. */
  readonly packs: readonly { readonly id: string; readonly title: string; readonly pageCount: number | null }[];
}

/**
 * The clerk's view of a meeting's agenda, working copy and all.
 * @throws AppError NOT_FOUND, FORBIDDEN (not a clerk of the meeting's body).
 */
export async function readAgenda(store: Store, actor: Account, meetingId: string, now: string): Promise<AgendaView> {
  return store.transaction(async (repos) => {
    const meeting = await repos.agendas.meeting(meetingId);
    if (!meeting) throw new AppError('NOT_FOUND', `no meeting with id ${meetingId}`);
    assertMayClerk(actor, meeting.bodyId);
    const [state, entries, papers, publications, packs] = await Promise.all([
      repos.agendas.state(meeting.id),
      repos.agendas.entries(meeting.id),
      repos.agendas.papers(meeting.id),
      repos.agendas.publications(meeting.id),
      repos.documents.byOrigin(packOrigin(meeting.id)),
    ]);
    const numbers = shownNumbers(entries);
    const calendar = await workingCalendar(repos);
    const date = meeting.date as IsoDate;
    return {
      meeting,
      version: state?.version ?? null,
      publications,
      items: entries.map((e, i) => ({
        ...e,
        shownNumber: numbers[i]!,
        papers: papers.filter((p) => p.entryId === e.id),
      })),
      deadline: {
        lastWorkingDay: lastWorkingDayToPublish(date, calendar),
        isLate: isLateForMeeting(londonDateOf(now), date, calendar),
      },
      packs: packs.map((d) => ({ id: d.id, title: d.title ?? 'Agenda pack', pageCount: d.pageCount })),
    };
  });
}

/** Coming meetings the actor may clerk, with whether each agenda is started and published. */
export async function listAgendaMeetings(
  store: Store,
  actor: Account,
  now: string,
): Promise<Awaited<ReturnType<Store['repos']['agendas']['upcoming']>>> {
  if (!actor.active || !(actor.role === 'admin' || actor.role === 'clerk'))
    throw new AppError('FORBIDDEN', 'only a clerk may build agendas');
  const bodies = actor.role === 'admin' || actor.bodyIds.length === 0 ? null : actor.bodyIds;
  const meetings = await store.repos.agendas.upcoming(londonDateOf(now), bodies);
  for (const m of meetings) assertMayClerk(actor, m.bodyId);
  return meetings;
}
