import type { Body } from '../../domain/body.js';
import { municipalYearSlug } from '../../domain/calendar/municipalYear.js';
import type { MeetingSummary, MeetingYear } from '../../store/public/publicMeetings.js';
import { feedAlternates, feedPaths } from '../feeds/feedRoutes.js';
import { formatLongDate } from '../../domain/calendar/dateInWords.js';
import { formatTime } from '../../domain/calendar/timeInWords.js';
import type { Html } from '../pages/html.js';
import { Layout } from '../pages/layout.js';
import { MeetingStatusTag } from '../pages/meetingStatus.js';
import { yearHref } from './bodyPages.js';

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
  /** The municipal years with meetings (of the body, if one is chosen), for the way to a year. */
  readonly years: readonly MeetingYear[];
  /** When the month has no meetings: the latest before it and the first after it. */
  readonly nearest: { readonly previous: MeetingSummary | null; readonly next: MeetingSummary | null };
}

function bodyQuery(body: Body | null): string {
  return body ? `&body=${encodeURIComponent(body.slug)}` : '';
}

function monthHref(month: string, body: Body | null): string {
  return `/calendar?month=${month}${bodyQuery(body)}`;
}

/** "Tuesday 4 March 2025, 6:30pm: Planning Committee". */
function meetingText(m: MeetingSummary): string {
  return `${formatLongDate(m.date)}${m.startTime ? `, ${formatTime(m.startTime)}` : ''}: ${m.body.name}`;
}

function MeetingList({ meetings }: { meetings: readonly MeetingSummary[] }): Html {
  return (
    <ul class="govuk-list">
      {meetings.map((m) => (
        <li>
          <a class="govuk-link" href={`/meetings/${m.id}`}>
            {meetingText(m)}
          </a>{' '}
          <MeetingStatusTag status={m.status} />
        </li>
      ))}
    </ul>
  );
}

/** The body filter, keeping the month or year shown. */
function BodyFilter({
  body,
  bodies,
  keep,
}: {
  body: Body | null;
  bodies: readonly Body[];
  keep: [string, string];
}): Html {
  return (
    <form method="get" action="/calendar">
      <input type="hidden" name={keep[0]} value={keep[1]} />
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
  );
}

/** Links to every municipal year with meetings: the way to a year. */
function YearLinks({
  years,
  body,
  current,
}: {
  years: readonly MeetingYear[];
  body: Body | null;
  current?: string;
}): Html {
  if (years.length === 0) return <></>;
  return (
    <>
      <h2 class="govuk-heading-m">All meetings by municipal year</h2>
      <ul class="govuk-list quorum-year-list">
        {years.map((y) =>
          y.municipalYear === current ? (
            <li>
              <strong>{`${y.municipalYear} (${y.meetings} meeting${y.meetings === 1 ? '' : 's'})`}</strong>
            </li>
          ) : (
            <li>
              <a class="govuk-link" href={yearHref(y.municipalYear, body?.slug)}>
                {y.municipalYear}
              </a>
              {` (${y.meetings} meeting${y.meetings === 1 ? '' : 's'})`}
            </li>
          ),
        )}
      </ul>
    </>
  );
}

