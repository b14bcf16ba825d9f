import { formatDate } from '../../../domain/calendar/dateInWords.js';
import { SCHEDULE_12A_PARAGRAPHS } from '../../../domain/exemptInformation.js';
import type { ForwardPlanStatus, LateNoticeKind } from '../../../domain/forwardPlan/forwardPlanEntry.js';
import type { PublicForwardPlanEntry } from '../../../store/public/publicForwardPlan.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';

const STATUS: Readonly<Record<ForwardPlanStatus, string>> = {
  planned: 'To be decided',
  decided: 'Decided',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
};

const LATE: Readonly<Record<LateNoticeKind, string>> = {
  general_exception: "General exception: less than 28 clear days' notice (regulation 10)",
  special_urgency: 'Special urgency: the decision could not reasonably be deferred (regulation 11)',
};

function exemptLine(paragraph: number | null): string {
  if (paragraph === null) return 'All documents will be published.';
  const category = SCHEDULE_12A_PARAGRAPHS[paragraph];
  return `Some documents will not be published: exempt under paragraph ${paragraph} of Schedule 12A to the Local Government Act 1972${category ? ` (${category})` : ''}.`;
}

const hrefOf = (id: string): string => `/forward-plan/${encodeURIComponent(id)}`;

export function ForwardPlanPublicListPage(props: { entries: readonly PublicForwardPlanEntry[]; all: boolean }): Html {
  return (
    <Layout title="Forward plan" breadcrumbs={[]}>
      <h1 class="govuk-heading-xl">Forward plan</h1>
      <p class="govuk-body">
        Decisions the executive expects to take, with at least 28 clear days' notice of each key decision, and notices
        of decisions that could not wait.{' '}
        <a class="govuk-link" href="/decisions">
          Decisions already taken
        </a>
        .
      </p>
      <p class="govuk-body">
        {props.all ? (
          <a class="govuk-link" href="/forward-plan">
            Show only decisions still to be taken
          </a>
        ) : (
          <a class="govuk-link" href="/forward-plan?all=1">
            Show decided and withdrawn entries too
          </a>
        )}
      </p>
      {props.entries.length === 0 ? (
        <p class="govuk-body">No decisions are on the forward plan.</p>
      ) : (
        <ol class="govuk-list">
          {props.entries.map((e) => (
            <li class="govuk-!-margin-bottom-6">
              <h2 class="govuk-heading-s govuk-!-margin-bottom-1">
                <a class="govuk-link" href={hrefOf(e.id)}>
                  {e.title}
                </a>
              </h2>
              <p class="govuk-body-s govuk-!-margin-bottom-1">
                {e.decisionMaker}, expected {formatDate(e.expectedOn)}
                {e.isKey ? ' (key decision)' : ''}. {STATUS[e.status]}.
              </p>
              {e.lateNotice ? <p class="govuk-body-s">{LATE[e.lateNotice]}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}

export function ForwardPlanPublicEntryPage({ entry }: { entry: PublicForwardPlanEntry }): Html {
  const rows: [string, Html | string][] = [
    ['Decision maker', entry.decisionMaker],
    ['Expected', formatDate(entry.expectedOn)],
    ['Key decision', entry.isKey ? 'Yes' : 'No'],
    ['Notice published', entry.noticePublishedOn ? formatDate(entry.noticePublishedOn) : ''],
    ['Status', STATUS[entry.status]],
    ['Documents', exemptLine(entry.exemptParagraph)],
  ];
  if (entry.decisionNoticeId)
    rows.push([
      'Decision',
      <a class="govuk-link" href={`/decisions/${encodeURIComponent(entry.decisionNoticeId)}`}>
        The decision notice
      </a>,
    ]);
  return (
    <Layout title={`${entry.title} - Forward plan`} breadcrumbs={[{ href: '/forward-plan', text: 'Forward plan' }]}>
      <span class="govuk-caption-l">Forward plan</span>
      <h1 class="govuk-heading-xl">{entry.title}</h1>
      <dl class="govuk-summary-list">
        {rows.map(([key, value]) => (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{key}</dt>
            <dd class="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 class="govuk-heading-m">What is to be decided</h2>
      {entry.summary.split(/\n\s*\n/).map((p) => (
        <p class="govuk-body">{p}</p>
      ))}
      {entry.documents ? (
        <>
          <h2 class="govuk-heading-m">Documents to be submitted</h2>
          <ul class="govuk-list govuk-list--bullet">
            {entry.documents
              .split('\n')
              .map((d) => d.trim())
              .filter(Boolean)
              .map((d) => (
                <li>{d}</li>
              ))}
          </ul>
        </>
      ) : null}
      {entry.lateNotice ? (
        <>
          <h2 class="govuk-heading-m">{LATE[entry.lateNotice]}</h2>
          {entry.lateReasons ? <p class="govuk-body">{entry.lateReasons}</p> : null}
          {entry.scrutinyChairOn ? (
            <p class="govuk-body">
              {entry.lateNotice === 'general_exception'
                ? `The chair of the overview and scrutiny committee was told on ${formatDate(entry.scrutinyChairOn)}.`
                : `The chair of the overview and scrutiny committee agreed on ${formatDate(entry.scrutinyChairOn)} that the decision could not reasonably be deferred.`}
            </p>
          ) : null}
        </>
      ) : null}
    </Layout>
  );
}
