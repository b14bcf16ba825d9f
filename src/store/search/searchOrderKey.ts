import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.js';

/*
 * Every search entry has a unique integer order key: its meeting's day in the high bits, a
 * sequence within the day below. Results are listed newest first by this key on both engines, so
 * the order is total and portable, a date range is a key range, and SQLite's FTS5 (whose rowid is
 * the key) can stop after one page instead of sorting every match.
 */

const DAY_BITS = 21;
const DAY = 2 ** DAY_BITS;
const EPOCH = Date.UTC(1800, 0, 1);

/** Days since 1800-01-01 (at least 1), or 0 for an entry without a date. */
export function dayNumber(date: string | null): number {
  if (!date) return 0;
  const time = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? 0 : Math.max(1, Math.floor((time - EPOCH) / 86_400_000));
}

/**
 * The smallest and largest keys of entries dated from `from` to `to`, both inclusive. Without
 * either, undated entries (day 0: documents whose meeting could not be placed) are included,
 * after every dated one; a date range leaves them out, as they have no date to be in it.
 */
export function orderKeyRange(
  from: string | null | undefined,
  to: string | null | undefined,
): { min: number; max: number } {
  const min = from ? dayNumber(from) * DAY : to ? DAY : 0;
  const max = to ? (dayNumber(to) + 1) * DAY - 1 : Number.MAX_SAFE_INTEGER;
  return { min, max };
}

/** The next free key of each day, one query per distinct day. */
export async function nextOrderKeys(
  db: Kysely<Database>,
  dates: readonly (string | null)[],
): Promise<Map<number, number>> {
  const next = new Map<number, number>();
  for (const day of new Set(dates.map(dayNumber))) {
    const row = await sql<{ k: number | string | null }>`
      SELECT max(order_key) AS k FROM search_entries WHERE order_key >= ${day * DAY} AND order_key < ${(day + 1) * DAY}`.execute(
      db,
    );
    const max = row.rows[0]?.k;
    next.set(day, max === null || max === undefined ? day * DAY : Number(max) + 1);
  }
  return next;
}

/**
 * Keys for entries about to be stored: within a day, entries listed first get the higher keys,
 * so that newest-first lists a meeting, then its items in agenda order, then its resolutions.
 */
export function assignOrderKeys(dates: readonly (string | null)[], next: Map<number, number>): number[] {
  const keys = new Array<number>(dates.length);
  for (let i = dates.length - 1; i >= 0; i--) {
    const day = dayNumber(dates[i] ?? null);
    const key = next.get(day) ?? day * DAY;
    keys[i] = key;
    next.set(day, key + 1);
  }
  return keys;
}
