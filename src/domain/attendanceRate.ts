import { countsTowardsQuorum, isExpectedAsMember, oneLinePerMeeting, type AttendanceKind } from './attendance.js';

/** One line of a person's attendance, as a rate is counted from it. */
export interface AttendanceRecordLine {
  readonly meetingId: string;
  readonly bodyName: string;
  readonly bodySlug: string;
  readonly municipalYear: string | null;
  readonly kind: AttendanceKind;
}

/** A person's attendance at one body in one municipal year: meetings attended over meetings expected. */
export interface AttendanceRate {
  readonly bodyName: string;
  readonly bodySlug: string;
  readonly municipalYear: string;
  readonly attended: number;
  readonly expected: number;
}

/**
 * Rates count only meetings the person was expected at as a member (present, substituting, with
 * apologies, absent); officers and guests "in attendance" were not expected, so are not counted.
 * Each meeting counts once, as the stronger of the kinds recorded for it (`oneLinePerMeeting`).
 */
export function attendanceRates(lines: readonly AttendanceRecordLine[]): AttendanceRate[] {
  const rates = new Map<string, { -readonly [K in keyof AttendanceRate]: AttendanceRate[K] }>();
  for (const line of oneLinePerMeeting(lines)) {
    if (!isExpectedAsMember(line.kind) || !line.municipalYear) continue;
    const key = `${line.bodySlug}\u0000${line.municipalYear}`;
    const rate = rates.get(key) ?? {
      bodyName: line.bodyName,
      bodySlug: line.bodySlug,
      municipalYear: line.municipalYear,
      attended: 0,
      expected: 0,
    };
    rate.expected++;
    if (countsTowardsQuorum(line)) rate.attended++;
    rates.set(key, rate);
  }
  return [...rates.values()].sort(
    (a, b) => a.bodyName.localeCompare(b.bodyName) || a.municipalYear.localeCompare(b.municipalYear),
  );
}
