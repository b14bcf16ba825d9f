import { formatDate } from '../../domain/calendar/dateInWords.js';
import type { Acceptance } from '../../domain/recommendation.js';
import type { TrackedRecommendation } from '../../store/public/publicRecommendations.js';
import type { Html } from './html.js';

const ACCEPTANCE_WORDS: Readonly<Record<Acceptance, string>> = {
  accepted: 'Accepted',
  partially_accepted: 'Partly accepted',
  rejected: 'Rejected',
  deferred: 'Deferred',
};

/**
 * The committee's recommendations and the decision makers' responses, as the public reads them:
 * only what the public scope lets through (never an exempt item's), the text escaped like all text.
 */
export function RecommendationResponses({
  recommendations,
  headingLevel,
}: {
  recommendations: readonly TrackedRecommendation[];
  headingLevel: 2 | 3;
}): Html {
  if (recommendations.length === 0) return <></>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-label="Recommendations and responses">
      <Heading class={headingLevel === 2 ? 'govuk-heading-l' : 'govuk-heading-m'}>
        Recommendations and responses
      </Heading>
      <ul class="govuk-list govuk-list--spaced">
        {recommendations.map((r) => {
          const response = r.responses.at(-1);
          return (
            <li>
              <p class="govuk-body govuk-!-margin-bottom-1">{r.text}</p>
              <p class="govuk-body-s govuk-!-margin-bottom-1">
                {r.decisionMaker ? `To ${r.decisionMaker}. ` : ''}
                {r.sentOn ? `Sent ${formatDate(r.sentOn)}. ` : ''}
                {r.responseDueOn && !response ? `Response due ${formatDate(r.responseDueOn)}.` : ''}
              </p>
              {response ? (
                <div class="govuk-inset-text govuk-!-margin-top-1">
                  <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                    Response: {ACCEPTANCE_WORDS[response.acceptance]}, {formatDate(response.respondedOn)}
                  </p>
                  <p class="govuk-body">{response.text}</p>
                  {response.implementation ? <p class="govuk-body">Implementation: {response.implementation}</p> : null}
                </div>
              ) : (
                <p class="govuk-body-s">No response recorded.</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
