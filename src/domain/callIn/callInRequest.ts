import { compareIsoDates } from '../calendar/isoDate.js';
import type { DecisionNotice } from '../decisions/decisionNotice.js';
import type { IsoDate } from '../isoDateType.js';

/**
 * What became of a call-in: still to be heard; rejected as invalid (out of time, too few members,
 * no grounds); heard and the decision stands (upheld, may be carried out); referred back to the
 * decision maker to reconsider; referred to full council.
 */
export const CALL_IN_OUTCOMES = [
  'pending',
  'rejected_invalid',
  'upheld',
  'referred_to_decision_maker',
  'referred_to_council',
] as const;
export type CallInOutcome = (typeof CALL_IN_OUTCOMES)[number];

export const CALL_IN_OUTCOME_LABELS: Readonly<Record<CallInOutcome, string>> = Object.freeze({
  pending: 'Awaiting the scrutiny committee',
  rejected_invalid: 'Rejected as invalid',
  upheld: 'Decision upheld: it may be carried out',
  referred_to_decision_maker: 'Referred back to the decision maker',
  referred_to_council: 'Referred to full council',
});

/** A request by members to call in a published decision before it is carried out. */
export interface CallInRequest {
  readonly id: string;
  readonly decisionNoticeId: string;
  readonly requestedOn: IsoDate;
  /** The members requesting it, one a line, as they signed. */
  readonly members: readonly string[];
  readonly grounds: string;
  readonly outcome: CallInOutcome;
  readonly outcomeOn: IsoDate | null;
  readonly outcomeNotes: string | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * Whether a call-in made on `requestedOn` is within the notice's call-in period: on or after
 * publication and on or before its deadline. A decision not subject to call-in has no period.
 */
export function isWithinCallInPeriod(
  notice: Pick<DecisionNotice, 'publishedOn' | 'callInDeadline'>,
  requestedOn: IsoDate,
): boolean {
  if (!notice.callInDeadline) return false;
  return (
    compareIsoDates(requestedOn, notice.publishedOn) >= 0 && compareIsoDates(requestedOn, notice.callInDeadline) <= 0
  );
}

/** The members' names from a list typed one a line (or split by commas or semicolons), blanks and repeats dropped. */
export function membersFromText(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of text.split(/[\n;,]/)) {
    const name = raw.replace(/\s+/g, ' ').trim();
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      names.push(name);
    }
  }
  return names;
}