export function CalendarPage({ month, body, bodies, meetings, years, nearest }: CalendarPageProps): Html {
  const link = (m: string): string => monthHref(m, body);
  return (
    <Layout
      title={`Meetings in ${monthLabel(month)}${body ? ` - ${body.name}` : ''}`}
      section="calendar"
      feeds={feedAlternates(body?.slug)}
      breadcrumbs={[]}
    >
      <span class="govuk-caption-l">{body ? body.name : 'All bodies'}</span>
      <h1 class="govuk-heading-xl">{`Meetings in ${monthLabel(month)}`}</h1>
      <BodyFilter body={body} bodies={bodies} keep={['month', month]} />
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
        <>
          <p class="govuk-body">No meetings this month.</p>
          {nearest.previous || nearest.next ? (
            <>
              <h2 class="govuk-heading-m">The nearest meetings</h2>
              <ul class="govuk-list">
                {nearest.previous ? (
                  <li>
                    {'Before: '}
                    <a class="govuk-link" href={`/meetings/${nearest.previous.id}`}>
                      {meetingText(nearest.previous)}
                    </a>
                    {' ('}
                    <a class="govuk-link" href={link(nearest.previous.date.slice(0, 7))}>
                      {`meetings in ${monthLabel(nearest.previous.date.slice(0, 7))}`}
                    </a>
                    {')'}
                  </li>
                ) : (
                  ''
                )}
                {nearest.next ? (
                  <li>
                    {'After: '}
                    <a class="govuk-link" href={`/meetings/${nearest.next.id}`}>
                      {meetingText(nearest.next)}
                    </a>
                    {' ('}
                    <a class="govuk-link" href={link(nearest.next.date.slice(0, 7))}>
                      {`meetings in ${monthLabel(nearest.next.date.slice(0, 7))}`}
                    </a>
                    {')'}
                  </li>
                ) : (
                  ''
                )}
              </ul>
            </>
          ) : (
            <p class="govuk-body">No meetings are recorded yet.</p>
          )}
        </>
      ) : (
        <MeetingList meetings={meetings} />
      )}
      <YearLinks years={years} body={body} />
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

export interface CalendarYearPageProps {
  /** The municipal year's label, `2024/25`. */
  readonly year: string;
  readonly body: Body | null;
  readonly bodies: readonly Body[];
  /** The year's meetings, in date order. */
  readonly meetings: readonly MeetingSummary[];
  readonly years: readonly MeetingYear[];
}

/** `/calendar?year=2024-25`: every meeting of a municipal year (of one body, if chosen), by month. */
export function CalendarYearPage({ year, body, bodies, meetings, years }: CalendarYearPageProps): Html {
  const months = new Map<string, MeetingSummary[]>();
  for (const m of meetings) months.set(m.date.slice(0, 7), [...(months.get(m.date.slice(0, 7)) ?? []), m]);
  const index = years.findIndex((y) => y.municipalYear === year);
  const later = index > 0 ? years[index - 1] : undefined;
  const earlier = index >= 0 ? years[index + 1] : undefined;
  return (
    <Layout
      title={`Meetings in municipal year ${year}${body ? ` - ${body.name}` : ''}`}
      section="calendar"
      feeds={feedAlternates(body?.slug)}
      breadcrumbs={[{ href: `/calendar${body ? `?body=${encodeURIComponent(body.slug)}` : ''}`, text: 'Calendar' }]}
    >
      <span class="govuk-caption-l">{body ? body.name : 'All bodies'}</span>
      <h1 class="govuk-heading-xl">{`Meetings in municipal year ${year}`}</h1>
      <BodyFilter body={body} bodies={bodies} keep={['year', municipalYearSlug(year)]} />
      {earlier || later ? (
        <nav class="govuk-pagination govuk-pagination--block" aria-label="Municipal years">
          {earlier ? (
            <div class="govuk-pagination__prev">
              <a
                class="govuk-link govuk-pagination__link"
                href={yearHref(earlier.municipalYear, body?.slug)}
                rel="prev"
              >
                {`Previous year: ${earlier.municipalYear}`}
              </a>
            </div>
          ) : (
            ''
          )}
          {later ? (
            <div class="govuk-pagination__next">
              <a class="govuk-link govuk-pagination__link" href={yearHref(later.municipalYear, body?.slug)} rel="next">
                {`Next year: ${later.municipalYear}`}
              </a>
            </div>
          ) : (
            ''
          )}
        </nav>
      ) : (
        ''
      )}
      <p class="govuk-body">
        {`${meetings.length} meeting${meetings.length === 1 ? '' : 's'} recorded in the municipal year ${year}.`}
      </p>
      {[...months].map(([month, list]) => (
        <>
          <h2 class="govuk-heading-m">
            <a class="govuk-link" href={monthHref(month, body)}>
              {monthLabel(month)}
            </a>
          </h2>
          <MeetingList meetings={list} />
        </>
      ))}
      <YearLinks years={years} body={body} current={year} />
    </Layout>
  );
}
