/**
 * Where a meeting's minutes stand (issue 17 item 5). Minutes written in the workspace are published
 * as a `draft` at once; the next meeting of the body confirms them as a correct record, and from then
 * they are locked: a later correction is an amendment agreed at a meeting, recorded beside them,
 * never an edit. Imported minutes were confirmed before they were published, so they count as
 * `confirmed`.
 */
export const MINUTES_STATUSES = ['draft', 'confirmed'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export interface MinutesState {
  readonly status: MinutesStatus;
  /** The meeting that confirmed them; null for imported minutes (confirmed elsewhere, before import). */
  readonly confirmedByMeetingId: string | null;
  readonly confirmedAt: string | null;
}

/** The state of minutes that have no row of their own: imported, so confirmed. */
export const IMPORTED_MINUTES: MinutesState = Object.freeze({
  status: 'confirmed',
  confirmedByMeetingId: null,
  confirmedAt: null,
});

/** Confirmed minutes are locked: edits are refused, corrections are amendments. */
export function minutesLocked(state: MinutesState): boolean {
  return state.status !== 'draft';
}

/** What the public is told of draft minutes, on the meeting and item pages alike. */
export const DRAFT_MINUTES_LABEL = 'Draft minutes, not yet confirmed';

/** A correction of confirmed minutes: what was changed, why, and which meeting agreed it. */
export interface MinuteAmendment {
  readonly id: string;
  readonly meetingId: string;
  /** The item corrected, or null for the minutes as a whole. */
  readonly itemId: string | null;
  readonly text: string;
  readonly reason: string;
  readonly agreedAtMeetingId: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
}
