import type { ReviewStatus } from '../../../domain/interests/interestEntry.js';
import type { Html } from '../../pages/html.js';

const TAGS: Record<ReviewStatus, { text: string; colour: string }> = {
  never: { text: 'Register never reviewed', colour: 'govuk-tag--red' },
  overdue: { text: 'Not reviewed for over a year', colour: 'govuk-tag--orange' },
  current: { text: 'Reviewed in the last year', colour: 'govuk-tag--green' },
};

/** Whether a member's register was reviewed in the last year, as a GOV.UK tag. */
export function ReviewTag({ status }: { status: ReviewStatus }): Html {
  return <strong class={`govuk-tag ${TAGS[status].colour}`}>{TAGS[status].text}</strong>;
}
