import { municipalYearSlug } from '../../domain/calendar/municipalYear.js';
import type { Body } from '../../domain/body.js';
import { formatLongDate } from '../../domain/calendar/dateInWords.js';
import {
  MAX_SUBSTANTIVE_ITEMS_PER_MEETING,
  WORK_PROGRAMME_SOURCE_LABELS,
  WORK_PROGRAMME_STATUS_LABELS,
} from '../../domain/workProgramme.js';
import type { PublicWorkProgrammeEntry } from '../../store/public/publicWorkProgramme.js';
import type { Html } from '../pages/html.js';
import { Layout } from '../pages/layout.js';

function Person({ name, slug }: { name: string | null; slug: string | null }): Html {
  if (!name) return <>not named</>;
  return slug ? (
    <a class="govuk-link" href={`/people/${encodeURIComponent(slug)}`}>
      {name}
    </a>
  ) : (
    <>{name}</>
  );
}

function Topic({ entry }: { entry: PublicWorkProgrammeEntry }): Html {
  return (
    <div class="govuk-!-margin-bottom-4">
      <h3 class="govuk-heading-s govuk-!-margin-bottom-1">{entry.topic}</h3>
      {entry.objectives ? <p class="govuk-body govuk-!-margin-bottom-1">{entry.objectives}</p> : null}
      <dl class="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-0">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Status</dt>
          <dd class="govuk-summary-list__value">
            {WORK_PROGRAMME_STATUS_LABELS[entry.status]}
            {entry.substantive ? '' : ' (for information)'}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Source</dt>
          <dd class="govuk-summary-list__value">
            {entry.source ? WORK_PROGRAMME_SOURCE_LABELS[entry.source] : 'Not recorded'}
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Executive member</dt>
          <dd class="govuk-summary-list__value">
            <Person name={entry.executiveMember} slug={entry.executiveMemberSlug} />
          </dd>
        </div>
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key">Lead officer</dt>
          <dd class="govuk-summary-list__value">
            <Person name={entry.leadOfficer} slug={entry.leadOfficerSlug} />
          </dd>
        </div>
      </dl>
    </div>
  );
}

/** `/bodies/{slug}/work-programme`: the topics a committee plans to look at in a municipal year. */
export function WorkProgrammePage(props: {
  body: Body;
  year: string | null;
  years: readonly string[];
  entries: readonly PublicWorkProgrammeEntry[];
}): Html {
  const { body, year, entries } = props;
  const byMeeting = new Map<string, PublicWorkProgrammeEntry[]>();
  const scoping: PublicWorkProgrammeEntry[] = [];
  for (const e of entries) {
    if (e.plannedOn) byMeeting.set(e.plannedOn, [...(byMeeting.get(e.plannedOn) ?? []), e]);
    else scoping.push(e);
  }
  const query = year ? `?year=${municipalYearSlug(year)}` : '';
  return (
    <Layout
      title={`Work programme${year ? ` ${year}` : ''}: ${body.name}`}
      section="bodies"
      breadcrumbs={[
        { href: '/bodies', text: 'Committees' },
        { href: `/bodies/${encodeURIComponent(body.slug)}`, text: body.name },
      ]}
    >
      <span class="govuk-caption-l">{body.name}</span>
      <h1 class="govuk-heading-xl">Work programme{year ? ` ${year}` : ''}</h1>
      <p class="govuk-body">
        The topics the committee plans to look at, the meeting each is planned for, and who leads on it. The committee
        recommends itself at most {MAX_SUBSTANTIVE_ITEMS_PER_MEETING} substantive items per meeting.
      </p>
      {props.years.length > 1 ? (
        <nav aria-label="Municipal years">
          <ul class="govuk-list govuk-list--inline">
            {props.years.map((y) =>
              y === year ? (
                <li>
                  <strong>{y}</strong>
                </li>
              ) : (
                <li>
                  <a
                    class="govuk-link"
                    href={`/bodies/${encodeURIComponent(body.slug)}/work-programme?year=${municipalYearSlug(y)}`}
                  >
                    {y}
                  </a>
                </li>
              ),
            )}
          </ul>
        </nav>
      ) : null}
      {entries.length === 0 ? (
        <p class="govuk-body">No work programme has been published for this committee yet.</p>
      ) : null}
      {[...byMeeting].map(([date, planned]) => {
        const meetingId = planned.find((e) => e.meetingId)?.meetingId;
        const load = planned.filter((e) => e.substantive && e.status === 'scheduled').length;
        return (
          <section>
            <h2 class="govuk-heading-m">
              {meetingId ? (
                <a class="govuk-link" href={`/meetings/${encodeURIComponent(meetingId)}`}>
                  {formatLongDate(date)}
                </a>
              ) : (
                formatLongDate(date)
              )}
            </h2>
            {load > MAX_SUBSTANTIVE_ITEMS_PER_MEETING ? (
              <p class="govuk-body-s">
                {load} substantive items are planned, more than the recommended {MAX_SUBSTANTIVE_ITEMS_PER_MEETING}.
              </p>
            ) : null}
            {planned.map((e) => (
              <Topic entry={e} />
            ))}
          </section>
        );
      })}
      {scoping.length ? (
        <section>
          <h2 class="govuk-heading-m">Not yet scheduled</h2>
          {scoping.map((e) => (
            <Topic entry={e} />
          ))}
        </section>
      ) : null}
      <h2 class="govuk-heading-m">Open data</h2>
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={`/api/v1/bodies/${encodeURIComponent(body.slug)}/work-programme${query}`}>
            This work programme as JSON
          </a>
        </li>
        <li>
          <a class="govuk-link" href={`/exports/work-programme.csv?body=${encodeURIComponent(body.slug)}`}>
            Every year of it as CSV
          </a>
        </li>
      </ul>
    </Layout>
  );
}
