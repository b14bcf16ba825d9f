import { ACTION_ROWS, responseSchema, type ResponseInput } from '../../../app/tracker/recordResponse.js';
import { formatDate } from '../../../domain/calendar/dateInWords.js';
import type { AppError } from '../../../domain/errors.js';
import type { IsoDate } from '../../../domain/isoDateType.js';
import { ACCEPTANCES, type Acceptance } from '../../../domain/recommendation.js';
import type { TrackerResponse } from '../../../domain/tracker/trackerEntry.js';
import type { ResolutionAction } from '../../../domain/resolutionAction.js';
import { datePartsFrom, datePartsOf, EMPTY_DATE, readDateParts, type DateParts } from '../../pages/dateInput.js';
import { DateInputField } from '../../pages/dateInputField.js';
import type { Html } from '../../pages/html.js';
import { fieldErrors } from '../forms/formBody.js';
import { errorFor, TextArea, TextInput, type FieldError } from '../forms/formFields.js';
import { Radios } from '../schedule/scheduleFields.js';

export const ACCEPTANCE_LABELS: Readonly<Record<Acceptance, string>> = {
  accepted: 'Accepted',
  partially_accepted: 'Partly accepted',
  rejected: 'Rejected',
  deferred: 'Deferred: an answer will follow',
};

/** The response form as typed, kept so a refused form shows it again. */
export interface ResponseValues {
  readonly acceptance: string;
  readonly text: string;
  readonly respondedOn: DateParts;
  readonly implementation: string;
  readonly actions: readonly { readonly description: string; readonly dueOn: DateParts }[];
}

export function emptyResponse(today: IsoDate): ResponseValues {
  return {
    acceptance: '',
    text: '',
    respondedOn: datePartsOf(today),
    implementation: '',
    actions: Array.from({ length: ACTION_ROWS }, () => ({ description: '', dueOn: EMPTY_DATE })),
  };
}

/** A date's problem, for the summary and beside its boxes. */
export interface DateError {
  readonly name: string;
  readonly message: string;
  readonly parts: readonly ('day' | 'month' | 'year')[];
}

export interface ResponseReading {
  readonly values: ResponseValues;
  readonly input: ResponseInput | null;
  readonly errors: readonly FieldError[];
  readonly dateErrors: readonly DateError[];
}

/** Reads the posted response form: every field's problem at once, before anything is saved. */
export function readResponseForm(form: Readonly<Record<string, string>>): ResponseReading {
  const values: ResponseValues = {
    acceptance: form.acceptance ?? '',
    text: form.text ?? '',
    respondedOn: datePartsFrom(form, 'respondedOn'),
    implementation: form.implementation ?? '',
    actions: Array.from({ length: ACTION_ROWS }, (_, k) => ({
      description: form[`action${k + 1}`] ?? '',
      dueOn: datePartsFrom(form, `action${k + 1}Due`),
    })),
  };
  const dateErrors: DateError[] = [];
  const date = (name: string, parts: DateParts, label: string, required: boolean): string => {
    const reading = readDateParts(parts, label);
    if (!reading.ok) dateErrors.push({ name, ...reading.problem });
    else if (required && reading.iso === null)
      dateErrors.push({ name, message: `Enter the ${label.toLowerCase()}`, parts: ['day', 'month', 'year'] });
    return reading.ok ? (reading.iso ?? '') : '';
  };
  const input = {
    version: form.version ?? '',
    acceptance: values.acceptance,
    text: values.text,
    respondedOn: date('respondedOn', values.respondedOn, 'Date of the response', true),
    implementation: values.implementation,
    actions: values.actions.map((a, k) => ({
      description: a.description,
      dueOn: date(`action${k + 1}Due`, a.dueOn, `Action ${k + 1} date`, false),
    })),
  };
  const parsed = responseSchema.omit({ respondedOn: true }).safeParse(input);
  const errors = parsed.success ? [] : fieldErrors(parsed.error).filter((e) => e.field !== 'version');
  values.actions.forEach((a, k) => {
    if (a.description.trim() === '' && input.actions[k]!.dueOn !== '')
      errors.push({ field: `action${k + 1}`, message: `Say what action ${k + 1} is, or clear its date` });
  });
  return { values, input: errors.length || dateErrors.length ? null : input, errors, dateErrors };
}

