import { municipalYearOf } from '../../domain/calendar/municipalYear.js';
import type { Repositories } from '../../store/repositories/repositories.js';

/**
 * Gives every recommendation still without one its tracker reference: its committee's next
 * number in the municipal year of the meeting that made it, in the order they were made. Given
 * once: later saves and re-imports keep it. Returns how many were given.
 */
export async function giveReferences(repos: Repositories): Promise<number> {
  const waiting = await repos.tracker.unreferenced();
  if (waiting.length === 0) return 0;
  const known = await repos.calendar.municipalYears();
  const last = new Map<string, number>();
  for (const r of waiting) {
    const year = r.municipalYear ?? municipalYearOf(r.meetingDate, known).label;
    const key = `${r.bodyId}\u0000${year}`;
    const next = (last.get(key) ?? (await repos.tracker.lastNumber(r.bodyId, year))) + 1;
    last.set(key, next);
    await repos.tracker.setReference(r.id, r.bodyId, year, next);
  }
  return waiting.length;
}
