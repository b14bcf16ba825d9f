import type { IsoDate } from './isoDateType.js';

export const WORK_PROGRAMME_STATUSES = ['scheduled', 'unscheduled', 'done', 'dropped'] as const;
export type WorkProgrammeStatus = (typeof WORK_PROGRAMME_STATUSES)[number];

/** Where a topic came from (issue 18): the protocol's routes onto a work programme. */
export const WORK_PROGRAMME_SOURCES = [
  'councillor',
  'officer',
  'public',
  'call_in',
  'forward_plan',
  'follow_up',
] as const;
export type WorkProgrammeSource = (typeof WORK_PROGRAMME_SOURCES)[number];

export const WORK_PROGRAMME_SOURCE_LABELS: Record<WorkProgrammeSource, string> = {
  councillor: 'Councillor',
  officer: 'Officer',
  public: 'Public',
  call_in: 'Call-in',
  forward_plan: 'Forward plan',
  follow_up: 'Follow-up',
};

export const WORK_PROGRAMME_STATUS_LABELS: Record<WorkProgrammeStatus, string> = {
  scheduled: 'Scheduled',
  unscheduled: 'Being scoped',
  done: 'Done',
  dropped: 'Dropped',
};

/** A topic a scrutiny committee plans to look at, scheduled against a meeting date or held while being scoped. */
export interface WorkProgrammeEntry {
  readonly id: string;
  readonly bodyId: string;
  readonly municipalYear: string;
  readonly topic: string;
  readonly objectives: string | null;
  readonly plannedOn: IsoDate | null;
  readonly meetingId: string | null;
  readonly status: WorkProgrammeStatus;
  readonly notes: string | null;
  /** null for entries written before sources were recorded (migration 0025). */
  readonly source: WorkProgrammeSource | null;
  /**
   * What the entry came from, when it came from a record: the resolution a follow-up answers, the
   * forward plan entry pulled in. One entry per origin and body, so running a follow-up twice adds nothing.
   */
  readonly sourceRef: string | null;
  /** The executive member (portfolio holder) as the clerk names them; the person's id when known. */
  readonly executiveMember: string | null;
  readonly executiveMemberId: string | null;
  readonly leadOfficer: string | null;
  readonly leadOfficerId: string | null;
  /** A substantive item counts towards the two-per-meeting load; a note for information does not. */
  readonly substantive: boolean;
  /** Held back from the public (exempt information): never on the portal or in open data. */
  readonly exempt: boolean;
  /** Grows with each change: a form posts the version it showed, so two clerks cannot overwrite each other. */
  readonly version: number;
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
}

/** The glossary recommends at most two substantive items per meeting. */
export const MAX_SUBSTANTIVE_ITEMS_PER_MEETING = 2;

/** The dates with more scheduled substantive items than the recommended load, earliest first. */
export function overloadedMeetingDates(
  entries: readonly (Pick<WorkProgrammeEntry, 'plannedOn' | 'status'> & { readonly substantive?: boolean })[],
): IsoDate[] {
  const perDate = new Map<IsoDate, number>();
  for (const e of entries) {
    if (e.plannedOn && e.status === 'scheduled' && e.substantive !== false)
      perDate.set(e.plannedOn, (perDate.get(e.plannedOn) ?? 0) + 1);
  }
  return [...perDate]
    .filter(([, n]) => n > MAX_SUBSTANTIVE_ITEMS_PER_MEETING)
    .map(([d]) => d)
    .sort();
}
