import { formatDate } from '../../../domain/calendar/dateInWords.js';
import type { DecisionNotice } from '../../../domain/decisions/decisionNotice.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { CALL_IN_LABELS } from './decisionForm.js';
import { TableRegion } from '../../pages/tableRegion.js';

export function DecisionListPage({ notices }: { notices: readonly DecisionNotice[] }): Html {
  return (
    <Layout title="Decision notices">
      <h1 class="govuk-heading-xl">Decision notices</h1>
      <a class="govuk-button" href="/workspace/decisions/new" role="button" data-module="govuk-button">
        Publish a decision notice
      </a>
      {notices.length === 0 ? (
        <p class="govuk-body">No decision notices yet.</p>
      ) : (
        <TableRegion label="Decisions, latest published first">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m">Latest published first</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Decision
                </th>
                <th scope="col" class="govuk-table__header">
                  Published
                </th>
                <th scope="col" class="govuk-table__header">
                  Call-in
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {notices.map((n) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <a class="govuk-link" href={`/decisions/${encodeURIComponent(n.id)}`}>
                      {n.title}
                    </a>
                    <br />
                    <span class="govuk-body-s">{n.decisionMaker}</span>
                  </td>
                  <td class="govuk-table__cell">{formatDate(n.publishedOn)}</td>
                  <td class="govuk-table__cell">
                    {n.callInDeadline ? `Until ${formatDate(n.callInDeadline)}` : CALL_IN_LABELS[n.callIn]}
                    {n.callInDeadline ? (
                      <>
                        <br />
                        <a class="govuk-link" href={`/workspace/call-ins/new?decision=${encodeURIComponent(n.id)}`}>
                          Record a call-in<span class="govuk-visually-hidden"> of {n.title}</span>
                        </a>
                      </>
                    ) : null}
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

/** GOV.UK's confirmation page after a publish: what happened and what happens next. */
export function DecisionPublishedPage({ notice }: { notice: DecisionNotice }): Html {
  return (
    <Layout title="Decision notice published">
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title">Decision notice published</h1>
            <div class="govuk-panel__body">{notice.title}</div>
          </div>
          <h2 class="govuk-heading-m">What happens next</h2>
          {notice.callInDeadline ? (
            <p class="govuk-body">
              It may be called in until the end of {formatDate(notice.callInDeadline)}. If it is not, it may be carried
              out from {formatDate(notice.implementableOn)}.
            </p>
          ) : (
            <p class="govuk-body">
              It is not subject to call-in and may be carried out from {formatDate(notice.implementableOn)}.
            </p>
          )}
          <p class="govuk-body">
            <a class="govuk-link" href={`/decisions/${encodeURIComponent(notice.id)}`}>
              See the notice as the public sees it
            </a>{' '}
            or{' '}
            <a class="govuk-link" href="/workspace/decisions">
              go back to decision notices
            </a>
            .
          </p>
        </div>
      </div>
    </Layout>
  );
}
