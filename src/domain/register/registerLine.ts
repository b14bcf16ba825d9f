import type { Attendance } from '../attendance.js';

/**
 * When, against the agenda, someone came in or went out: "arrived during item 5", "left after item
 * 7", with the clock time where the clerk noted it. `itemId` null: a time without an item (or an
 * item the agenda no longer has), which the per-item count cannot place.
 */
export interface ItemMoment {
  readonly itemId: string | null;
  /**
   * For an arrival: true "during the item", false "before it". For a departure: true "during the
   * item", false "after it". A person is counted for an item only if in the room for the whole of
   * it, as a quorum must be present throughout the business it transacts.
   */
  readonly during: boolean;
  /** HH:MM, 24-hour. */
  readonly time: string | null;
}

/** An attendance line as the written register keeps it: how they attended and when they came and went. */
export interface RegisterLine extends Attendance {
  /** Took part by video: present, but not in the room. */
  readonly remote: boolean;
  readonly arrival: ItemMoment | null;
  readonly departure: ItemMoment | null;
}

/** The clock time as the register writes it: 24-hour HH:MM. */
export const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
