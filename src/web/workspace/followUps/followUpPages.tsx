import { formatDate } from '../../../domain/calendar/dateInWords.js';
import {
  DUE_SOON_DAYS,
  type ActionToFollow,
  type FollowUps,
  type ResponseToFollow,
} from '../../../domain/digest/followUp.js';
import { actionFollowUpPath, responseFollowUpPath } from '../../../domain/digest/followUpPaths.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { TableRegion } from '../../pages/tableRegion.js';

export const FOLLOW_UPS_HOME = '/workspace/follow-ups';
/** How many of each list the home page shows before "see all". */
const PANEL_ROWS = 5;

function short(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function Where({ place }: { place: Pick<ResponseToFollow, 'bodyName' | 'meetingDate' | 'itemTitle'> }): Html {
  return (
    <span class="govuk-body-s">
      {place.bodyName}, {formatDate(place.meetingDate)}
      {place.itemTitle ? `: ${short(place.itemTitle, 80)}` : ''}
    </span>
  );
}

function ResponseTable({
  caption,
  rows,
  overdue,
}: {
  caption: string;
  rows: readonly ResponseToFollow[];
  overdue: boolean;
}): Html {
  return (
    <TableRegion label={caption}>
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Recommendation
            </th>
            <th scope="col" class="govuk-table__header">
              To
            </th>
            <th scope="col" class="govuk-table__header">
              Response due
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {rows.map((r) => (
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">
                <a class="govuk-link" href={responseFollowUpPath(r)}>
                  {short(r.text)}
                </a>
                <br />
                <Where place={r} />
              </td>
              <td class="govuk-table__cell">{r.decisionMaker ?? 'Not recorded'}</td>
              <td class="govuk-table__cell">
                {formatDate(r.responseDueOn)}
                {overdue ? (
                  <>
                    {' '}
                    <strong class="govuk-tag govuk-tag--red">Overdue</strong>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function ActionTable({ caption, rows }: { caption: string; rows: readonly ActionToFollow[] }): Html {
  return (
    <TableRegion label={caption}>
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Action
            </th>
            <th scope="col" class="govuk-table__header">
              Owner
            </th>
            <th scope="col" class="govuk-table__header">
              Due
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {rows.map((a) => (
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">
                <a class="govuk-link" href={actionFollowUpPath(a)}>
                  {short(a.description)}
                </a>
                <br />
                {a.bodyName && a.meetingDate ? (
                  <Where place={{ bodyName: a.bodyName, meetingDate: a.meetingDate, itemTitle: a.itemTitle }} />
                ) : (
                  <span class="govuk-body-s">The resolution is no longer in the record</span>
                )}
              </td>
              <td class="govuk-table__cell">{a.owner}</td>
              <td class="govuk-table__cell">
                {formatDate(a.dueOn)} <strong class="govuk-tag govuk-tag--red">Overdue</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function summaryOf(f: FollowUps): string {
  return (
    `${plural(f.overdueResponses.length, 'response', 'responses')} overdue, ` +
    `${plural(f.responsesDueSoon.length, 'response', 'responses')} due in the next ${DUE_SOON_DAYS} days, ` +
    `${plural(f.overdueActions.length, 'action', 'actions')} overdue`
  );
}

function Lists({ f, limit }: { f: FollowUps; limit: number }): Html {
  const more = (n: number): Html | null =>
    n > limit ? (
      <p class="govuk-body">
        <a class="govuk-link" href={FOLLOW_UPS_HOME}>
          See all {n}
        </a>
      </p>
    ) : null;
  return (
    <>
      {f.overdueResponses.length ? (
        <>
          <ResponseTable caption="Responses overdue" rows={f.overdueResponses.slice(0, limit)} overdue />
          {more(f.overdueResponses.length)}
        </>
      ) : null}
      {f.responsesDueSoon.length ? (
        <>
          <ResponseTable
            caption={`Responses due in the next ${DUE_SOON_DAYS} days`}
            rows={f.responsesDueSoon.slice(0, limit)}
            overdue={false}
          />
          {more(f.responsesDueSoon.length)}
        </>
      ) : null}
      {f.overdueActions.length ? (
        <>
          <ActionTable caption="Actions overdue" rows={f.overdueActions.slice(0, limit)} />
          {more(f.overdueActions.length)}
        </>
      ) : null}
    </>
  );
}

/** On the workspace's home page: what the clerk has to chase, the first few of each. */
export function FollowUpPanel({ followUps }: { followUps: FollowUps }): Html {
  const nothing =
    followUps.overdueResponses.length + followUps.responsesDueSoon.length + followUps.overdueActions.length === 0;
  return (
    <section class="govuk-!-margin-bottom-8" aria-labelledby="follow-ups-heading">
      <h2 class="govuk-heading-l" id="follow-ups-heading">
        To follow up
      </h2>
      <p class="govuk-body">
        {nothing
          ? 'Nothing is overdue, and no response is due in the next two weeks.'
          : `For the bodies you clerk: ${summaryOf(followUps)}.`}{' '}
        <a class="govuk-link" href={FOLLOW_UPS_HOME}>
          Everything to follow up
        </a>
      </p>
      <Lists f={followUps} limit={PANEL_ROWS} />
    </section>
  );
}

/** Every overdue response, response due soon and overdue action of the clerk's bodies. */
export function FollowUpPage({ followUps }: { followUps: FollowUps }): Html {
  return (
    <Layout title="To follow up">
      <div class="govuk-breadcrumbs">
        <ol class="govuk-breadcrumbs__list">
          <li class="govuk-breadcrumbs__list-item">
            <a class="govuk-breadcrumbs__link" href="/workspace">
              Workspace
            </a>
          </li>
        </ol>
      </div>
      <h1 class="govuk-heading-xl">To follow up</h1>
      <p class="govuk-body">
        As of {formatDate(followUps.today)}, for the bodies you clerk: {summaryOf(followUps)}. A response is overdue
        once its due date has passed without one; an action once its due date has passed and it is neither done nor
        dropped. The same goes out weekly by email (<code>quorum digest</code>).
      </p>
      <Lists f={followUps} limit={Number.MAX_SAFE_INTEGER} />
    </Layout>
  );
}
