import type { Html } from '../../pages/html.js';
import type { FieldError } from '../forms/formFields.js';

export interface RadioOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
  /**
   * Shown under the option, always: GOV.UK's conditional reveal sets aria-expanded on the radio, which
   * axe (WCAG 4.1.2) does not allow there, and without JavaScript every part shows anyway.
   */
  readonly conditional?: Html;
}

/** GOV.UK radios in a fieldset; the first option carries the name as its id, for the error summary's link. */
export function Radios(props: {
  readonly name: string;
  readonly legend: string;
  readonly hint?: string;
  readonly value: string;
  readonly options: readonly RadioOption[];
  readonly error?: FieldError;
}): Html {
  const describedBy = [props.hint ? `${props.name}-hint` : '', props.error ? `${props.name}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{props.legend}</legend>
        {props.hint ? (
          <div id={`${props.name}-hint`} class="govuk-hint">
            {props.hint}
          </div>
        ) : null}
        {props.error ? (
          <p id={`${props.name}-error`} class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> {props.error.message}
          </p>
        ) : null}
        <div class="govuk-radios" data-module="govuk-radios">
          {props.options.map((o, i) => {
            const id = i === 0 ? props.name : `${props.name}-${i + 1}`;
            return (
              <>
                <div class="govuk-radios__item">
                  <input
                    class="govuk-radios__input"
                    id={id}
                    name={props.name}
                    type="radio"
                    value={o.value}
                    checked={o.value === props.value}
                    aria-describedby={o.hint ? `${id}-item-hint` : undefined}
                  />
                  <label class="govuk-label govuk-radios__label" for={id}>
                    {o.label}
                  </label>
                  {o.hint ? (
                    <div id={`${id}-item-hint`} class="govuk-hint govuk-radios__hint">
                      {o.hint}
                    </div>
                  ) : null}
                </div>
                {o.conditional ? (
                  <div class="govuk-radios__conditional" id={`${id}-conditional`}>
                    {o.conditional}
                  </div>
                ) : null}
              </>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** One GOV.UK checkbox with its own label. */
export function Checkbox(props: {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly hint?: string;
  readonly value?: string;
}): Html {
  return (
    <div class="govuk-checkboxes__item">
      <input
        class="govuk-checkboxes__input"
        id={props.id}
        name={props.id}
        type="checkbox"
        value={props.value ?? 'yes'}
        checked={props.checked}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
      />
      <label class="govuk-label govuk-checkboxes__label" for={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <div id={`${props.id}-hint`} class="govuk-hint govuk-checkboxes__hint">
          {props.hint}
        </div>
      ) : null}
    </div>
  );
}

/** GOV.UK's green success banner, after a change saved (POST, then redirect, then this). */
export function SuccessBanner({ text }: { text: string }): Html {
  return (
    <div
      class="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="success-title"
      data-module="govuk-notification-banner"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="success-title">
          Success
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{text}</p>
      </div>
    </div>
  );
}
