import type { IsoDate } from '../isoDateType.js';

/*
 * Councils in England and Wales record meetings in local wall-clock time (Europe/London, GMT or
 * BST); open-data formats want an instant. One place converts, for every format.
 */

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function offsetAtInstant(instant: number): number {
  const parts = Object.fromEntries(LONDON.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const local = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return Math.round((local - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** Minutes east of UTC in force in London at a local date (YYYY-MM-DD) and time (HH:MM). */
export function londonOffsetMinutes(date: string, time: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // London is UTC+0 or UTC+1: the offset at the instant guessed with the first reading is right
  // except inside the hour the clocks skip or repeat.
  return offsetAtInstant(asUtc - offsetAtInstant(asUtc) * 60_000);
}

/** A London date and time as a UTC instant, `YYYY-MM-DDTHH:MM:SSZ` (Popolo's `start_date`). */
export function londonToUtcIso(date: string, time: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const instant = Date.UTC(y, mo - 1, d, h, mi) - londonOffsetMinutes(date, time) * 60_000;
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A London date and time in RFC 3339 with its offset, `YYYY-MM-DDTHH:MM:00+01:00` (OParl's date-time). */
export function londonDateTimeWithOffset(date: string, time: string): string {
  const offset = londonOffsetMinutes(date, time);
  const abs = Math.abs(offset);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date}T${time}:00${offset >= 0 ? '+' : '-'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in England at an instant (`2026-03-29T23:30:00Z` is 30 March, in summer time). */
export function londonDateOf(instant: string): IsoDate {
  return LONDON_DATE.format(new Date(instant)) as IsoDate;
}
