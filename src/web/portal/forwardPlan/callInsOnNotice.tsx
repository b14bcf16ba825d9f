import { formatDate } from '../../../domain/calendar/dateInWords.js';
import { CALL_IN_OUTCOME_LABELS } from '../../../domain/callIn/callInRequest.js';
import type { PublicCallIn } from '../../../store/public/publicCallIns.js';
import type { Html } from '../../pages/html.js';

/** The call-ins of a decision, on its public notice page: who asked, on what grounds, and what came of it. */
export function CallInsOnNotice({ callIns }: { callIns: readonly PublicCallIn[] }): Html {
  if (callIns.length === 0) return <></>;
  return (
    <>
      <h2 class="govuk-heading-m">Call-in</h2>
      {callIns.map((ci) => (
        <div class="govuk-!-margin-bottom-6">
          <p class="govuk-body">
            Called in on {formatDate(ci.requestedOn)} by {ci.members.join(', ')}.
          </p>
          <h3 class="govuk-heading-s">Grounds</h3>
          {ci.grounds.split(/\n\s*\n/).map((p) => (
            <p class="govuk-body">{p}</p>
          ))}
          <p class="govuk-body">
            <strong>Outcome:</strong> {CALL_IN_OUTCOME_LABELS[ci.outcome]}
            {ci.outcomeOn ? ` (${formatDate(ci.outcomeOn)})` : ''}.
          </p>
          {ci.outcomeNotes ? <p class="govuk-body">{ci.outcomeNotes}</p> : null}
        </div>
      ))}
    </>
  );
}
