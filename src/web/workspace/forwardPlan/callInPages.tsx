import type { CallInBoard } from '../../../app/callIn/callInReads.js';
import { formatDate } from '../../../domain/calendar/dateInWords.js';
import { CALL_IN_OUTCOME_LABELS, type CallInRequest } from '../../../domain/callIn/callInRequest.js';
import type { DecisionNotice } from '../../../domain/decisions/decisionNotice.js';
import { DateInputField } from '../../pages/dateInputField.js';
import type { DateParts } from '../../pages/dateInput.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { TableRegion } from '../../pages/tableRegion.js';
import { CsrfField, errorFor, SelectField, TextArea, type FieldError } from '../forms/formFields.js';
import { summaryOf, type DateError } from '../forms/formDates.js';
import { Banner } from './forwardPlanPages.js';
import { OUTCOME_OPTIONS } from './forwardPlanLabels.js';

const CRUMBS = [
  { href: '/workspace', text: 'Workspace' },
  { href: '/workspace/call-ins', text: 'Call-ins' },
];

export function CallInBoardPage({ board, saved }: { board: CallInBoard; saved: boolean }): Html {
  return (
    <Layout title="Call-ins" breadcrumbs={[{ href: '/workspace', text: 'Workspace' }]}>
      {saved ? <Banner text="Call-in saved" /> : null}
      <h1 class="govuk-heading-xl">Call-ins</h1>
      <p class="govuk-body">
        Decisions subject to call-in, latest published first, with the call-ins made against them. A call-in must be
        made by the end of the call-in period.
      </p>
      {board.notices.length === 0 ? (
        <p class="govuk-body">No decision notices subject to call-in yet.</p>
      ) : (
        <TableRegion label="Decisions subject to call-in">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m">Latest published first</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Decision
                </th>
                <th scope="col" class="govuk-table__header">
                  Call-in period
                </th>
                <th scope="col" class="govuk-table__header">
                  Call-ins
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {board.notices.map(({ notice, callIns }) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <a class="govuk-link" href={`/decisions/${encodeURIComponent(notice.id)}`}>
                      {notice.title}
                    </a>
                    <br />
                    <a
                      class="govuk-link govuk-body-s"
                      href={`/workspace/call-ins/new?decision=${encodeURIComponent(notice.id)}`}
                    >
                      Record a call-in<span class="govuk-visually-hidden"> of {notice.title}</span>
                    </a>
                  </td>
                  <td class="govuk-table__cell">
                    {formatDate(notice.publishedOn)} to {formatDate(notice.callInDeadline ?? notice.publishedOn)}
                  </td>
                  <td class="govuk-table__cell">
                    {callIns.length === 0 ? (
                      'None'
                    ) : (
                      <ul class="govuk-list">
                        {callIns.map((ci) => (
                          <li>
                            <a class="govuk-link" href={`/workspace/call-ins/${encodeURIComponent(ci.id)}`}>
                              {formatDate(ci.requestedOn)}
                            </a>
                            : {CALL_IN_OUTCOME_LABELS[ci.outcome]}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </Layout>
  );
}

export interface CallInFormValues {
  readonly requestedOn: DateParts;
  readonly members: string;
  readonly grounds: string;
}

function NoticeSummary({ notice }: { notice: DecisionNotice }): Html {
  return (
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Decision</dt>
        <dd class="govuk-summary-list__value">{notice.title}</dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Decision maker</dt>
        <dd class="govuk-summary-list__value">{notice.decisionMaker}</dd>
      </div>
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key">Call-in period</dt>
        <dd class="govuk-summary-list__value">
          {notice.callInDeadline
            ? `${formatDate(notice.publishedOn)} to ${formatDate(notice.callInDeadline)}`
            : 'Not subject to call-in'}
        </dd>
      </div>
    </dl>
  );
}

export function NewCallInPage(props: {
  csrfToken: string;
  notice: DecisionNotice;
  values: CallInFormValues;
  errors?: readonly FieldError[];
  dateErrors?: readonly DateError[];
}): Html {
  const errors = props.errors ?? [];
  const dateErrors = props.dateErrors ?? [];
  const summary = summaryOf(errors, dateErrors);
  return (
    <Layout title="Record a call-in" error={summary.length > 0} breadcrumbs={CRUMBS}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {summary.length ? <ErrorSummary errors={summary} /> : null}
          <h1 class="govuk-heading-xl">Record a call-in</h1>
          <NoticeSummary notice={props.notice} />
          <form method="post" action="/workspace/call-ins" novalidate>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="decisionNoticeId" value={props.notice.id} />
            <DateInputField
              name="requestedOn"
              legend="Date of the request"
              hint="Within the call-in period"
              value={props.values.requestedOn}
              error={dateErrors.find((e) => e.field === 'requestedOn') ?? null}
            />
            <TextArea
              id="members"
              label="Members requesting the call-in"
              hint="One a line, as they signed"
              rows={4}
              value={props.values.members}
              error={errorFor(errors, 'members')}
            />
            <TextArea id="grounds" label="Grounds" value={props.values.grounds} error={errorFor(errors, 'grounds')} />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Record call-in
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

export interface OutcomeFormValues {
  readonly outcome: string;
  readonly outcomeOn: DateParts;
  readonly outcomeNotes: string;
}

export function CallInOutcomePage(props: {
  csrfToken: string;
  notice: DecisionNotice;
  callIn: CallInRequest;
  version: number;
  values: OutcomeFormValues;
  errors?: readonly FieldError[];
  dateErrors?: readonly DateError[];
  conflict?: string | null;
}): Html {
  const errors = props.errors ?? [];
  const dateErrors = props.dateErrors ?? [];
  const summary = [
    ...(props.conflict ? [{ target: 'outcome', message: props.conflict }] : []),
    ...summaryOf(errors, dateErrors),
  ];
  return (
    <Layout title="Outcome of a call-in" error={summary.length > 0} breadcrumbs={CRUMBS}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {summary.length ? <ErrorSummary errors={summary} /> : null}
          <h1 class="govuk-heading-xl">Outcome of a call-in</h1>
          <NoticeSummary notice={props.notice} />
          <h2 class="govuk-heading-m">The request</h2>
          <p class="govuk-body">Made on {formatDate(props.callIn.requestedOn)} by:</p>
          <ul class="govuk-list govuk-list--bullet">
            {props.callIn.members.map((m) => (
              <li>{m}</li>
            ))}
          </ul>
          <h3 class="govuk-heading-s">Grounds</h3>
          {props.callIn.grounds.split(/\n\s*\n/).map((p) => (
            <p class="govuk-body">{p}</p>
          ))}
          <form method="post" action={`/workspace/call-ins/${encodeURIComponent(props.callIn.id)}`} novalidate>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="version" value={String(props.version)} />
            <SelectField
              id="outcome"
              label="Outcome"
              value={props.values.outcome}
              options={OUTCOME_OPTIONS}
              error={errorFor(errors, 'outcome')}
            />
            <DateInputField
              name="outcomeOn"
              legend="Date of the outcome"
              hint="When the committee decided, or the request was rejected"
              value={props.values.outcomeOn}
              error={dateErrors.find((e) => e.field === 'outcomeOn') ?? null}
            />
            <TextArea
              id="outcomeNotes"
              label="Notes (optional)"
              hint="Published with the outcome"
              rows={3}
              value={props.values.outcomeNotes}
              error={errorFor(errors, 'outcomeNotes')}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Save outcome
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
