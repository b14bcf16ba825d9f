import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import type { Store } from '../../store/store.js';
import { assertWritable, auditMinutes, itemOf, minutesMeeting } from './minutesAccess.js';

/**
 * Moves an item one place up or down in the minutes, whose order may differ from the agenda's (an
 * item taken early, or after the exclusion of the public). Numbers follow when the minutes are numbered.
 * @throws AppError INPUT_INVALID (no such direction), CONFLICT (locked minutes), NOT_FOUND, FORBIDDEN.
 */
export async function moveInMinutes(
  store: Store,
  actor: Account,
  input: { readonly meetingId: string; readonly itemId: string; readonly direction: string },
  now: string,
): Promise<void> {
  if (input.direction !== 'up' && input.direction !== 'down')
    throw new AppError('INPUT_INVALID', 'choose whether to move the item up or down');
  await store.transaction(async (repos) => {
    const m = await minutesMeeting(repos, actor, input.meetingId);
    const item = itemOf(m, input.itemId);
    assertWritable(m);
    const order = [...m.items].sort((a, b) => (a.minutePosition ?? a.position) - (b.minutePosition ?? b.position));
    const at = order.indexOf(item);
    const to = input.direction === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= order.length) return;
    [order[at], order[to]] = [order[to]!, order[at]!];
    const entries = order.map((i, k) => ({ itemId: i.id, minutePosition: k + 1, minuteNumber: i.minuteNumber }));
    await repos.minutes.setMinuteOrder(entries);
    await auditMinutes(
      repos,
      actor,
      now,
      'minutes.move',
      { kind: 'agenda_item', id: item.id },
      { minutePosition: at + 1 },
      { minutePosition: to + 1 },
    );
  });
}
