import type { Account } from '../../domain/account.js';
import { minuteNumberOrder, nextMinuteNumbers } from '../../domain/minutes/minuteNumbers.js';
import type { Store } from '../../store/store.js';
import { assertWritable, auditMinutes, minutesMeeting } from './minutesAccess.js';

/**
 * Numbers the items that have minutes, in the minutes' order, continuing the body's numbers for the
 * municipal year (its scheme learned from the last number it used). Items without minutes keep none.
 * @throws AppError CONFLICT (locked minutes), NOT_FOUND, FORBIDDEN.
 */
export async function numberMinutes(store: Store, actor: Account, meetingId: string, now: string): Promise<void> {
  await store.transaction(async (repos) => {
    const m = await minutesMeeting(repos, actor, meetingId);
    assertWritable(m);
    const earlier = await repos.minutes.minuteNumbersBefore(m.meeting.bodyId, m.meeting.municipalYear, m.meeting.date);
    const last = [...earlier].sort(minuteNumberOrder).at(-1) ?? null;
    const order = [...m.items].sort((a, b) => (a.minutePosition ?? a.position) - (b.minutePosition ?? b.position));
    const minuted = order.filter((i) => Boolean(i.minutesText?.trim()) || i.points > 0 || i.resolutions > 0);
    const numbers = nextMinuteNumbers(last, minuted.length);
    const entries = order.map((i, k) => {
      const at = minuted.indexOf(i);
      return { itemId: i.id, minutePosition: k + 1, minuteNumber: at >= 0 ? numbers[at]! : null };
    });
    await repos.minutes.setMinuteOrder(entries);
    await auditMinutes(
      repos,
      actor,
      now,
      'minutes.number',
      { kind: 'meeting', id: meetingId },
      m.items.map((i) => ({ id: i.id, minuteNumber: i.minuteNumber })),
      entries,
    );
  });
}
