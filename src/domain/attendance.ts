export const ATTENDANCE_KINDS = ['present', 'apologies', 'absent', 'substitute', 'in_attendance'] as const;
export type AttendanceKind = (typeof ATTENDANCE_KINDS)[number];

/** Why someone other than a member attended. */
export const ATTENDANCE_CAPACITIES = [
  'member',
  'officer',
  'partner',
  'witness',
  'executive_member',
  'public',
  'other',
] as const;
export type AttendanceCapacity = (typeof ATTENDANCE_CAPACITIES)[number];

export interface Attendance {
  readonly id: string;
  readonly meetingId: string;
  readonly personId: string;
  readonly kind: AttendanceKind;
  /** Only a reason the record states (apologies). */
  readonly reason: string | null;
  /** For a substitute: the member whose place they took. */
  readonly substituteForId: string | null;
  readonly capacity: AttendanceCapacity | null;
  /** Role as recorded that day: "Chair", "Director for Children's Integrated Services". */
  readonly roleText: string | null;
  /** Order in the record's lists, from 1. */
  readonly position: number;
}

/** Members counted towards quorum: those present and substitutes, not officers or guests. */
export function countsTowardsQuorum(a: Pick<Attendance, 'kind'>): boolean {
  return a.kind === 'present' || a.kind === 'substitute';
}

/**
 * Who took part in a meeting, in every open format alike (OParl's Meeting.participant, Popolo's
 * event attendees; the JSON API lists every line with its kind): everyone recorded as there —
 * members present, substitutes, and officers and others in attendance — never those who sent
 * apologies or were absent. Quorum counts, as towards quorum, only members (countsTowardsQuorum).
 */
export const PARTICIPANT_KINDS: readonly AttendanceKind[] = ['present', 'substitute', 'in_attendance'];

/**
 * When two lists name the same person for one meeting (apologies and absent, present and
 * apologies), one kind stands, so that a meeting is counted once in a rate:
 * - being there beats sending apologies: a member who sent apologies and then came (arrived late,
 *   the meeting moved) was at the meeting, and "present" is the list the clerk takes at the table;
 * - apologies beat absence: minutes often list an apologising member under "Absent" as well, and
 *   the apology is the more specific fact (the member told the clerk in advance, with a reason);
 * - a member's kind beats "in attendance": a member also named among those attending is there as
 *   a member.
 */
const PRECEDENCE: readonly AttendanceKind[] = ['present', 'substitute', 'apologies', 'absent', 'in_attendance'];

/** The kind that stands when a person is recorded under both; see PRECEDENCE. */
export function strongerAttendanceKind(a: AttendanceKind, b: AttendanceKind): AttendanceKind {
  return PRECEDENCE.indexOf(a) <= PRECEDENCE.indexOf(b) ? a : b;
}

/** Kinds that mean the person was expected as a member: they count towards an attendance rate. */
export function isExpectedAsMember(kind: AttendanceKind): boolean {
  return kind === 'present' || kind === 'substitute' || kind === 'apologies' || kind === 'absent';
}

/**
 * One line per meeting: where a person is recorded more than once for a meeting (two lists, or two
 * spellings later found to be one person), the line of the stronger kind stands; the first such
 * line keeps its place. Rates and lists read through this, so one meeting never counts twice.
 */
export function oneLinePerMeeting<T extends { readonly meetingId: string; readonly kind: AttendanceKind }>(
  lines: readonly T[],
): T[] {
  const byMeeting = new Map<string, T>();
  for (const line of lines) {
    const earlier = byMeeting.get(line.meetingId);
    if (!earlier || strongerAttendanceKind(earlier.kind, line.kind) !== earlier.kind)
      byMeeting.set(line.meetingId, line);
  }
  return lines.filter((line) => byMeeting.get(line.meetingId) === line);
}
