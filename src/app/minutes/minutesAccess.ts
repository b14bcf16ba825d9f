import type { Account } from '../../domain/account.js';
import type { Body } from '../../domain/body.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { Meeting } from '../../domain/meeting.js';
import { IMPORTED_MINUTES, minutesLocked, type MinutesState } from '../../domain/minutes/minutesStatus.js';
import type { ItemMinutesRow } from '../../store/repositories/minutesRepository.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import { assertMayClerk } from '../authorise.js';

/** A meeting whose minutes a clerk opens, with its body and the state of its minutes. */
export interface MinutesMeeting {
  readonly meeting: Meeting;
  readonly body: Body;
  /** Null while nothing is written (the first save makes them a draft). */
  readonly state: MinutesState | null;
  readonly items: readonly ItemMinutesRow[];
}

/** The meeting, refused (403) to anyone but a clerk of its body. */
export async function minutesMeeting(repos: Repositories, actor: Account, meetingId: string): Promise<MinutesMeeting> {
  const meeting = await repos.meetings.find(meetingId);
  if (!meeting) throw new AppError('NOT_FOUND', 'There is no such meeting');
  assertMayClerk(actor, meeting.bodyId);
  const body = await repos.bodies.find(meeting.bodyId);
  if (!body) throw new AppError('NOT_FOUND', 'There is no such body');
  const items = await repos.minutes.items(meetingId);
  const stored = await repos.minutes.state(meetingId);
  // Minutes with no state of their own came from a document: they were confirmed before they were published.
  const imported = items.some((i) => Boolean(i.minutesText?.trim()) || i.points > 0 || i.resolutions > 0);
  return { meeting, body, items, state: stored ?? (imported ? IMPORTED_MINUTES : null) };
}

/** Refuses any change to confirmed minutes: they are locked, and corrected only by an amendment. */
export function assertWritable(m: MinutesMeeting): void {
  if (m.state && minutesLocked(m.state))
    throw new AppError(
      'CONFLICT',
      'these minutes are confirmed and locked: nothing was saved. A correction is recorded as an amendment agreed at a meeting',
    );
}

export function itemOf(m: MinutesMeeting, itemId: string): ItemMinutesRow {
  const item = m.items.find((i) => i.id === itemId);
  if (!item) throw new AppError('NOT_FOUND', `There is no item ${itemId} at this meeting`);
  return item;
}

/** Minutes written for the first time become a draft, published at once as such. */
export async function markDraft(repos: Repositories, m: MinutesMeeting, now: string): Promise<void> {
  if (!m.state)
    await repos.minutes.setState(m.meeting.id, { status: 'draft', confirmedByMeetingId: null, confirmedAt: null }, now);
}

export async function auditMinutes(
  repos: Repositories,
  actor: Account,
  now: string,
  action: string,
  subject: { kind: string; id: string },
  before: unknown,
  after: unknown,
): Promise<void> {
  await repos.audit.add({
    id: randomId(),
    at: now,
    actor: actor.id,
    action,
    subjectKind: subject.kind,
    subjectId: subject.id,
    before: before ?? undefined,
    after: after ?? undefined,
  });
}

export interface Member {
  readonly id: string;
  readonly name: string;
}

/** The body's voting members on the day of the meeting, and anyone recorded present (substitutes), by name. */
export async function membersAt(repos: Repositories, meeting: Meeting): Promise<Member[]> {
  const date = meeting.date;
  const memberships = await repos.memberships.ofBody(meeting.bodyId);
  const present = await repos.attendance.ofMeeting(meeting.id);
  const names = new Map<string, string>();
  for (const ms of memberships)
    if ((!ms.startsOn || ms.startsOn <= date) && (!ms.endsOn || ms.endsOn >= date) && ms.votingScope !== 'none')
      names.set(ms.person.id, ms.person.name);
  const attending = present.filter((a) => ['present', 'substitute'].includes(a.kind)).map((a) => a.personId);
  for (const p of await repos.people.byIds(attending.filter((id) => !names.has(id)))) names.set(p.id, p.displayName);
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
