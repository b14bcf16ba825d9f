/**
 * A local date and time in England as an RFC 3339 date-time with its UTC offset (GMT or BST), as
 * OParl's `date-time` fields require. Minutes give wall-clock times; the offset is the one in force
 * in Europe/London on that day at that time.
 */
export function londonDateTime(date: string, time: string | null): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const hhmm = time && /^\d{2}:\d{2}$/.test(time) ? time : null;
  if (!hhmm) return undefined;
  const offset = londonOffsetMinutes(date, hhmm);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date}T${hhmm}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const FORMAT = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' });

function londonOffsetMinutes(date: string, hhmm: string): number {
  // Read the offset at the wall-clock time taken as UTC; an hour's error only matters in the
  // small hours of the two change-over Sundays, when councils do not meet.
  const probe = new Date(`${date}T${hhmm}:00Z`);
  const name = FORMAT.formatToParts(probe).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}
