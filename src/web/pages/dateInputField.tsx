import type { DatePart, DateParts } from './dateInput.js';
import type { Html } from './html.js';

export interface DateInputFieldProps {
  /** The field's name: boxes are `{name}-day`, `{name}-month`, `{name}-year`, and so are their ids. */
  readonly name: string;
  readonly legend: string;
  readonly hint: string;
  readonly value: DateParts;
  /** The error to show beside the field, and the boxes it concerns. */
  readonly error?: { readonly message: string; readonly parts: readonly DatePart[] } | null;
}

const BOXES: readonly { part: DatePart; label: string; width: number }[] = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
];

/** GOV.UK's date input: a fieldset of day, month and year boxes, with its error message above them. */
export function DateInputField({ name, legend, hint, value, error }: DateInputFieldProps): Html {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" role="group" aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div id={hintId} class="govuk-hint">
          {hint}
        </div>
        {error ? (
          <p id={errorId} class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> {error.message}
          </p>
        ) : (
          ''
        )}
        <div class="govuk-date-input" id={name}>
          {BOXES.map((box) => (
            <div class="govuk-date-input__item">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for={`${name}-${box.part}`}>
                  {box.label}
                </label>
                <input
                  class={`govuk-input govuk-date-input__input govuk-input--width-${box.width}${
                    error?.parts.includes(box.part) ? ' govuk-input--error' : ''
                  }`}
                  id={`${name}-${box.part}`}
                  name={`${name}-${box.part}`}
                  type="text"
                  inputmode="numeric"
                  value={value[box.part]}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
