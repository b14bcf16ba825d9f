import type { ClerkMeeting, ClerkMeetings } from '../../../app/meetings/clerkMeetings.js';
import { formatLongDate } from '../../../domain/calendar/dateInWords.js';
import { formatTime } from '../../../domain/calendar/timeInWords.js';
import type { AgendaMeeting } from '../../../store/repositories/agendaRepository.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { TableRegion } from '../../pages/tableRegion.js';
import type { MeetingLink } from '../workspaceEnv.js';

export const MEETINGS_HOME = '/workspace/meetings';

export function meetingHubPath(meetingId: string): string {
  return `${MEETINGS_HOME}/${encodeURIComponent(meetingId)}`;
}

export function meetingTitle(m: AgendaMeeting): string {
  return `${m.bodyName}, ${formatLongDate(m.date)}`;
}

function agendaState(m: ClerkMeeting): string {
  if (m.status === 'cancelled') return 'Cancelled';
  if (m.version === null) return 'Agenda not started';
  return m.publications > 0 ? 'Agenda published' : 'Agenda in draft';
}

function MeetingTable({ caption, meetings }: { caption: string; meetings: ClerkMeetings['coming'] }): Html {
  return (
    <TableRegion label={caption}>
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Date
            </th>
            <th scope="col" class="govuk-table__header">
              Committee
            </th>
            <th scope="col" class="govuk-table__header">
              State
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {meetings.map((m) => (
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">
                {formatLongDate(m.date)}
                {m.startTime ? `, ${formatTime(m.startTime)}` : ''}
              </td>
              <td class="govuk-table__cell">
                <a class="govuk-link" href={meetingHubPath(m.id)}>
                  {m.bodyName}
                </a>
              </td>
              <td class="govuk-table__cell">{agendaState(m)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** A clerk's meetings: those just held (register and minutes to write) and those coming (agendas to build). */
export function MeetingListPage({ meetings }: { meetings: ClerkMeetings }): Html {
  return (
    <Layout title="Meetings" breadcrumbs={[{ href: '/workspace', text: 'Workspace' }]}>
      <h1 class="govuk-heading-l">Meetings</h1>
      {meetings.coming.length === 0 && meetings.recent.length === 0 ? (
        <p class="govuk-body">
          No meetings of your committees in the last eight weeks or to come.{' '}
          <a class="govuk-link" href="/workspace/schedule">
            Schedule meetings
          </a>
          .
        </p>
      ) : (
        <>
          {meetings.coming.length > 0 ? <MeetingTable caption="Coming meetings" meetings={meetings.coming} /> : ''}
          {meetings.recent.length > 0 ? (
            <MeetingTable caption="Held in the last eight weeks" meetings={meetings.recent} />
          ) : (
            ''
          )}
        </>
      )}
    </Layout>
  );
}

/** One meeting's tasks, from its agenda to its minutes, each a part of the workspace. */
export function MeetingHubPage({ meeting, links }: { meeting: AgendaMeeting; links: readonly MeetingLink[] }): Html {
  return (
    <Layout
      title={meetingTitle(meeting)}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: MEETINGS_HOME, text: 'Meetings' },
      ]}
    >
      <span class="govuk-caption-l">{meeting.bodyName}</span>
      <h1 class="govuk-heading-l">
        {formatLongDate(meeting.date)}
        {meeting.startTime ? `, ${formatTime(meeting.startTime)}` : ''}
      </h1>
      {meeting.status === 'cancelled' ? (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            This meeting is cancelled.
          </strong>
        </div>
      ) : (
        ''
      )}
      <ul class="govuk-list">
        {links.map((l) => (
          <li class="govuk-!-margin-bottom-4">
            <a class="govuk-link govuk-!-font-weight-bold" href={l.href(meeting.id)}>
              {l.label}
            </a>
            <br />
            <span class="govuk-body-s">{l.description}</span>
          </li>
        ))}
        <li class="govuk-!-margin-bottom-4">
          <a class="govuk-link govuk-!-font-weight-bold" href={`/meetings/${encodeURIComponent(meeting.id)}`}>
            The public page
          </a>
          <br />
          <span class="govuk-body-s">What residents see of this meeting.</span>
        </li>
      </ul>
    </Layout>
  );
}
