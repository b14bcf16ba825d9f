import type { Html } from './html.js';

export interface ErrorLink {
  /** The id of the field (or its first box) to move to. */
  readonly target: string;
  readonly message: string;
}

/** GOV.UK's error summary: at the top of the main content, each error a link to its field. */
export function ErrorSummary({ errors }: { errors: readonly ErrorLink[] }): Html {
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">There is a problem</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li>
                <a href={`#${e.target}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
