import type { RecommendationView, TrackerBoard, TrackerRow } from '../../../app/tracker/trackerBoard.js';
import { formatDate } from '../../../domain/calendar/dateInWords.js';
import { RAG_LABELS, RAG_RATINGS } from '../../../domain/tracker/rag.js';
import type { DateParts } from '../../pages/dateInput.js';
import { DateInputField } from '../../pages/dateInputField.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { TableRegion } from '../../pages/tableRegion.js';
import { CsrfField, errorFor, SelectField, TextInput, type FieldError } from '../forms/formFields.js';
import { documentName, fileDocumentPath } from '../documents/documentPages.js';
import { meetingHubPath } from '../meetings/meetingPages.js';
import { RecommendationDetails, ResponseTag } from '../responses/recommendationDetails.js';
import {
  ResponseFields,
  ResponseHistory,
  summaryOf,
  type DateError,
  type ResponseValues,
} from '../responses/responseForm.js';
import { SuccessBanner } from '../schedule/scheduleFields.js';

export const TRACKER_HOME = '/workspace/tracker';
export const trackerPath = (id: string): string => `${TRACKER_HOME}/${encodeURIComponent(id)}`;
export const meetingTrackerPath = (meetingId: string): string => `${meetingHubPath(meetingId)}/tracker`;

const STATES = [
  { value: '', label: 'All' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'awaiting', label: 'Sent, awaiting a response' },
  { value: 'responded', label: 'Responded' },
  { value: 'not_sent', label: 'Not yet sent' },
];

