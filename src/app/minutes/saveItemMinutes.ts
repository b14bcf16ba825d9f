import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import { writtenRecord } from '../../domain/minutes/writtenRecord.js';
import type { Store } from '../../store/store.js';
import { syncItemRecommendations } from '../tracker/syncItemRecommendations.js';
import { assertWritable, auditMinutes, itemOf, markDraft, minutesMeeting } from './minutesAccess.js';

export interface SaveItemMinutesInput {
  readonly meetingId: string;
  readonly itemId: string;
  /** The item's minutes version the form was opened at. */
  readonly version: number;
  readonly text: string;
}

/** The longest minute of one item, as typed. */
export const MAX_MINUTE_CHARACTERS = 100_000;

/**
 * Saves one item's minutes as written: its text, and the minute points and resolutions read from
 * it, into the tables imported minutes fill, so the public pages show them alike, as a draft.
 * @throws AppError INPUT_INVALID (a RESOLVED with nothing after it, too long: nothing saved),
 * CONFLICT (saved by someone else since the form was opened, or the minutes are confirmed and
 * locked), NOT_FOUND, FORBIDDEN (not a clerk of the body).
 */
export async function saveItemMinutes(
  store: Store,
  actor: Account,
  input: SaveItemMinutesInput,
  now: string,
): Promise<void> {
  if (input.text.length > MAX_MINUTE_CHARACTERS)
    throw new AppError('INPUT_INVALID', `the minutes must be ${MAX_MINUTE_CHARACTERS} characters or fewer`);
  const record = writtenRecord(input.itemId, input.text);
  if (record.problems.length)
    throw new AppError('INPUT_INVALID', record.problems.map((p) => `line ${p.line}: ${p.message}`).join('; '));
  await store.transaction(async (repos) => {
    const m = await minutesMeeting(repos, actor, input.meetingId);
    const item = itemOf(m, input.itemId);
    assertWritable(m);
    const saved = await repos.minutes.saveItem(
      item.id,
      input.version,
      record.text,
      record.points.map((p) => ({ ...p, id: randomId() })),
      record.resolutions,
      randomId,
    );
    if (!saved)
      throw new AppError(
        'CONFLICT',
        'someone else saved the minutes of this item since you opened the page: nothing was saved. Your text is below; compare it with theirs and save again',
      );
    await syncItemRecommendations(repos, actor, m.meeting.id, item.id, now);
    await markDraft(repos, m, now);
    await repos.searchIndex.reindexMeeting(m.meeting.id);
    await auditMinutes(
      repos,
      actor,
      now,
      'minutes.item.save',
      { kind: 'agenda_item', id: item.id },
      { text: item.minutesText, version: item.minutesVersion },
      { text: record.text, version: item.minutesVersion + 1, resolutions: record.resolutions.length },
    );
  });
}
