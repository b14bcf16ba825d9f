import type { DecisionAtMeeting } from '../../store/public/publicDecisions.js';
import type { MeetingSummary } from '../../store/public/publicMeetings.js';
import { formatLongDate } from '../../domain/calendar/dateInWords.js';
import { formatTime } from '../../domain/calendar/timeInWords.js';
import type { Html } from './html.js';
import { Layout } from './layout.js';
import { MeetingStatusTag } from './meetingStatus.js';

export interface HomePageProps {
  readonly upcoming: readonly MeetingSummary[];
  readonly recent: readonly MeetingSummary[];
  readonly decisions: readonly DecisionAtMeeting[];
}

function MeetingList({ meetings }: { meetings: readonly MeetingSummary[] }): Html {
  return (
    <ul class="govuk-list govuk-list--spaced">
      {meetings.map((m) => (
        <li>
          <a class="govuk-link govuk-!-font-weight-bold" href={`/meetings/${m.id}`}>
            {m.body.name}
          </a>
          <br />
          <time datetime={m.date}>{formatLongDate(m.date)}</time>
          {m.startTime ? `, ${formatTime(m.startTime)}` : ''}
          {m.venue ? `, ${m.venue}` : ''} <MeetingStatusTag status={m.status} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Where a decision was taken: its item, with the body and date; a meeting's own resolution (minutes
 * with no items) names the meeting instead, and links to its row on the meeting page.
 */
function DecisionPlace({ decision: d }: { decision: DecisionAtMeeting }): Html {
  const date = formatLongDate(d.meeting.date);
  return d.item ? (
    <>
      <a class="govuk-link" href={`/items/${d.item.id}`}>
        {d.item.title}
      </a>
      <span class="govuk-body-s quorum-meta">{` — ${d.body.name}, ${date}`}</span>
    </>
  ) : (
    <>
      <a class="govuk-link" href={`/meetings/${d.meeting.id}#resolution-${d.id}`}>
        {d.body.name}
      </a>
      <span class="govuk-body-s quorum-meta">{` — meeting of ${date}`}</span>
    </>
  );
}

export function HomePage({ upcoming, recent, decisions }: HomePageProps): Html {
  const empty = upcoming.length === 0 && recent.length === 0;
  return (
    <Layout title="Committee meetings" section="home">
      <h1 class="govuk-heading-xl">Committee meetings</h1>
      <form method="get" action="/search" role="search" class="quorum-search-form">
        <div class="govuk-form-group">
          <label class="govuk-label govuk-label--m" for="home-search">
            Search agendas, minutes and decisions
          </label>
          <input class="govuk-input govuk-!-width-two-thirds" id="home-search" name="q" type="search" />
        </div>
        <button type="submit" class="govuk-button">
          Search
        </button>
      </form>
      {empty ? (
        <p class="govuk-body">
          No meetings are stored yet. Import documents with <code>npx quorum import</code>.
        </p>
      ) : (
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-half">
            <h2 class="govuk-heading-l">Upcoming meetings</h2>
            {upcoming.length ? (
              <MeetingList meetings={upcoming} />
            ) : (
              <p class="govuk-body">No meetings are scheduled.</p>
            )}
            <h2 class="govuk-heading-l">Recent meetings</h2>
            {recent.length ? (
              <MeetingList meetings={recent} />
            ) : (
              <p class="govuk-body">No meetings have been held yet.</p>
            )}
            <p class="govuk-body">
              <a class="govuk-link" href="/calendar">
                All meetings by month
              </a>
            </p>
          </div>
          <div class="govuk-grid-column-one-half">
            <h2 class="govuk-heading-l">Recent decisions</h2>
            {decisions.length ? (
              <ul class="govuk-list govuk-list--spaced">
                {decisions.map((d) => (
                  <li>
                    <DecisionPlace decision={d} />
                    <p class="govuk-body govuk-!-margin-bottom-0">{d.text}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="govuk-body">No decisions are recorded yet.</p>
            )}
          </div>
        </div>
      )}
    </Layout>
  );
}
