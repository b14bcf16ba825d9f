import type { Account } from '../../domain/account.js';
import type { MinuteAmendment } from '../../domain/minutes/minutesStatus.js';
import type { MotionRow } from '../../store/repositories/minutesRepository.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { itemOf, membersAt, minutesMeeting, type Member, type MinutesMeeting } from './minutesAccess.js';

export interface MeetingRef {
  readonly id: string;
  readonly date: string;
}

/** A meeting's minutes for its clerk: items with their state, the previous meeting's minutes to confirm, amendments. */
export interface MeetingMinutesView extends MinutesMeeting {
  /** The body's previous meeting, whose minutes this meeting confirms, with their state. */
  readonly previous: (MeetingRef & { readonly state: MinutesMeeting['state'] }) | null;
  /** The meeting that confirmed these minutes. */
  readonly confirmedBy: MeetingRef | null;
  readonly amendments: readonly (MinuteAmendment & { readonly agreedAt: MeetingRef | null })[];
  /** Later meetings of the body, which may agree an amendment. */
  readonly laterMeetings: readonly MeetingRef[];
}

export interface ItemMinutesView extends MinutesMeeting {
  readonly item: MinutesMeeting['items'][number];
  readonly motions: readonly MotionRow[];
  /** The body's members at the meeting and anyone recorded present (substitutes), for movers and recorded votes. */
  readonly members: readonly Member[];
}

async function meetingRef(repos: Repositories, id: string | null): Promise<MeetingRef | null> {
  if (!id) return null;
  const m = await repos.meetings.find(id);
  return m ? { id: m.id, date: m.date } : null;
}

/** @throws AppError NOT_FOUND, FORBIDDEN (not a clerk of the meeting's body). */
export async function readMeetingMinutes(store: Store, actor: Account, meetingId: string): Promise<MeetingMinutesView> {
  return store.transaction(async (repos) => {
    const m = await minutesMeeting(repos, actor, meetingId);
    const prev = await repos.minutes.previousMeeting(m.meeting.bodyId, m.meeting.date);
    const previous = prev ? { ...prev, state: (await minutesMeeting(repos, actor, prev.id)).state } : null;
    const amendments = await repos.minutes.amendments(meetingId);
    const later = await repos.meetings.ofBody(m.meeting.bodyId, m.meeting.date, '9999-12-31');
    return {
      ...m,
      previous,
      confirmedBy: await meetingRef(repos, m.state?.confirmedByMeetingId ?? null),
      amendments: await Promise.all(
        amendments.map(async (a) => ({ ...a, agreedAt: await meetingRef(repos, a.agreedAtMeetingId) })),
      ),
      laterMeetings: later
        .filter((l) => l.id !== meetingId && l.date > m.meeting.date)
        .map((l) => ({ id: l.id, date: l.date })),
    };
  });
}

/** @throws AppError NOT_FOUND, FORBIDDEN (not a clerk of the meeting's body). */
export async function readItemMinutes(
  store: Store,
  actor: Account,
  meetingId: string,
  itemId: string,
): Promise<ItemMinutesView> {
  return store.transaction(async (repos) => {
    const m = await minutesMeeting(repos, actor, meetingId);
    const item = itemOf(m, itemId);
    const members = await membersAt(repos, m.meeting);
    return { ...m, item, motions: await repos.minutes.motions(itemId), members };
  });
}
