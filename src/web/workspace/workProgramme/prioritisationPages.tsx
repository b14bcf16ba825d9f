import { maxTotal, type Prioritisation } from '../../../domain/workProgramme/prioritisation.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { TableRegion } from '../../pages/tableRegion.js';
import { CsrfField, errorFor, TextArea, TextInput, type FieldError } from '../forms/formFields.js';
import { Checkbox, SuccessBanner } from '../schedule/scheduleFields.js';
import type { PrioritisationValues } from './prioritisationForm.js';
import { PRIORITISATION_ADMIN, PROGRAMME_HOME } from './workProgrammePaths.js';

/** The questions and threshold as a table: on the work programme's home for clerks, who may not change them. */
export function PrioritisationSummary({
  prioritisation,
  mayChange,
}: {
  prioritisation: Prioritisation;
  mayChange: boolean;
}): Html {
  return (
    <>
      <h2 class="govuk-heading-m">Prioritisation questions</h2>
      <p class="govuk-body">
        Each topic is scored against these questions. A topic scoring {prioritisation.threshold} of{' '}
        {maxTotal(prioritisation.criteria)} or more is a priority.
      </p>
      <TableRegion label="Prioritisation questions">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-visually-hidden">Prioritisation questions</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Question
              </th>
              <th scope="col" class="govuk-table__header">
                Scores
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {prioritisation.criteria.map((c) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">{c.question}</td>
                <td class="govuk-table__cell">
                  0 to {c.maxScore}
                  {c.countsAgainst ? '; a high score lowers the total' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {mayChange ? (
        <p class="govuk-body">
          <a class="govuk-link" href={PRIORITISATION_ADMIN}>
            Change the prioritisation questions and threshold
          </a>
        </p>
      ) : (
        <p class="govuk-body">An administrator may change the questions and the threshold.</p>
      )}
    </>
  );
}

/**
 * An administrator's form for the council's prioritisation questions: every question with its highest
 * score and direction, a box to remove it, a blank row to add one, and the threshold. One form, one
 * Save, so it works without JavaScript; a removed question's scores stay stored but stop counting.
 */
export function PrioritisationFormPage(props: {
  csrfToken: string;
  values: PrioritisationValues;
  errors?: readonly FieldError[];
  notice?: string | null;
}): Html {
  const errors = props.errors ?? [];
  const { values } = props;
  return (
    <Layout
      title={`${errors.length ? 'Error: ' : ''}Prioritisation questions`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: PROGRAMME_HOME, text: 'Work programmes' },
      ]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {errors.length ? (
            <ErrorSummary errors={errors.map((e) => ({ target: e.field, message: e.message }))} />
          ) : null}
          {props.notice ? <SuccessBanner text={props.notice} /> : null}
          <h1 class="govuk-heading-l">Prioritisation questions</h1>
          <p class="govuk-body">
            Scrutiny topics are scored against these questions, each from 0 to its highest score, and a topic whose
            total reaches the threshold is a priority. Scores already given stay with their question: a removed
            question's scores stop counting, and topics are not scored on a new one until someone scores them.
          </p>
          <form method="post" action={PRIORITISATION_ADMIN} novalidate>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="rows" value={String(values.rows.length)} />
            {values.rows.map((row, n) => (
              <fieldset class="govuk-fieldset govuk-!-margin-bottom-6">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Question {n + 1}</legend>
                <input type="hidden" name={`key-${n}`} value={row.key} />
                <TextArea
                  id={`question-${n}`}
                  label="Question"
                  rows={2}
                  value={row.question}
                  error={errorFor(errors, `question-${n}`)}
                />
                <TextInput
                  id={`max-${n}`}
                  label="Highest score"
                  hint="Scores run from 0 to this: a whole number from 1 to 10"
                  inputmode="numeric"
                  width="govuk-input--width-2"
                  value={row.maxScore}
                  error={errorFor(errors, `max-${n}`)}
                />
                <div class={`govuk-form-group${errorFor(errors, `remove-${n}`) ? ' govuk-form-group--error' : ''}`}>
                  {errorFor(errors, `remove-${n}`) ? (
                    <p id={`remove-${n}-error`} class="govuk-error-message">
                      <span class="govuk-visually-hidden">Error:</span> {errorFor(errors, `remove-${n}`)!.message}
                    </p>
                  ) : null}
                  <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                    <Checkbox
                      id={`against-${n}`}
                      label="A high score argues against the topic"
                      hint="For a question like “Is it already reviewed elsewhere?”: its score is taken off"
                      checked={row.countsAgainst}
                    />
                    <Checkbox id={`remove-${n}`} label={`Remove question ${n + 1}`} checked={row.remove} />
                  </div>
                </div>
              </fieldset>
            ))}
            <fieldset class="govuk-fieldset govuk-!-margin-bottom-6">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Add a question</legend>
              <TextArea
                id="question-new"
                label="New question"
                hint="Leave this blank to add none"
                rows={2}
                value={values.added.question}
                error={errorFor(errors, 'question-new')}
              />
              <TextInput
                id="max-new"
                label="Highest score of the new question"
                hint="A whole number from 1 to 10"
                inputmode="numeric"
                width="govuk-input--width-2"
                value={values.added.maxScore}
                error={errorFor(errors, 'max-new')}
              />
              <div class="govuk-form-group">
                <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                  <Checkbox
                    id="against-new"
                    label="A high score argues against the topic"
                    checked={values.added.countsAgainst}
                  />
                </div>
              </div>
            </fieldset>
            <TextInput
              id="threshold"
              label="Threshold"
              hint="A topic whose total reaches this is a priority; it cannot be more than the highest scores added up"
              inputmode="numeric"
              width="govuk-input--width-4"
              value={values.threshold}
              error={errorFor(errors, 'threshold')}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Save questions and threshold
            </button>
          </form>
          <p class="govuk-body">
            <a class="govuk-link" href={PROGRAMME_HOME}>
              Back to work programmes
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
