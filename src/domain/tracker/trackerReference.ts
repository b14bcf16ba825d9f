import { AppError } from '../errors.js';

/**
 * A recommendation's reference in the tracker: the municipal year it was made in and its number
 * in that year for its committee, `2024/25-07`. Numbers start at 1 each year and are given once,
 * in the order recommendations reach the tracker; a reference never changes after that, so the
 * committee, the decision maker and later reports can cite it.
 */
export interface TrackerReference {
  /** `2024/25`, as {@link municipalYearLabel} writes it. */
  readonly year: string;
  readonly number: number;
}

const PATTERN = /^(\d{4}\/\d{2})-(\d{2,})$/;

/** `2024/25-07`: two digits at least, so a year's first hundred sort as text too. */
export function formatTrackerReference(reference: TrackerReference): string {
  if (!Number.isInteger(reference.number) || reference.number < 1)
    throw new AppError('INPUT_INVALID', `not a tracker number: ${reference.number}`);
  return `${reference.year}-${String(reference.number).padStart(2, '0')}`;
}

/** The parts of `2024/25-07`, or null when the text is not a reference. */
export function parseTrackerReference(text: string): TrackerReference | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const number = Number(match[2]);
  return number >= 1 ? { year: match[1]!, number } : null;
}
