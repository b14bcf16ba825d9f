import { municipalYearSlug } from '../../../domain/calendar/municipalYear.js';
import type { BoardEntry, WorkProgrammeBoard } from '../../../app/workProgramme/workProgrammeBoard.js';
import type { Body } from '../../../domain/body.js';
import { formatDate, formatLongDate } from '../../../domain/calendar/dateInWords.js';
import {
  MAX_SUBSTANTIVE_ITEMS_PER_MEETING,
  WORK_PROGRAMME_SOURCE_LABELS,
  WORK_PROGRAMME_STATUS_LABELS,
} from '../../../domain/workProgramme.js';
import type { Prioritisation } from '../../../domain/workProgramme/prioritisation.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { TableRegion } from '../../pages/tableRegion.js';
import { CsrfField } from '../forms/formFields.js';
import { meetingHubPath, MEETINGS_HOME } from '../meetings/meetingPages.js';
import { PrioritisationSummary } from './prioritisationPages.js';
import { boardPath, meetingTopicsPath, PROGRAMME_HOME } from './workProgrammePaths.js';

/** The bodies a clerk keeps work programmes for. */
export function ProgrammeBodiesPage({
  bodies,
  year,
  prioritisation,
  mayChangePrioritisation,
}: {
  bodies: readonly Body[];
  year: string;
  prioritisation: Prioritisation;
  mayChangePrioritisation: boolean;
}): Html {
  return (
    <Layout title="Work programmes" breadcrumbs={[{ href: '/workspace', text: 'Workspace' }]}>
      <h1 class="govuk-heading-xl">Work programmes</h1>
      <p class="govuk-body">
        Each scrutiny committee's topics for the municipal year: where they came from, how they score against the
        council's prioritisation questions, and the meeting each is planned for.
      </p>
      {bodies.length === 0 ? (
        <p class="govuk-body">You do not clerk any committee yet.</p>
      ) : (
        <ul class="govuk-list">
          {bodies.map((b) => (
            <li>
              <a class="govuk-link" href={boardPath(b.id, year)}>
                {b.name}
              </a>
            </li>
          ))}
        </ul>
      )}
      <PrioritisationSummary prioritisation={prioritisation} mayChange={mayChangePrioritisation} />
    </Layout>
  );
}

function PersonCell({ name, link }: { name: string | null; link: { name: string; slug: string } | null }): Html {
  if (!name) return <>Not named</>;
  return link ? (
    <a class="govuk-link" href={`/people/${encodeURIComponent(link.slug)}`}>
      {name}
    </a>
  ) : (
    <>{name}</>
  );
}

function PriorityCell({ entry }: { entry: BoardEntry }): Html {
  const p = entry.priority;
  if (p.total === null)
    return <>{entry.scores.length === 0 ? 'Not scored' : `Partly scored (${p.missing.length} to go)`}</>;
  return (
    <>
      {p.total} of {p.max}{' '}
      {p.meetsThreshold ? (
        <strong class="govuk-tag govuk-tag--green">Priority</strong>
      ) : (
        <strong class="govuk-tag govuk-tag--grey">Below {p.threshold}</strong>
      )}
    </>
  );
}

