import type { Body } from '../../../domain/body.js';
import { formatDate, formatLongDate } from '../../../domain/calendar/dateInWords.js';
import { formatTime } from '../../../domain/calendar/timeInWords.js';
import type { BodySchedule } from '../../../app/schedule/scheduleReads.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { MeetingStatusTag } from '../../pages/meetingStatus.js';
import { bodyPath, meetingPath, SCHEDULE_HOME } from './meetingPages.js';
import { TableRegion } from '../../pages/tableRegion.js';

export function ScheduleHomePage({ bodies }: { bodies: readonly Body[] }): Html {
  return (
    <Layout title="Schedule meetings" breadcrumbs={[{ href: '/workspace', text: 'Workspace' }]}>
      <h1 class="govuk-heading-xl">Schedule meetings</h1>
      {bodies.length === 0 ? (
        <p class="govuk-body">You are not the clerk of any committee yet: an administrator can add you to one.</p>
      ) : (
        <>
          <p class="govuk-body">Choose a committee to plan its year, add a meeting, or move or cancel one.</p>
          <ul class="govuk-list">
            {bodies.map((b) => (
              <li>
                <a class="govuk-link" href={bodyPath(b.id)}>
                  {b.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}

export function BodySchedulePage({ schedule }: { schedule: BodySchedule }): Html {
  const { body, years, meetings } = schedule;
  return (
    <Layout
      title={`${body.name} - Schedule meetings`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: SCHEDULE_HOME, text: 'Schedule meetings' },
      ]}
    >
      <span class="govuk-caption-l">Schedule meetings</span>
      <h1 class="govuk-heading-xl">{body.name}</h1>
      <div class="govuk-button-group">
        <a class="govuk-button" href={`${bodyPath(body.id)}/calendar`}>
          Plan a year's meetings
        </a>
        <a class="govuk-button govuk-button--secondary" href={`${bodyPath(body.id)}/meetings/new`}>
          Add a meeting
        </a>
      </div>
      {years.map((year) => {
        const inYear = meetings.filter((m) => m.date >= year.startsOn && m.date <= year.endsOn);
        return (
          <>
            <h2 class="govuk-heading-l">Municipal year {year.label}</h2>
            <p class="govuk-body">
              From {formatDate(year.startsOn)} to {formatDate(year.endsOn)}.
            </p>
            {inYear.length === 0 ? (
              <p class="govuk-body">No meetings are scheduled.</p>
            ) : (
              <TableRegion label={`Meetings in ${year.label}`}>
                <table class="govuk-table">
                  <caption class="govuk-table__caption govuk-visually-hidden">Meetings in {year.label}</caption>
                  <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                      <th scope="col" class="govuk-table__header">
                        Date
                      </th>
                      <th scope="col" class="govuk-table__header">
                        Time
                      </th>
                      <th scope="col" class="govuk-table__header">
                        Status
                      </th>
                      <th scope="col" class="govuk-table__header">
                        <span class="govuk-visually-hidden">Action</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody class="govuk-table__body">
                    {inYear.map((m) => (
                      <tr class="govuk-table__row">
                        <td class="govuk-table__cell">{formatLongDate(m.date)}</td>
                        <td class="govuk-table__cell">{m.startTime ? formatTime(m.startTime) : 'Not set'}</td>
                        <td class="govuk-table__cell">
                          <MeetingStatusTag status={m.status} />
                        </td>
                        <td class="govuk-table__cell">
                          <a class="govuk-link" href={meetingPath(m.id)}>
                            Change<span class="govuk-visually-hidden"> the meeting of {formatLongDate(m.date)}</span>
                          </a>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            )}
          </>
        );
      })}
    </Layout>
  );
}
