import type { SixMonthRow } from '../../../app/attendance/sixMonthReport.js';
import { formatDate } from '../../../domain/calendar/dateInWords.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { TableRegion } from '../../pages/tableRegion.js';

function StatusTag({ row }: { row: SixMonthRow }): Html {
  const s = row.status;
  if (!s) return <strong class="govuk-tag govuk-tag--grey">Not recorded attending</strong>;
  switch (s.state) {
    case 'lapsed':
      return <strong class="govuk-tag govuk-tag--red">Six months passed</strong>;
    case 'warning':
      return s.approval?.until ? (
        <strong class="govuk-tag govuk-tag--orange">Approval ends {formatDate(s.approval.until)}</strong>
      ) : (
        <strong class="govuk-tag govuk-tag--orange">{`Ends in ${s.daysLeft} day${s.daysLeft === 1 ? '' : 's'}`}</strong>
      );
    case 'excused':
      return <strong class="govuk-tag govuk-tag--blue">Absence approved</strong>;
    default:
      return <strong class="govuk-tag govuk-tag--green">Attending</strong>;
  }
}

export function SixMonthPage({
  rows,
  today,
  recorded,
}: {
  rows: readonly SixMonthRow[];
  today: string;
  recorded?: string;
}): Html {
  const atRisk = rows.filter((r) => r.status && (r.status.state === 'lapsed' || r.status.state === 'warning')).length;
  return (
    <Layout title="Attendance: the six-month rule">
      {recorded ? (
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
            <p class="govuk-notification-banner__heading">Approval recorded for {recorded}</p>
          </div>
        </div>
      ) : null}
      <h1 class="govuk-heading-xl">Attendance: the six-month rule</h1>
      <p class="govuk-body">
        A member who attends no meeting of the council, its committees or sub-committees for six months from their last
        attendance ceases to be a member, unless the council approved the reason before the six months ran out (section
        85, Local Government Act 1972). Apologies do not count as attending. Members expected at a meeting in the last
        year are listed, counted to {formatDate(today)}.
      </p>
      <p class="govuk-body govuk-!-font-weight-bold">
        {atRisk === 0
          ? 'No member is within eight weeks of the limit.'
          : `${atRisk} member${atRisk === 1 ? '' : 's'} need attention.`}
      </p>
      <TableRegion label="Members, most urgent first">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--m">Members, most urgent first</caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Member
              </th>
              <th scope="col" class="govuk-table__header">
                Last attended
              </th>
              <th scope="col" class="govuk-table__header">
                Six months end
              </th>
              <th scope="col" class="govuk-table__header">
                Status
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {rows.map((r) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={`/people/${encodeURIComponent(r.slug)}`}>
                    {r.displayName}
                  </a>
                </td>
                <td class="govuk-table__cell">{r.lastAttendedOn ? formatDate(r.lastAttendedOn) : 'Never recorded'}</td>
                <td class="govuk-table__cell">{r.status ? formatDate(r.status.periodEndsOn) : ''}</td>
                <td class="govuk-table__cell">
                  <StatusTag row={r} />
                  {r.status && r.status.state !== 'attending' ? (
                    <p class="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                      <a class="govuk-link" href={`/workspace/attendance/${encodeURIComponent(r.personId)}/approval`}>
                        Record an approval<span class="govuk-visually-hidden"> for {r.displayName}</span>
                      </a>
                    </p>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </Layout>
  );
}
