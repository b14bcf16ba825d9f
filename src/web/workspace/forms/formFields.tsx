import type { Html } from '../../pages/html.js';

/** A problem with one field, shown in the error summary and beside the field. */
export interface FieldError {
  /** The id of the field (or its first box), which the error summary links to. */
  readonly field: string;
  readonly message: string;
}

export function errorFor(errors: readonly FieldError[], field: string): FieldError | undefined {
  return errors.find((e) => e.field === field);
}

/** The session's synchronizer token: every workspace form carries it, or its POST is refused. */
export function CsrfField({ token }: { token: string }): Html {
  return <input type="hidden" name="csrf_token" value={token} />;
}

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: FieldError;
  /** The label as the page's heading (GOV.UK's one-question pages). */
  readonly labelClass?: string;
}

function describedBy(props: FieldProps): string | undefined {
  const ids = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame(props: FieldProps & { children: Html }): Html {
  return (
    <div class={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <label class={`govuk-label${props.labelClass ? ` ${props.labelClass}` : ''}`} for={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <div id={`${props.id}-hint`} class="govuk-hint">
          {props.hint}
        </div>
      ) : null}
      {props.error ? (
        <p id={`${props.id}-error`} class="govuk-error-message">
          <span class="govuk-visually-hidden">Error:</span> {props.error.message}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

/** GOV.UK's text input; the name is the id, and the value is kept as typed after an error. */
export function TextInput(
  props: FieldProps & {
    readonly value?: string;
    readonly type?: string;
    readonly autocomplete?: string;
    readonly width?:
      'govuk-input--width-2' | 'govuk-input--width-4' | 'govuk-input--width-10' | 'govuk-input--width-20';
    readonly spellcheck?: boolean;
    readonly inputmode?: 'numeric' | 'text' | 'url' | 'email';
  },
): Html {
  return (
    <FieldFrame {...props}>
      <input
        class={`govuk-input${props.width ? ` ${props.width}` : ''}${props.error ? ' govuk-input--error' : ''}`}
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        autocomplete={props.autocomplete ?? 'off'}
        spellcheck={props.spellcheck}
        inputmode={props.inputmode}
        aria-describedby={describedBy(props)}
      />
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { readonly value?: string; readonly rows?: number }): Html {
  return (
    <FieldFrame {...props}>
      <textarea
        class={`govuk-textarea${props.error ? ' govuk-textarea--error' : ''}`}
        id={props.id}
        name={props.id}
        rows={props.rows ?? 5}
        aria-describedby={describedBy(props)}
      >
        {props.value ?? ''}
      </textarea>
    </FieldFrame>
  );
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export function SelectField(
  props: FieldProps & { readonly value?: string; readonly options: readonly SelectOption[] },
): Html {
  return (
    <FieldFrame {...props}>
      <select
        class={`govuk-select${props.error ? ' govuk-select--error' : ''}`}
        id={props.id}
        name={props.id}
        aria-describedby={describedBy(props)}
      >
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
