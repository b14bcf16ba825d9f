import { formatDate } from '../../domain/calendar/dateInWords.js';
import type { PublicDecisionNotice } from '../../store/public/publicDecisionNotices.js';
import type { Html } from '../pages/html.js';
import { Layout } from '../pages/layout.js';
import { Pagination } from '../pages/pagination.js';
import type { PublicCallIn } from '../../store/public/publicCallIns.js';
import { CallInsOnNotice } from './forwardPlan/callInsOnNotice.js';

const MAKERS: Record<PublicDecisionNotice['makerKind'], string> = {
  executive: 'Executive decision',
  executive_member: 'Executive member decision',
  committee: 'Committee decision',
  council: 'Council decision',
  officer: "Officer's delegated decision",
};

function CallInLine({ notice }: { notice: PublicDecisionNotice }): Html {
  if (notice.callIn === 'urgent')
    return <>Urgent: not subject to call-in. It may be carried out from {formatDate(notice.implementableOn)}.</>;
  if (!notice.callInDeadline) return <>Not subject to call-in.</>;
  return (
    <>
      May be called in until {formatDate(notice.callInDeadline)}; if it is not, it may be carried out from{' '}
      {formatDate(notice.implementableOn)}.
    </>
  );
}

export function DecisionNoticeListPage(props: {
  notices: readonly PublicDecisionNotice[];
  page: number;
  pages: number;
}): Html {
  return (
    <Layout title="Decisions" breadcrumbs={[]}>
      <h1 class="govuk-heading-xl">Decisions</h1>
      <p class="govuk-body">
        Decisions of the executive, its members, committees, the council and officers, as published. Decisions to come
        are on the{' '}
        <a class="govuk-link" href="/forward-plan">
          forward plan
        </a>
        .
      </p>
      {props.notices.length === 0 ? (
        <p class="govuk-body">No decisions have been published yet.</p>
      ) : (
        <ol class="govuk-list">
          {props.notices.map((n) => (
            <li class="govuk-!-margin-bottom-6">
              <h2 class="govuk-heading-s govuk-!-margin-bottom-1">
                <a class="govuk-link" href={`/decisions/${encodeURIComponent(n.id)}`}>
                  {n.title}
                </a>
              </h2>
              <p class="govuk-body-s govuk-!-margin-bottom-1">
                {MAKERS[n.makerKind]} by {n.decisionMaker}, published {formatDate(n.publishedOn)}
                {n.isKey ? ' (key decision)' : ''}
              </p>
              <p class="govuk-body-s">
                <CallInLine notice={n} />
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        current={props.page}
        total={props.pages}
        href={(p) => `/decisions?page=${p}`}
        label="Decision pages"
      />
    </Layout>
  );
}

export function DecisionNoticePage({
  notice,
  callIns = [],
}: {
  notice: PublicDecisionNotice;
  callIns?: readonly PublicCallIn[];
}): Html {
  const rows: [string, Html | string][] = [
    ['Decision maker', notice.decisionMaker],
    ['Kind', MAKERS[notice.makerKind]],
    ['Key decision', notice.isKey ? 'Yes' : 'No'],
    ['Decided', formatDate(notice.decidedOn)],
    ['Published', formatDate(notice.publishedOn)],
    ['Call-in', <CallInLine notice={notice} />],
  ];
  if (notice.body)
    rows.splice(1, 0, [
      'Body',
      <a class="govuk-link" href={`/bodies/${encodeURIComponent(notice.body.slug)}`}>
        {notice.body.name}
      </a>,
    ]);
  if (notice.meeting)
    rows.push([
      'Meeting',
      <a class="govuk-link" href={`/meetings/${encodeURIComponent(notice.meeting.id)}`}>
        {formatDate(notice.meeting.date)}
      </a>,
    ]);
  if (notice.itemId)
    rows.push([
      'Agenda item',
      <a class="govuk-link" href={`/items/${encodeURIComponent(notice.itemId)}`}>
        {notice.itemTitle ?? 'The item the decision was taken on'}
      </a>,
    ]);
  return (
    <Layout title={`${notice.title} - Decisions`} breadcrumbs={[{ href: '/decisions', text: 'Decisions' }]}>
      <span class="govuk-caption-l">{MAKERS[notice.makerKind]}</span>
      <h1 class="govuk-heading-xl">{notice.title}</h1>
      <dl class="govuk-summary-list">
        {rows.map(([key, value]) => (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key">{key}</dt>
            <dd class="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 class="govuk-heading-m">Decision</h2>
      {notice.decision.split(/\n\s*\n/).map((p) => (
        <p class="govuk-body">{p}</p>
      ))}
      <h2 class="govuk-heading-m">Reasons</h2>
      {notice.reasons.split(/\n\s*\n/).map((p) => (
        <p class="govuk-body">{p}</p>
      ))}
      {notice.alternatives ? (
        <>
          <h2 class="govuk-heading-m">Alternatives considered and rejected</h2>
          {notice.alternatives.split(/\n\s*\n/).map((p) => (
            <p class="govuk-body">{p}</p>
          ))}
        </>
      ) : null}
      {notice.urgencyReason ? (
        <>
          <h2 class="govuk-heading-m">Why it could not wait</h2>
          <p class="govuk-body">{notice.urgencyReason}</p>
        </>
      ) : null}
      <CallInsOnNotice callIns={callIns} />
    </Layout>
  );
}
