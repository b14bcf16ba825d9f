import type { Body } from '../../domain/body.js';
import type { BodyDetail } from '../../store/public/publicBodies.js';
import { feedAlternates, feedPaths } from '../feeds/feedRoutes.js';
import { formatDate, formatLongDate } from '../../domain/calendar/dateInWords.js';
import { formatTime } from '../../domain/calendar/timeInWords.js';
import { correctionText } from '../../domain/correction.js';
import type { Html } from '../pages/html.js';
import { Layout } from '../pages/layout.js';

const KIND_LABELS: Readonly<Record<string, string>> = {
  full_council: 'Full council',
  executive: 'Executive',
  committee: 'Committee',
  sub_committee: 'Sub-committee',
  board: 'Board',
  panel: 'Panel',
  partnership: 'Partnership board',
  other: 'Body',
};

export function BodiesPage({ bodies }: { bodies: readonly Body[] }): Html {
  return (
    <Layout title="Committees and other bodies" section="bodies" breadcrumbs={[]}>
      <h1 class="govuk-heading-xl">Committees and other bodies</h1>
      {bodies.length === 0 ? (
        <p class="govuk-body">No bodies are recorded yet.</p>
      ) : (
        <ul class="govuk-list">
          {bodies.map((b) => (
            <li>
              <a class="govuk-link" href={`/bodies/${b.slug}`}>
                {b.name}
              </a>{' '}
              <span class="govuk-hint govuk-!-display-inline">{`${KIND_LABELS[b.kind] ?? 'Body'}${b.isScrutiny ? ', scrutiny' : ''}`}</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function BodyPage({ detail }: { detail: BodyDetail }): Html {
  const { body, termsOfReference: tor } = detail;
  return (
    <Layout
      title={body.name}
      section="bodies"
      feeds={feedAlternates(body.slug)}
      breadcrumbs={[{ href: '/bodies', text: 'Committees' }]}
    >
      <span class="govuk-caption-l">{KIND_LABELS[body.kind] ?? 'Body'}</span>
      <h1 class="govuk-heading-xl">{body.name}</h1>
      <p class="govuk-body">
        <a class="govuk-link" href={`/calendar?body=${encodeURIComponent(body.slug)}`}>
          Meetings calendar
        </a>
      </p>
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={feedPaths(body.slug).ics}>
            Subscribe to these meetings in your calendar (iCal)
          </a>
        </li>
        <li>
          <a class="govuk-link" href={feedPaths(body.slug).rss}>
            Follow new meetings, agendas, minutes and decisions (RSS)
          </a>
        </li>
      </ul>
      {tor ? (
        <>
          <h2 class="govuk-heading-l">Terms of reference</h2>
          {[
            ['Description', tor.description],
            ['Purpose', tor.purpose],
            ['Objectives', tor.objectives],
            ['Powers', tor.powers],
            ['Membership', tor.membershipRules],
            ['Quorum', tor.quorumText],
            ['Frequency of meetings', tor.frequencyText],
          ]
            .filter(([, v]) => v)
            .map(([heading, text]) => (
              <>
                <h3 class="govuk-heading-s">{heading}</h3>
                <p class="govuk-body">{text}</p>
              </>
            ))}
        </>
      ) : (
        ''
      )}
      <h2 class="govuk-heading-l">Members</h2>
      {detail.members.length === 0 ? (
        <p class="govuk-body">No members are recorded.</p>
      ) : (
        <table class="govuk-table quorum-table--stack">
          <caption class="govuk-table__caption govuk-table__caption--s">
            Members as the record states them (a membership list, terms of reference, an appointment) or as inferred
            from attendance at the body's meetings (present, sending apologies or absent as a member); current members
            first
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header">
                Name
              </th>
              <th scope="col" class="govuk-table__header">
                Role
              </th>
              <th scope="col" class="govuk-table__header">
                Membership
              </th>
              <th scope="col" class="govuk-table__header">
                First seen
              </th>
              <th scope="col" class="govuk-table__header">
                Last seen
              </th>
              <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                Meetings
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {detail.members.map((m) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell" data-label="Name">
                  <a class="govuk-link" href={`/people/${m.slug}`}>
                    {m.name}
                  </a>
                </td>
                <td class="govuk-table__cell" data-label="Role">
                  {m.roles.length ? m.roles.join(', ') : 'Member'}
                </td>
                <td class="govuk-table__cell" data-label="Membership">
                  {m.basis === 'stated'
                    ? `Stated in the record${m.statedOn ? ` of ${formatLongDate(m.statedOn)}` : ''}`
                    : 'Inferred from attendance'}
                  {m.corrections.map((c) => (
                    <span class="govuk-hint govuk-!-display-block">{correctionText(c)}</span>
                  ))}
                </td>
                <td class="govuk-table__cell" data-label="First seen">
                  {formatDate(m.firstSeen)}
                </td>
                <td class="govuk-table__cell" data-label="Last seen">
                  {m.current ? 'Current' : formatDate(m.lastSeen)}
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric" data-label="Meetings">
                  {String(m.meetings)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 class="govuk-heading-l">Meetings</h2>
      {detail.meetingsByYear.map((year) => (
        <>
          <h3 class="govuk-heading-m">{`Municipal year ${year.municipalYear}`}</h3>
          <ul class="govuk-list">
            {year.meetings.map((m) => (
              <li>
                <a class="govuk-link" href={`/meetings/${m.id}`}>
                  {formatLongDate(m.date)}
                </a>
                {m.startTime ? ` at ${formatTime(m.startTime)}` : ''}
              </li>
            ))}
          </ul>
        </>
      ))}
    </Layout>
  );
}
