import type { Body } from '../../domain/body.js';
import type { MeetingSummary } from '../../store/public/publicMeetings.js';
import { feedAlternates, feedPaths } from '../feeds/feedRoutes.js';
import { formatLongDate } from '../../domain/calendar/dateInWords.js';
import { formatTime } from '../../domain/calendar/timeInWords.js';
import type { Html } from '../pages/html.js';
import { Layout } from '../pages/layout.js';
import { MeetingStatusTag } from '../pages/meetingStatus.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}

export interface CalendarPageProps {
  readonly month: string;
  readonly body: Body | null;
  readonly bodies: readonly Body[];
  readonly meetings: readonly MeetingSummary[];
}

export function CalendarPage({ month, body, bodies, meetings }: CalendarPageProps): Html {
  const link = (m: string): string => `/calendar?month=${m}${body ? `&body=${encodeURIComponent(body.slug)}` : ''}`;
  return (
    <Layout
      title={`Meetings in ${monthLabel(month)}${body ? ` - ${body.name}` : ''}`}
      section="calendar"
      feeds={feedAlternates(body?.slug)}
      breadcrumbs={[]}
    >
      <span class="govuk-caption-l">{body ? body.name : 'All bodies'}</span>
      <h1 class="govuk-heading-xl">{`Meetings in ${monthLabel(month)}`}</h1>
      <form method="get" action="/calendar">
        <input type="hidden" name="month" value={month} />
        <div class="govuk-form-group">
          <label class="govuk-label" for="body">
            Committee or body
          </label>
          <select class="govuk-select" id="body" name="body">
            <option value="">All bodies</option>
            {bodies.map((b) => (
              <option value={b.slug} selected={body?.slug === b.slug}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="govuk-button govuk-button--secondary">
          Show meetings
        </button>
      </form>
      <nav class="govuk-pagination govuk-pagination--block" aria-label="Months">
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={link(shiftMonth(month, -1))} rel="prev">
            {`Previous month: ${monthLabel(shiftMonth(month, -1))}`}
          </a>
        </div>
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={link(shiftMonth(month, 1))} rel="next">
            {`Next month: ${monthLabel(shiftMonth(month, 1))}`}
          </a>
        </div>
      </nav>
      {meetings.length === 0 ? (
        <p class="govuk-body">No meetings this month.</p>
      ) : (
        <ul class="govuk-list">
          {meetings.map((m) => (
            <li>
              <a
                class="govuk-link"
                href={`/meetings/${m.id}`}
              >{`${formatLongDate(m.date)}${m.startTime ? `, ${formatTime(m.startTime)}` : ''}: ${m.body.name}`}</a>{' '}
              <MeetingStatusTag status={m.status} />
            </li>
          ))}
        </ul>
      )}
      <h2 class="govuk-heading-m">Subscribe</h2>
      <ul class="govuk-list">
        <li>
          <a
            class="govuk-link"
            href={feedPaths(body?.slug).ics}
          >{`Add ${body ? "this body's" : 'all'} meetings to your calendar (iCal)`}</a>
        </li>
        <li>
          <a class="govuk-link" href={feedPaths(body?.slug).rss}>
            Follow new meetings, agendas, minutes and decisions (RSS)
          </a>
        </li>
      </ul>
    </Layout>
  );
}
