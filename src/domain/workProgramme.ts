import type { IsoDate } from './isoDateType.js';

export const WORK_PROGRAMME_STATUSES = ['scheduled', 'unscheduled', 'done', 'dropped'] as const;
export type WorkProgrammeStatus = (typeof WORK_PROGRAMME_STATUSES)[number];

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
}

/** The glossary recommends at most two substantive items per meeting. */
export const MAX_SUBSTANTIVE_ITEMS_PER_MEETING = 2;

export function overloadedMeetingDates(
  entries: readonly Pick<WorkProgrammeEntry, 'plannedOn' | 'status'>[],
): IsoDate[] {
  const perDate = new Map<IsoDate, number>();
  for (const e of entries) {
    if (e.plannedOn && e.status === 'scheduled') perDate.set(e.plannedOn, (perDate.get(e.plannedOn) ?? 0) + 1);
  }
  return [...perDate]
    .filter(([, n]) => n > MAX_SUBSTANTIVE_ITEMS_PER_MEETING)
    .map(([d]) => d)
    .sort();
}
