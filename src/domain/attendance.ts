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
}

/** Members counted towards quorum: those present and substitutes, not officers or guests. */
export function countsTowardsQuorum(a: Pick<Attendance, 'kind'>): boolean {
  return a.kind === 'present' || a.kind === 'substitute';
}
