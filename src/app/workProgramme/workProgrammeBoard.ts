import { mayClerk, type Account } from '../../domain/account.js';
import type { Body } from '../../domain/body.js';
import { municipalYearOf, type MunicipalYear } from '../../domain/calendar/municipalYear.js';
import { AppError } from '../../domain/errors.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import {
  assessPriority,
  type CriterionScore,
  type Prioritisation,
  type PriorityAssessment,
} from '../../domain/workProgramme/prioritisation.js';
import { overloadedMeetingDates, type WorkProgrammeEntry } from '../../domain/workProgramme.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { ProgrammeMeeting } from '../../store/repositories/workProgrammeRepository.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { prioritisationOf } from './prioritisationOf.js';

export interface PersonLink {
  readonly name: string;
  readonly slug: string;
}

export interface BoardEntry extends WorkProgrammeEntry {
  readonly scores: readonly CriterionScore[];
  readonly priority: PriorityAssessment;
  readonly executiveMemberLink: PersonLink | null;
  readonly leadOfficerLink: PersonLink | null;
}

export interface WorkProgrammeBoard {
  readonly body: Body;
  readonly year: MunicipalYear;
  /** The years the body has a programme for, and the one shown, latest first. */
  readonly years: readonly string[];
  readonly entries: readonly BoardEntry[];
  /** The body's meetings in the year, to schedule against. */
  readonly meetings: readonly ProgrammeMeeting[];
  /** Meetings planned with more than the recommended two substantive items. */
  readonly overloaded: readonly IsoDate[];
  readonly prioritisation: Prioritisation;
}

/** The municipal year with this label (`2024/25`), or the one around `today` when none is given. */
export async function yearOf(repos: Repositories, label: string | null, today: IsoDate): Promise<MunicipalYear> {
  const known = await repos.calendar.municipalYears();
  if (!label) return municipalYearOf(today, known);
  const m = /^(\d{4})\/(\d{2})$/.exec(label);
  if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2]))
    throw new AppError('NOT_FOUND', 'there is no such municipal year');
  // The year holding the first of July of its start year: every rule's year does.
  return municipalYearOf(`${m[1]}-07-01` as IsoDate, known);
}

/** Entries with their scores, assessment and linked people. */
export async function boardEntries(
  repos: Repositories,
  entries: readonly WorkProgrammeEntry[],
  prioritisation: Prioritisation,
): Promise<BoardEntry[]> {
  const scores = await repos.workProgramme.scoresOf(entries.map((e) => e.id));
  const people = await repos.workProgramme.peopleNames(
    entries.flatMap((e) => [e.executiveMemberId, e.leadOfficerId]).filter((id): id is string => id !== null),
  );
  const link = (id: string | null): PersonLink | null => (id ? (people.get(id) ?? null) : null);
  return entries.map((e) => {
    const own = scores.get(e.id) ?? [];
    return {
      ...e,
      scores: own,
      priority: assessPriority(prioritisation, own),
      executiveMemberLink: link(e.executiveMemberId),
      leadOfficerLink: link(e.leadOfficerId),
    };
  });
}

/** One body's work programme for a municipal year, as its clerk works on it. */
export async function workProgrammeBoard(
  store: Store,
  actor: Account,
  bodyId: string,
  yearLabel: string | null,
  today: IsoDate,
): Promise<WorkProgrammeBoard> {
  assertMayClerk(actor, bodyId);
  return store.transaction(async (repos) => {
    const body = await repos.bodies.find(bodyId);
    if (!body) throw new AppError('NOT_FOUND', 'there is no such body');
    const year = await yearOf(repos, yearLabel, today);
    const prioritisation = await prioritisationOf(repos);
    const entries = await boardEntries(repos, await repos.workProgramme.ofBodyYear(bodyId, year.label), prioritisation);
    const years = new Set(await repos.workProgramme.yearsOf(bodyId));
    years.add(year.label);
    years.add(municipalYearOf(today, await repos.calendar.municipalYears()).label);
    return {
      body,
      year,
      years: [...years].sort().reverse(),
      entries,
      meetings: await repos.workProgramme.meetingsOf(bodyId, year.startsOn, year.endsOn),
      overloaded: overloadedMeetingDates(entries),
      prioritisation,
    };
  });
}

/** One entry to change or score, with the body's meetings around it; refused to a clerk of another body. */
export async function workProgrammeEntryToChange(
  store: Store,
  actor: Account,
  entryId: string,
): Promise<{ entry: BoardEntry; body: Body; meetings: readonly ProgrammeMeeting[]; prioritisation: Prioritisation }> {
  return store.transaction(async (repos) => {
    const entry = await repos.workProgramme.find(entryId);
    if (!entry) throw new AppError('NOT_FOUND', 'there is no such work programme entry');
    assertMayClerk(actor, entry.bodyId);
    const body = await repos.bodies.find(entry.bodyId);
    if (!body) throw new AppError('NOT_FOUND', 'there is no such body');
    const year = await yearOf(repos, entry.municipalYear, entry.plannedOn ?? ('2000-01-01' as IsoDate));
    const prioritisation = await prioritisationOf(repos);
    const [withScores] = await boardEntries(repos, [entry], prioritisation);
    return {
      entry: withScores!,
      body,
      meetings: await repos.workProgramme.meetingsOf(entry.bodyId, year.startsOn, year.endsOn),
      prioritisation,
    };
  });
}

/** The entries planned for one meeting (the meeting hub's "planned topics"). */
export async function plannedForMeeting(
  store: Store,
  actor: Account,
  meetingId: string,
): Promise<{ meeting: { id: string; date: IsoDate; bodyId: string; bodyName: string }; entries: BoardEntry[] }> {
  return store.transaction(async (repos) => {
    const meeting = await repos.meetings.find(meetingId);
    if (!meeting) throw new AppError('NOT_FOUND', 'there is no such meeting');
    assertMayClerk(actor, meeting.bodyId);
    const body = await repos.bodies.find(meeting.bodyId);
    const entries = await boardEntries(
      repos,
      await repos.workProgramme.ofMeeting(meetingId),
      await prioritisationOf(repos),
    );
    return {
      meeting: { id: meeting.id, date: meeting.date, bodyId: meeting.bodyId, bodyName: body?.name ?? '' },
      entries,
    };
  });
}

/** The bodies whose work programmes the account keeps: scrutiny committees first, then the others. */
export async function programmeBodies(store: Store, actor: Account): Promise<Body[]> {
  if (!actor.active || !['admin', 'clerk'].includes(actor.role))
    throw new AppError('FORBIDDEN', 'only clerks and administrators keep work programmes');
  const bodies = (await store.transaction((repos) => repos.bodies.list())).filter((b) => mayClerk(actor, b.id));
  return bodies.sort((a, b) => Number(b.isScrutiny) - Number(a.isScrutiny) || a.name.localeCompare(b.name));
}
