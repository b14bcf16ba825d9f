import type { IsoDate } from './isoDateType.js';

/** Where an action promised by a resolution stands. */
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Something a resolution asks someone to do, followed until it is done. */
export interface ResolutionAction {
  readonly id: string;
  readonly resolutionId: string;
  readonly description: string;
  /** Who is to do it, as the clerk names them: an officer, a post or a member. */
  readonly owner: string;
  readonly dueOn: IsoDate | null;
  readonly status: ActionStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Grows with each change: a form posts the version it showed, so two clerks cannot overwrite each other. */
  readonly version: number;
}

/** Still to be done: neither done nor dropped. */
export function isActionOpen(action: Pick<ResolutionAction, 'status'>): boolean {
  return action.status === 'open' || action.status === 'in_progress';
}

/** Overdue: still open after its due date (due today is not yet overdue). */
export function isActionOverdue(action: Pick<ResolutionAction, 'status' | 'dueOn'>, today: IsoDate): boolean {
  return isActionOpen(action) && action.dueOn !== null && action.dueOn < today;
}
