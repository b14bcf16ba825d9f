import { londonDateTimeWithOffset } from '../../domain/calendar/londonTime.js';

/** A meeting's date and time as OParl's `date-time`, or undefined when the time is unknown or malformed. */
export function londonDateTime(date: string, time: string | null): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !time || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  return londonDateTimeWithOffset(date, time);
}
