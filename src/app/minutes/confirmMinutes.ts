import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import { minutesLocked, type MinuteAmendment } from '../../domain/minutes/minutesStatus.js';
import type { Store } from '../../store/store.js';
import { formatLongDate } from '../../domain/calendar/dateInWords.js';
import { writtenRecord } from '../../domain/minutes/writtenRecord.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import { auditMinutes, itemOf, markDraft, minutesMeeting, type MinutesMeeting } from './minutesAccess.js';

/**
 * At a meeting of the body, its "Minutes of the last meeting" item confirms the previous meeting's
 * minutes as a correct record; from then they are locked. Recorded against the confirming meeting.
 * @throws AppError CONFLICT (nothing to confirm, or already confirmed), NOT_FOUND, FORBIDDEN.
 */
export async function confirmPreviousMinutes(
  store: Store,
  actor: Account,
  input: { readonly meetingId: string },
  now: string,
): Promise<{ readonly confirmedMeetingId: string }> {
  return store.transaction(async (repos) => {
    const at = await minutesMeeting(repos, actor, input.meetingId);
    const previous = await repos.minutes.previousMeeting(at.meeting.bodyId, at.meeting.date);
    if (!previous)
      throw new AppError(
        'CONFLICT',
        'this is the body’s first meeting: there are no minutes of a previous meeting to confirm',
      );
    const minutes = await minutesMeeting(repos, actor, previous.id);
    if (!minutes.state)
      throw new AppError('CONFLICT', 'no minutes of the previous meeting are written yet: there is nothing to confirm');
    if (minutesLocked(minutes.state))
      throw new AppError('CONFLICT', 'the minutes of the previous meeting are already confirmed');
    const state = { status: 'confirmed' as const, confirmedByMeetingId: at.meeting.id, confirmedAt: now };
    await repos.minutes.setState(previous.id, state, now);
    await minuteTheConfirmation(repos, at, previous.date, now);
    await auditMinutes(
      repos,
      actor,
      now,
      'minutes.confirm',
      { kind: 'meeting', id: previous.id },
      minutes.state,
      state,
    );
    return { confirmedMeetingId: previous.id };
  });
}

/**
 * The confirming meeting's own minutes say so, as a clerk would write them: its "Minutes of the
 * last meeting" item, while nothing is written there and its minutes are open, gets the usual
 * resolution (a draft like any other, which the clerk may reword).
 */
async function minuteTheConfirmation(
  repos: Repositories,
  at: MinutesMeeting,
  date: string,
  now: string,
): Promise<void> {
  if (at.state && minutesLocked(at.state)) return;
  const item = at.items.find((i) => i.standardKind === 'minutes');
  if (!item || item.minutesText?.trim() || item.resolutions > 0) return;
  const record = writtenRecord(
    item.id,
    `RESOLVED: that the minutes of the meeting held on ${formatLongDate(date)} be confirmed as a correct record.`,
  );
  const saved = await repos.minutes.saveItem(
    item.id,
    item.minutesVersion,
    record.text,
    [],
    record.resolutions,
    randomId,
  );
  if (!saved) return;
  await markDraft(repos, at, now);
  await repos.searchIndex.reindexMeeting(at.meeting.id);
}

export const AmendmentInputSchema = z.object({
  itemId: z
    .string()
    .trim()
    .transform((v) => v || null),
  text: z
    .string()
    .trim()
    .min(1, { message: 'enter the correction as agreed' })
    .max(4000, { message: 'the correction must be 4000 characters or fewer' }),
  reason: z
    .string()
    .trim()
    .min(1, { message: 'enter why the minutes are corrected' })
    .max(2000, { message: 'the reason must be 2000 characters or fewer' }),
  agreedAtMeetingId: z.string().trim().min(1, { message: 'choose the meeting that agreed the correction' }),
});

/**
 * Records a correction of confirmed minutes, agreed at a later meeting of the body: the minutes stay
 * as confirmed, and the amendment is shown with them.
 * @throws AppError INPUT_INVALID, CONFLICT (the minutes are still a draft: edit them instead), NOT_FOUND, FORBIDDEN.
 */
export async function amendMinutes(
  store: Store,
  actor: Account,
  meetingId: string,
  input: Record<keyof z.input<typeof AmendmentInputSchema>, unknown>,
  now: string,
): Promise<MinuteAmendment> {
  const parsed = AmendmentInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INPUT_INVALID', parsed.error.issues.map((i) => i.message).join('; '));
  return store.transaction(async (repos) => {
    const m = await minutesMeeting(repos, actor, meetingId);
    if (!m.state || !minutesLocked(m.state))
      throw new AppError(
        'CONFLICT',
        'these minutes are not confirmed yet: change the draft itself rather than amend it',
      );
    if (parsed.data.itemId) itemOf(m, parsed.data.itemId);
    const agreedAt = await repos.meetings.find(parsed.data.agreedAtMeetingId);
    if (!agreedAt || agreedAt.bodyId !== m.meeting.bodyId || agreedAt.date <= m.meeting.date)
      throw new AppError(
        'INPUT_INVALID',
        'choose a later meeting of the same body as the one that agreed the correction',
      );
    const amendment: MinuteAmendment = {
      id: randomId(),
      meetingId,
      ...parsed.data,
      recordedAt: now,
      recordedBy: actor.id,
    };
    await repos.minutes.addAmendment(amendment);
    await auditMinutes(
      repos,
      actor,
      now,
      'minutes.amend',
      { kind: 'minute_amendment', id: amendment.id },
      null,
      amendment,
    );
    return amendment;
  });
}