/** One body's programme for a year: the topics, the load per meeting, and links to change and score each. */
export function ProgrammeBoardPage({ board, notice }: { board: WorkProgrammeBoard; notice?: string | null }): Html {
  const label = `${board.body.name}, ${board.year.label}`;
  return (
    <Layout
      title={`Work programme: ${label}`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: PROGRAMME_HOME, text: 'Work programmes' },
      ]}
    >
      {notice ? (
        <div
          class="govuk-notification-banner govuk-notification-banner--success"
          role="alert"
          aria-labelledby="saved-title"
        >
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title" id="saved-title">
              Success
            </h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">{notice}</p>
          </div>
        </div>
      ) : null}
      <span class="govuk-caption-l">{board.body.name}</span>
      <h1 class="govuk-heading-l">Work programme {board.year.label}</h1>
      <form method="get" action={`${PROGRAMME_HOME}/bodies/${encodeURIComponent(board.body.id)}`} novalidate>
        <div class="govuk-form-group">
          <label class="govuk-label" for="year">
            Municipal year
          </label>
          <select class="govuk-select" id="year" name="year">
            {board.years.map((y) => (
              <option value={municipalYearSlug(y)} selected={y === board.year.label}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
          Show year
        </button>
      </form>
      {board.overloaded.map((date) => (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            The meeting of {formatLongDate(date)} has more than {MAX_SUBSTANTIVE_ITEMS_PER_MEETING} substantive items:
            the protocol recommends at most {MAX_SUBSTANTIVE_ITEMS_PER_MEETING}.
          </strong>
        </div>
      ))}
      <a
        class="govuk-button"
        data-module="govuk-button"
        href={`${boardPath(board.body.id, board.year.label)}/new`}
        role="button"
        draggable="false"
      >
        Add a topic
      </a>
      {board.entries.length === 0 ? (
        <p class="govuk-body">No topics for {board.year.label} yet.</p>
      ) : (
        <TableRegion label="Topics">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m">Topics</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Topic
                </th>
                <th scope="col" class="govuk-table__header">
                  Meeting
                </th>
                <th scope="col" class="govuk-table__header">
                  Source
                </th>
                <th scope="col" class="govuk-table__header">
                  Executive member and lead officer
                </th>
                <th scope="col" class="govuk-table__header">
                  Priority
                </th>
                <th scope="col" class="govuk-table__header">
                  Status
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {board.entries.map((e) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    {e.topic}
                    {e.exempt ? (
                      <>
                        {' '}
                        <strong class="govuk-tag govuk-tag--red">Exempt</strong>
                      </>
                    ) : null}
                    {e.objectives ? (
                      <>
                        <br />
                        <span class="govuk-body-s">{e.objectives}</span>
                      </>
                    ) : null}
                  </td>
                  <td class="govuk-table__cell">
                    {e.plannedOn ? formatDate(e.plannedOn) : 'Not scheduled'}
                    {e.substantive ? null : <span class="govuk-body-s"> (for information)</span>}
                  </td>
                  <td class="govuk-table__cell">
                    {e.source ? WORK_PROGRAMME_SOURCE_LABELS[e.source] : 'Not recorded'}
                  </td>
                  <td class="govuk-table__cell">
                    <PersonCell name={e.executiveMember} link={e.executiveMemberLink} />
                    <br />
                    <PersonCell name={e.leadOfficer} link={e.leadOfficerLink} />
                  </td>
                  <td class="govuk-table__cell">
                    <PriorityCell entry={e} />{' '}
                    <a class="govuk-link" href={`${PROGRAMME_HOME}/entries/${encodeURIComponent(e.id)}/scores`}>
                      Score<span class="govuk-visually-hidden"> {e.topic}</span>
                    </a>
                  </td>
                  <td class="govuk-table__cell">
                    {WORK_PROGRAMME_STATUS_LABELS[e.status]}{' '}
                    <a class="govuk-link" href={`${PROGRAMME_HOME}/entries/${encodeURIComponent(e.id)}`}>
                      Change<span class="govuk-visually-hidden"> {e.topic}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {board.meetings.length ? (
        <>
          <h2 class="govuk-heading-m">Meetings this year</h2>
          <ul class="govuk-list">
            {board.meetings.map((m) => (
              <li>
                <a class="govuk-link" href={meetingTopicsPath(m.id)}>
                  {formatDate(m.date)}: planned topics and follow-ups
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}

/** The topics planned for one meeting, and the follow-ups its resolutions asked for. */
export function MeetingTopicsPage(props: {
  csrfToken: string;
  meeting: { id: string; date: string; bodyId: string; bodyName: string };
  entries: readonly BoardEntry[];
  notice?: string | null;
}): Html {
  const substantive = props.entries.filter((e) => e.substantive && e.status === 'scheduled').length;
  return (
    <Layout
      title={`Planned topics: ${props.meeting.bodyName}, ${formatDate(props.meeting.date)}`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: MEETINGS_HOME, text: 'Meetings' },
        { href: meetingHubPath(props.meeting.id), text: formatDate(props.meeting.date) },
      ]}
    >
      {props.notice ? (
        <div
          class="govuk-notification-banner govuk-notification-banner--success"
          role="alert"
          aria-labelledby="saved-title"
        >
          <div class="govuk-notification-banner__header">
            <h2 class="govuk-notification-banner__title" id="saved-title">
              Success
            </h2>
          </div>
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading">{props.notice}</p>
          </div>
        </div>
      ) : null}
      <span class="govuk-caption-l">{props.meeting.bodyName}</span>
      <h1 class="govuk-heading-l">Planned topics, {formatLongDate(props.meeting.date)}</h1>
      {substantive > MAX_SUBSTANTIVE_ITEMS_PER_MEETING ? (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            {substantive} substantive items are planned: the protocol recommends at most{' '}
            {MAX_SUBSTANTIVE_ITEMS_PER_MEETING}.
          </strong>
        </div>
      ) : null}
      {props.entries.length === 0 ? (
        <p class="govuk-body">No topics are planned for this meeting.</p>
      ) : (
        <ul class="govuk-list govuk-list--bullet">
          {props.entries.map((e) => (
            <li>
              <a class="govuk-link" href={`${PROGRAMME_HOME}/entries/${encodeURIComponent(e.id)}`}>
                {e.topic}
              </a>{' '}
              ({WORK_PROGRAMME_STATUS_LABELS[e.status]}
              {e.substantive ? '' : ', for information'})
            </li>
          ))}
        </ul>
      )}
      <h2 class="govuk-heading-m">Follow-ups</h2>
      <p class="govuk-body">
        Resolutions of this meeting that ask for a topic to return or for further information become topics of the work
        programme, planned for the committee's next meeting. Run it after the minutes are written or imported; running
        it again adds only what is new.
      </p>
      <form method="post" action={`${meetingTopicsPath(props.meeting.id)}/follow-ups`} novalidate>
        <CsrfField token={props.csrfToken} />
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
          Add follow-ups from this meeting's resolutions
        </button>
      </form>
      <p class="govuk-body">
        <a class="govuk-link" href={`${PROGRAMME_HOME}/bodies/${encodeURIComponent(props.meeting.bodyId)}`}>
          The committee's work programme
        </a>
      </p>
    </Layout>
  );
}
