import type { RecommendationView, TrackerRow } from '../../../app/tracker/trackerBoard.js';
import { formatDate } from '../../../domain/calendar/dateInWords.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { TableRegion } from '../../pages/tableRegion.js';
import { CsrfField, type FieldError } from '../forms/formFields.js';
import { SuccessBanner } from '../schedule/scheduleFields.js';
import { RecommendationDetails, ResponseTag } from './recommendationDetails.js';
import { ResponseFields, ResponseHistory, summaryOf, type DateError, type ResponseValues } from './responseForm.js';

export const RESPONSES_HOME = '/workspace/responses';
export const responsePath = (id: string): string => `${RESPONSES_HOME}/${encodeURIComponent(id)}`;

function short(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A decision maker's list: the recommendations addressed to them, overdue ones first. */
export function ResponsesPage({ rows, answered }: { rows: readonly TrackerRow[]; answered: string | null }): Html {
  const waiting = rows.filter((r) => r.response === null).length;
  const overdue = rows.filter((r) => r.overdue).length;
  return (
    <Layout title="Recommendations to answer" breadcrumbs={[{ href: '/workspace', text: 'Workspace' }]}>
      {answered ? <SuccessBanner text={`Your response to ${answered} was recorded`} /> : null}
      <h1 class="govuk-heading-xl">Recommendations to answer</h1>
      <p class="govuk-body">
        Scrutiny committees’ recommendations addressed to you. A response is due within two calendar months of a
        recommendation being sent: say whether it is accepted, why, and what will be done by when. The committee sees
        your response at its next meeting.
      </p>
      <p class="govuk-body govuk-!-font-weight-bold">
        {rows.length} recommendation{rows.length === 1 ? '' : 's'}, {waiting} awaiting your response, {overdue} overdue
      </p>
      {rows.length ? (
        <TableRegion label="Recommendations addressed to you">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m">Recommendations addressed to you</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                {['Reference', 'Recommendation', 'Response due', 'Response'].map((h) => (
                  <th scope="col" class="govuk-table__header">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {rows.map((r) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <a class="govuk-link" href={responsePath(r.id)}>
                      {r.reference ?? 'No reference'}
                      <span class="govuk-visually-hidden">: {short(r.text, 60)}</span>
                    </a>
                  </td>
                  <td class="govuk-table__cell">
                    {short(r.text)}
                    <br />
                    <span class="govuk-body-s">
                      {r.body.name}, {formatDate(r.meeting.date)}
                    </span>
                  </td>
                  <td class="govuk-table__cell">{r.responseDueOn ? formatDate(r.responseDueOn) : 'Not yet sent'}</td>
                  <td class="govuk-table__cell">
                    <ResponseTag row={r} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p class="govuk-body">No recommendations are addressed to you.</p>
      )}
    </Layout>
  );
}

/** One recommendation and the decision maker's response form. */
export function RespondPage(props: {
  csrfToken: string;
  view: RecommendationView;
  version: number;
  values: ResponseValues;
  errors?: readonly FieldError[];
  dateErrors?: readonly DateError[];
  conflict?: string | null;
}): Html {
  const e = props.view.entry;
  const errors = props.errors ?? [];
  const dateErrors = props.dateErrors ?? [];
  const summary = summaryOf(errors, dateErrors);
  const title = `Respond to recommendation ${e.reference ?? ''}`.trim();
  return (
    <Layout
      title={title}
      error={summary.length > 0 || Boolean(props.conflict)}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: RESPONSES_HOME, text: 'Recommendations to answer' },
      ]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {summary.length ? <ErrorSummary errors={summary} /> : null}
          {props.conflict ? (
            <div class="govuk-error-summary" data-module="govuk-error-summary">
              <div role="alert">
                <h2 class="govuk-error-summary__title">This recommendation changed</h2>
                <div class="govuk-error-summary__body">
                  <p class="govuk-body">{props.conflict}</p>
                </div>
              </div>
            </div>
          ) : null}
          <h1 class="govuk-heading-xl">{title}</h1>
          <RecommendationDetails view={props.view} />
          <ResponseHistory responses={props.view.responses} actions={props.view.actions} />
          <h2 class="govuk-heading-l">{props.view.responses.length ? 'A further response' : 'Your response'}</h2>
          <form method="post" action={responsePath(e.id)} novalidate>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="version" value={String(props.version)} />
            <ResponseFields
              values={props.values}
              errors={errors}
              dateErrors={dateErrors}
              canPromiseActions={e.resolutionId !== null}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Send response
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
