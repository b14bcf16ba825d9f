/**
 * A council's local date and time (Europe/London) as a UTC instant in ISO form, as Popolo's
 * `start_date` pattern wants (`YYYY-MM-DDTHH:MM:SSZ`). Meetings are stored in local time.
 */
export function londonToUtcIso(date: string, time: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // London is UTC+0 or UTC+1; the offset at the guessed instant is right except within the changeover hour.
  const offset = londonOffsetMinutes(asUtc - londonOffsetMinutes(asUtc) * 60_000);
  return new Date(asUtc - offset * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function londonOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(LONDON.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((local - Math.floor(instant / 60_000) * 60_000) / 60_000);
}
