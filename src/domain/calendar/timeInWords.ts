/**
 * A time of day as GOV.UK's style guide writes it: "9:30am", "2pm", "midday", "midnight" (never
 * "14:00" or "2:00pm"). Takes HH:MM (24-hour); anything else is returned as it is.
 */
export function formatTime(hhmm: string): string {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(hhmm);
  if (!match) return hhmm;
  const hours = Number(match[1]);
  const minutes = match[2]!;
  if (hours > 23 || Number(minutes) > 59) return hhmm;
  if (minutes === '00' && hours === 12) return 'midday';
  if (minutes === '00' && hours === 0) return 'midnight';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}${minutes === '00' ? '' : `:${minutes}`}${hours < 12 ? 'am' : 'pm'}`;
}
