import type { Html } from '../../pages/html.js';

/** One fact as it is now, for the conflict notice: a label and its current value. */
export type CurrentValue = readonly [label: string, value: string];

/**
 * What a clerk sees when their save was refused because someone else changed the same row since
 * they opened the page (409): an alert in the error summary's place, the current values, and the
 * clerk's own typing kept in the form below, which now carries the current version so that saving
 * again replaces the other change knowingly.
 */
export function ConflictNotice({ what, current }: { what: string; current: readonly CurrentValue[] }): Html {
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">{`Someone else changed this ${what}`}</h2>
        <div class="govuk-error-summary__body">
          <p class="govuk-body">
            {`Someone else saved a change to this ${what} after you opened the page, so yours was not saved. ` +
              'What you typed is still in the form. Check it against the values as they are now, then save again ' +
              'to replace them.'}
          </p>
          <h3 class="govuk-heading-s">As it is now</h3>
          <dl class="govuk-summary-list govuk-!-margin-bottom-0">
            {current.map(([label, value]) => (
              <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">{label}</dt>
                <dd class="govuk-summary-list__value">{value || 'Not recorded'}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
    </div>
  );
}
