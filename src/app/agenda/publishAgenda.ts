import type { Account } from '../../domain/account.js';
import {
  assignNumbers,
  publicationKind,
  PublicationInputSchema,
  type AgendaPublication,
  type PublicationKind,
} from '../../domain/agenda.js';
import { londonDateOf } from '../../domain/calendar/londonTime.js';
import { isLateForMeeting, lastWorkingDayToPublish, publicationDeadline } from '../../domain/calendar/workingDays.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { DocumentPack } from '../../domain/documentPack.js';
import type { AgendaPackRequest } from '../../publish/documentPack/agendaPack.js';
import type { AgendaMeeting } from '../../store/repositories/agendaRepository.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { workingCalendar } from '../calendar/workingCalendar.js';
import { AgendaInputError, StaleAgendaError, type AgendaFieldProblem } from './agendaErrors.js';
import { filePackDocument, packRequestFor, type PackMaker } from './agendaPackDocument.js';
import { auditAgenda, openForWrite, type AgendaVersioned } from './agendaWrite.js';

/** What publishing now would be, for the publish page: its kind, the deadline and whether it is late. */
export interface PublicationPlan {
  readonly kind: PublicationKind;
  readonly today: IsoDate;
  readonly meetingDate: IsoDate;
  /** The last day that leaves five clear working days before the meeting. */
  readonly deadline: IsoDate;
  /** The last working day on or before it. */
  readonly lastWorkingDay: IsoDate;
  readonly isLate: boolean;
  readonly newItems: number;
  readonly version: number;
}

const PUBLISHABLE = new Set(['scheduled', 'agenda_published']);

/**
 * The plan of the next publication of a meeting's agenda.
 * @throws AppError NOT_FOUND (no meeting or no agenda), FORBIDDEN.
 */
export async function planPublication(
  store: Store,
  actor: Account,
  meetingId: string,
  now: string,
): Promise<PublicationPlan> {
  return store.transaction(async (repos) => {
    const meeting = await repos.agendas.meeting(meetingId);
    if (!meeting) throw new AppError('NOT_FOUND', `no meeting with id ${meetingId}`);
    assertMayClerk(actor, meeting.bodyId);
    const state = await repos.agendas.state(meeting.id);
    if (!state) throw new AppError('NOT_FOUND', 'this meeting has no agenda yet: start it first');
    const entries = await repos.agendas.entries(meeting.id);
    const today = londonDateOf(now);
    const date = meeting.date as IsoDate;
    const calendar = await workingCalendar(repos);
    return {
      kind: publicationKind(state.publications, entries),
      today,
      meetingDate: date,
      deadline: publicationDeadline(date, calendar),
      lastWorkingDay: lastWorkingDayToPublish(date, calendar),
      isLate: isLateForMeeting(today, date, calendar),
      newItems: entries.filter((e) => e.publishedIn === null).length,
      version: state.version,
    };
  });
}

/** A publication and the pack document it filed (none when published without a pack maker). */
export type PublishedAgenda = AgendaPublication & {
  readonly pack: { readonly documentId: string; readonly pageCount: number } | null;
};

/** What publishing the agenda now would do, or the problems that stop it. */
async function checkPublishable(
  repos: Repositories,
  meeting: AgendaMeeting,
  typed: { readonly lateReason: string | null; readonly notice: string | null },
  now: string,
) {
  if (!PUBLISHABLE.has(meeting.status))
    throw new AppError(
      'INPUT_INVALID',
      `the meeting is ${meeting.status.replace('_', ' ')}: its agenda can no longer be published`,
    );
  const state = (await repos.agendas.state(meeting.id))!;
  const entries = await repos.agendas.entries(meeting.id);
  if (entries.length === 0) throw new AgendaInputError([{ field: 'form', message: 'The agenda has no items' }]);
  const today = londonDateOf(now);
  const date = meeting.date as IsoDate;
  const kind = publicationKind(state.publications, entries);
  const calendar = await workingCalendar(repos);
  const isLate = isLateForMeeting(today, date, calendar);
  const problems: AgendaFieldProblem[] = [];
  if (isLate && !typed.lateReason)
    problems.push({
      field: 'lateReason',
      message: 'Enter the reason the agenda is published late (the Chair’s reasons for urgency)',
    });
  if (kind !== 'agenda' && !typed.notice)
    problems.push({ field: 'notice', message: 'Enter what changed, for the public meeting page' });
  if (problems.length > 0) throw new AgendaInputError(problems);
  return { state, entries, today, date, kind, isLate, calendar, numbers: assignNumbers(entries) };
}