/** The use case's refusal of a response, on the field it concerns. */
export function responseErrorOf(error: AppError): FieldError[] {
  const field = /date of the response/.test(error.message)
    ? 'respondedOn-day'
    : /action/.test(error.message)
      ? 'action1'
      : 'text';
  return [{ field, message: error.message.charAt(0).toUpperCase() + error.message.slice(1) }];
}

export function summaryOf(errors: readonly FieldError[], dateErrors: readonly DateError[]) {
  return [
    ...errors.map((e) => ({ target: e.field, message: e.message })),
    ...dateErrors.map((d) => ({ target: `${d.name}-${d.parts[0] ?? 'day'}`, message: d.message })),
  ];
}

/** The fields of a response: acceptance, text, date, how it was implemented and promised actions. */
export function ResponseFields(props: {
  values: ResponseValues;
  errors: readonly FieldError[];
  dateErrors: readonly DateError[];
  /** Actions need the recommendation's resolution to hang on. */
  canPromiseActions: boolean;
}): Html {
  const { values, errors } = props;
  const dateError = (name: string) => props.dateErrors.find((d) => d.name === name) ?? null;
  return (
    <>
      <Radios
        name="acceptance"
        legend="Is the recommendation accepted?"
        value={values.acceptance}
        options={ACCEPTANCES.map((a) => ({ value: a, label: ACCEPTANCE_LABELS[a] }))}
        error={errorFor(errors, 'acceptance')}
      />
      <TextArea
        id="text"
        label="Response"
        hint="Whether it is accepted and why, as the decision maker puts it"
        value={values.text}
        rows={6}
        error={errorFor(errors, 'text')}
      />
      <DateInputField
        name="respondedOn"
        legend="Date of the response"
        hint="For example, 27 3 2026"
        value={values.respondedOn}
        error={dateError('respondedOn')}
      />
      <TextArea
        id="implementation"
        label="How it has been implemented (optional)"
        hint="Evidence of what has been done, for an accepted recommendation"
        value={values.implementation}
        rows={3}
        error={errorFor(errors, 'implementation')}
      />
      {props.canPromiseActions ? (
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Actions promised (optional)</legend>
          <p class="govuk-hint">What will be done and by when; leave rows empty that are not needed.</p>
          {values.actions.map((a, k) => (
            <>
              <TextInput
                id={`action${k + 1}`}
                label={`Action ${k + 1}`}
                value={a.description}
                error={errorFor(errors, `action${k + 1}`)}
              />
              <DateInputField
                name={`action${k + 1}Due`}
                legend={`Action ${k + 1}: to be done by (optional)`}
                hint="For example, 30 9 2026"
                value={a.dueOn}
                error={dateError(`action${k + 1}Due`)}
              />
            </>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}

/** Earlier responses and the actions promised, as recorded. */
export function ResponseHistory(props: {
  responses: readonly TrackerResponse[];
  actions: readonly ResolutionAction[];
}): Html {
  return (
    <>
      <h2 class="govuk-heading-l">Responses</h2>
      {props.responses.length === 0 ? (
        <p class="govuk-body">No response recorded.</p>
      ) : (
        props.responses.map((r) => (
          <div class="govuk-inset-text">
            <p class="govuk-body govuk-!-font-weight-bold">
              {ACCEPTANCE_LABELS[r.acceptance]}, {formatDate(r.respondedOn)}
              {r.recordedBy ? '' : ' (imported)'}
            </p>
            <p class="govuk-body">{r.text}</p>
            {r.implementation ? <p class="govuk-body">Implementation: {r.implementation}</p> : null}
          </div>
        ))
      )}
      {props.actions.length ? (
        <>
          <h2 class="govuk-heading-m">Actions promised</h2>
          <ul class="govuk-list govuk-list--bullet">
            {props.actions.map((a) => (
              <li>
                {a.description} ({a.owner}
                {a.dueOn ? `, by ${formatDate(a.dueOn)}` : ''})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