export function short(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface TrackerFilterValues {
  readonly body: string;
  readonly year: string;
  readonly state: string;
}

/** The table of recommendations, for the tracker and a meeting's part of it. */
export function TrackerTable({ rows, link }: { rows: readonly TrackerRow[]; link: (id: string) => string }): Html {
  return (
    <TableRegion label="Recommendations">
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--m">Recommendations</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            {['Reference', 'Recommendation', 'Addressed to', 'Response due', 'Response', 'Progress'].map((h) => (
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
                <a class="govuk-link" href={link(r.id)}>
                  {r.reference ?? 'No reference'}
                  <span class="govuk-visually-hidden">: {short(r.text, 60)}</span>
                </a>
              </td>
              <td class="govuk-table__cell">
                {short(r.text)}
                <br />
                <span class="govuk-body-s">
                  {r.body.name}, {formatDate(r.meeting.date)}
                  {r.item ? `, ${r.item.title}` : ''}
                </span>
              </td>
              <td class="govuk-table__cell">{r.decisionMaker ?? r.addressee?.email ?? 'Not yet addressed'}</td>
              <td class="govuk-table__cell">{r.responseDueOn ? formatDate(r.responseDueOn) : 'Not sent'}</td>
              <td class="govuk-table__cell">
                <ResponseTag row={r} />
              </td>
              <td class="govuk-table__cell">{r.rag ? RAG_LABELS[r.rag] : 'Not rated'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

export function TrackerBoardPage(props: {
  board: TrackerBoard;
  filter: TrackerFilterValues;
  /** Set on a meeting's tracker page: the meeting it lists, with its title. */
  meeting?: { id: string; title: string } | null;
}): Html {
  const { board, filter, meeting } = props;
  const overdue = board.rows.filter((r) => r.overdue).length;
  const title = meeting ? `Recommendation tracker: ${meeting.title}` : 'Recommendation tracker';
  return (
    <Layout
      title={title}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        ...(meeting ? [{ href: meetingHubPath(meeting.id), text: meeting.title }] : []),
      ]}
    >
      <h1 class="govuk-heading-xl">{title}</h1>
      <p class="govuk-body">
        Each recommendation the committee made, to whom it went, when its response is due (two calendar months after it
        is sent), the response and the committee’s view of progress. Overdue responses come first.
      </p>
      {meeting ? (
        <p class="govuk-body">
          <a class="govuk-link" href={TRACKER_HOME}>
            The whole tracker
          </a>
        </p>
      ) : (
        <form method="get" action={TRACKER_HOME} novalidate>
          <SelectField
            id="body"
            label="Committee"
            value={filter.body}
            options={[
              { value: '', label: 'All committees' },
              ...board.bodies.map((b) => ({ value: b.id, label: b.name })),
            ]}
          />
          <SelectField
            id="year"
            label="Municipal year"
            value={filter.year}
            options={[{ value: '', label: 'All years' }, ...board.years.map((y) => ({ value: y, label: y }))]}
          />
          <SelectField id="state" label="Response" value={filter.state} options={STATES} />
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
            Show recommendations
          </button>
        </form>
      )}
      <p class="govuk-body govuk-!-font-weight-bold">
        {board.rows.length} recommendation{board.rows.length === 1 ? '' : 's'}, {overdue} overdue
      </p>
      {board.rows.length ? <TrackerTable rows={board.rows} link={trackerPath} /> : null}
      {board.unfiled.length ? <UnfiledRecommendations found={board.unfiled} /> : null}
    </Layout>
  );
}

/** What the import found recommended in documents it could not place: tracked once a clerk files them. */
function UnfiledRecommendations({ found }: { found: TrackerBoard['unfiled'] }): Html {
  return (
    <>
      <h2 class="govuk-heading-m">Found in documents not yet placed at a meeting</h2>
      <p class="govuk-body">
        {found.length} recommendation{found.length === 1 ? '' : 's'} in imported documents that name no committee or
        date. They are tracked, with a reference and a response due date, once the document is filed at its meeting.
      </p>
      <ul class="govuk-list govuk-list--bullet">
        {found.map((r) => (
          <li>
            {short(r.text)}{' '}
            <a class="govuk-link" href={fileDocumentPath(r.documentId)}>
              File {documentName({ title: r.documentTitle, origin: r.origin })} at its meeting
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

export interface ChangeValues {
  readonly decisionMaker: string;
  readonly addresseeAccountId: string;
  readonly sentOn: DateParts;
  readonly rag: string;
}

export function RecommendationPage(props: {
  csrfToken: string;
  view: RecommendationView;
  version: number;
  change: ChangeValues;
  changeErrors?: readonly FieldError[];
  sentError?: DateError | null;
  response: ResponseValues;
  responseErrors?: readonly FieldError[];
  responseDateErrors?: readonly DateError[];
  conflict?: string | null;
  saved?: string | null;
}): Html {
  const e = props.view.entry;
  const changeErrors = props.changeErrors ?? [];
  const responseErrors = props.responseErrors ?? [];
  const responseDateErrors = props.responseDateErrors ?? [];
  const summary = [
    ...summaryOf(changeErrors, props.sentError ? [props.sentError] : []),
    ...summaryOf(responseErrors, responseDateErrors),
  ];
  const title = `Recommendation ${e.reference ?? ''}`.trim();
  return (
    <Layout
      title={title}
      error={summary.length > 0 || Boolean(props.conflict)}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: TRACKER_HOME, text: 'Recommendation tracker' },
      ]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {props.saved ? <SuccessBanner text={props.saved} /> : null}
          {summary.length ? <ErrorSummary errors={summary} /> : null}
          {props.conflict ? (
            <div class="govuk-error-summary" data-module="govuk-error-summary">
              <div role="alert">
                <h2 class="govuk-error-summary__title">Someone else changed this recommendation</h2>
                <div class="govuk-error-summary__body">
                  <p class="govuk-body">{props.conflict}</p>
                </div>
              </div>
            </div>
          ) : null}
          <h1 class="govuk-heading-xl">{title}</h1>
          <RecommendationDetails view={props.view} />
          <h2 class="govuk-heading-l">Addressee, date sent and progress</h2>
          <form method="post" action={trackerPath(e.id)} novalidate>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="version" value={String(props.version)} />
            <TextInput
              id="decisionMaker"
              label="Addressed to"
              hint="For example, the Executive, or the Portfolio Holder for Children and Young People"
              value={props.change.decisionMaker}
              error={errorFor(changeErrors, 'decisionMaker')}
            />
            <SelectField
              id="addresseeAccountId"
              label="Decision maker who answers in Quorum (optional)"
              value={props.change.addresseeAccountId}
              options={[
                { value: '', label: 'Nobody: the clerk records the response' },
                ...props.view.decisionMakers.map((d) => ({ value: d.id, label: d.email })),
              ]}
              error={errorFor(changeErrors, 'addresseeAccountId')}
            />
            <DateInputField
              name="sentOn"
              legend="Date sent (optional)"
              hint="The response is due two calendar months later. For example, 27 3 2026"
              value={props.change.sentOn}
              error={props.sentError ?? null}
            />
            <SelectField
              id="rag"
              label="The committee’s view of progress"
              value={props.change.rag}
              options={[
                { value: '', label: 'Not rated' },
                ...RAG_RATINGS.map((r) => ({ value: r, label: RAG_LABELS[r] })),
              ]}
              error={errorFor(changeErrors, 'rag')}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Save
            </button>
          </form>
          <ResponseHistory responses={props.view.responses} actions={props.view.actions} />
          <h2 class="govuk-heading-l">Record a response on the decision maker’s behalf</h2>
          <form method="post" action={`${trackerPath(e.id)}/response`} novalidate>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="version" value={String(props.version)} />
            <ResponseFields
              values={props.response}
              errors={responseErrors}
              dateErrors={responseDateErrors}
              canPromiseActions={e.resolutionId !== null}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Record response
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