/**
 * Publishes the agenda: every item gets its number (published ones keep theirs), the record the
 * public reads takes the working copy, papers of public items become downloadable, the meeting is
 * `agenda_published` and its change dated for feeds and iCal. Late (fewer than five clear working
 * days before the meeting) it needs the recorded reason; a supplementary or revised agenda needs
 * the notice the public meeting page shows.
 *
 * With a pack maker, the public document pack is built first, outside any transaction (in a worker
 * thread on the server: seconds of CPU for a long pack), from the agenda as this publication makes
 * it; then the publication and the pack's document are saved in one transaction, so neither lands
 * without the other. Someone changing the agenda meanwhile moves its version on: the publication
 * is refused as stale and nothing is saved.
 * @throws AgendaInputError (a reason or notice missing), StaleAgendaError,
 *   AppError NOT_FOUND, FORBIDDEN, INPUT_INVALID (a paper that cannot go into the pack).
 */
export async function publishAgenda(
  store: Store,
  actor: Account,
  input: AgendaVersioned & { readonly lateReason: string; readonly notice: string },
  now: string,
  maker?: PackMaker,
): Promise<PublishedAgenda> {
  const typed = PublicationInputSchema.safeParse({ lateReason: input.lateReason, notice: input.notice });
  if (!typed.success)
    throw new AgendaInputError(typed.error.issues.map((i) => ({ field: String(i.path[0]), message: i.message })));
  let prepared: { request: AgendaPackRequest; pack: DocumentPack } | null = null;
  if (maker) {
    const request = await store.transaction(async (repos) => {
      const meeting = await repos.agendas.meeting(input.meetingId);
      if (!meeting) throw new AppError('NOT_FOUND', `no meeting with id ${input.meetingId}`);
      assertMayClerk(actor, meeting.bodyId);
      const state = await repos.agendas.state(meeting.id);
      if (!state) throw new AppError('NOT_FOUND', 'this meeting has no agenda yet: start it first');
      if (state.version !== input.version) throw new StaleAgendaError(meeting.id);
      const plan = await checkPublishable(repos, meeting, typed.data, now);
      return packRequestFor(repos, maker.files, meeting, plan.entries, plan.numbers, {
        kind: plan.kind,
        notice: typed.data.notice ?? '',
        publishedOn: plan.today,
        now,
      });
    });
    prepared = { request, pack: await maker.build(request) };
  }
  return store.transaction(async (repos) => {
    const meeting = await openForWrite(repos, actor, input, now);
    const { state, entries, date, kind, isLate, calendar, numbers } = await checkPublishable(
      repos,
      meeting,
      typed.data,
      now,
    );
    const sequence = state.publications + 1;
    await repos.agendas.markPublished(
      meeting.id,
      sequence,
      new Map(entries.flatMap((e, i) => (e.number === null ? [[e.id, numbers[i]!] as const] : []))),
    );
    await repos.agendas.projectToRecord(meeting.id);
    await repos.agendas.setMeetingPublished(meeting.id, now);
    await repos.searchIndex.reindexMeeting(meeting.id);
    const publication: AgendaPublication = {
      id: randomId(),
      meetingId: meeting.id,
      sequence,
      kind,
      publishedAt: now,
      publishedBy: actor.id,
      deadline: publicationDeadline(date, calendar),
      isLate,
      lateReason: typed.data.lateReason,
      notice: kind === 'agenda' ? null : typed.data.notice,
    };
    await repos.agendas.addPublication(publication);
    const pack = prepared
      ? await filePackDocument(repos, meeting.id, kind, sequence, prepared.request, prepared.pack, now)
      : null;
    await auditAgenda(repos, actor, now, `agenda.publish.${kind}`, { kind: 'meeting', id: meeting.id }, null, {
      ...publication,
      items: entries.map((e, i) => `${numbers[i]} ${e.title}`),
      pack,
    });
    return { ...publication, pack };
  });
}
