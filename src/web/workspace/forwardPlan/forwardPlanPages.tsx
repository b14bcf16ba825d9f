import type { ForwardPlanRow } from '../../../app/forwardPlan/forwardPlanBoard.js';
import { formatDate } from '../../../domain/calendar/dateInWords.js';
import type { Body } from '../../../domain/body.js';
import type { NoticeWarning } from '../../../domain/forwardPlan/keyDecisionNotice.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { TableRegion } from '../../pages/tableRegion.js';
import { CsrfField, SelectField } from '../forms/formFields.js';
import { LATE_NOTICE_LABELS, STATUS_LABELS } from './forwardPlanLabels.js';

export function Banner({ text }: { text: string }): Html {
  return (
    <div
      class="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="banner-title"
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="banner-title">
          Success
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{text}</p>
      </div>
    </div>
  );
}

export function Warnings({ warnings }: { warnings: readonly NoticeWarning[] }): Html {
  if (warnings.length === 0) return <></>;
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">Warning</span>
        <ul class="govuk-list">
          {warnings.map((w) => (
            <li>{w.message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function ForwardPlanListPage({ rows, saved }: { rows: readonly ForwardPlanRow[]; saved: boolean }): Html {
  const warned = rows.filter((r) => r.warnings.length > 0).length;
  return (
    <Layout title="Forward plan" breadcrumbs={[{ href: '/workspace', text: 'Workspace' }]}>
      {saved ? <Banner text="Forward plan saved" /> : null}
      <h1 class="govuk-heading-xl">Forward plan</h1>
      <p class="govuk-body">
        The executive's coming decisions. A key decision needs 28 clear days' published notice, or a general exception
        or special urgency notice with its reasons.
      </p>
      <div class="govuk-button-group">
        <a class="govuk-button" href="/workspace/forward-plan/new" role="button" data-module="govuk-button">
          Add an entry
        </a>
        <a class="govuk-link" href="/workspace/call-ins">
          Call-ins
        </a>
        <a class="govuk-link" href="/forward-plan">
          The forward plan as the public sees it
        </a>
      </div>
      {rows.length === 0 ? (
        <p class="govuk-body">No entries yet.</p>
      ) : (
        <>
          <p class="govuk-body govuk-!-font-weight-bold">
            {rows.length} entr{rows.length === 1 ? 'y' : 'ies'}, {warned} with warnings
          </p>
          <TableRegion label="Forward plan entries, soonest decision first">
            <table class="govuk-table">
              <caption class="govuk-table__caption govuk-table__caption--m">Soonest decision first</caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">
                    Decision
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Expected
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Notice
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Status
                  </th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {rows.map(({ entry, warnings }) => (
                  <tr class="govuk-table__row">
                    <td class="govuk-table__cell">
                      <a class="govuk-link" href={`/workspace/forward-plan/${encodeURIComponent(entry.id)}`}>
                        {entry.title}
                      </a>
                      <br />
                      <span class="govuk-body-s">
                        {entry.decisionMaker}
                        {entry.isKey ? ', key decision' : ''}
                      </span>
                      <Warnings warnings={warnings} />
                    </td>
                    <td class="govuk-table__cell">{formatDate(entry.expectedOn)}</td>
                    <td class="govuk-table__cell">
                      {entry.noticePublishedOn ? formatDate(entry.noticePublishedOn) : 'Draft: not published'}
                      {entry.lateNotice ? (
                        <>
                          <br />
                          <span class="govuk-body-s">{LATE_NOTICE_LABELS[entry.lateNotice]}</span>
                        </>
                      ) : null}
                    </td>
                    <td class="govuk-table__cell">{STATUS_LABELS[entry.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </Layout>
  );
}

/** Below an entry's change form: its warnings, and the committee pulling it into its work programme. */
export function EntryExtras(props: {
  entryId: string;
  csrfToken: string;
  warnings: readonly NoticeWarning[];
  bodies: readonly Body[];
  workProgrammeError?: string | null;
  added?: string | null;
}): Html {
  return (
    <>
      <h2 class="govuk-heading-m">Notice checks</h2>
      {props.warnings.length ? (
        <Warnings warnings={props.warnings} />
      ) : (
        <p class="govuk-body">The notice meets the rules as recorded.</p>
      )}
      <h2 class="govuk-heading-m" id="work-programme">
        Work programme
      </h2>
      {props.added ? <p class="govuk-body">Added to {props.added}'s work programme, unscheduled.</p> : null}
      {props.bodies.length ? (
        <form
          method="post"
          action={`/workspace/forward-plan/${encodeURIComponent(props.entryId)}/work-programme`}
          novalidate
        >
          <CsrfField token={props.csrfToken} />
          <SelectField
            id="bodySlug"
            label="Committee"
            hint="The committee whose work programme should look at this decision"
            value=""
            options={props.bodies.map((b) => ({ value: b.slug, label: b.name }))}
            error={props.workProgrammeError ? { field: 'bodySlug', message: props.workProgrammeError } : undefined}
          />
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
            Add to work programme
          </button>
        </form>
      ) : (
        <p class="govuk-body">You clerk no committee whose work programme could take it.</p>
      )}
    </>
  );
}
