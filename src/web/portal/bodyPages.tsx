import type { Body } from '../../domain/body.js';
import { municipalYearSlug } from '../../domain/calendar/municipalYear.js';
import type { BodyDetail, BodyMember, BodyOverview } from '../../store/public/publicBodies.js';
import { feedAlternates, feedPaths } from '../feeds/feedRoutes.js';
import { formatDate, formatLongDate } from '../../domain/calendar/dateInWords.js';
import { formatTime } from '../../domain/calendar/timeInWords.js';
import { correctionText } from '../../domain/correction.js';
import type { Html } from '../pages/html.js';
import { Layout } from '../pages/layout.js';
import { pageRange } from '../pageRange.js';
import { annualReportHref } from './reports/reportHrefs.js';

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

const DESCRIPTION_LENGTH = 220;

/** The first sentences of a description, up to about `DESCRIPTION_LENGTH` characters, cut at a word. */
export function shortDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_LENGTH) return flat;
  const sentence = flat.slice(0, DESCRIPTION_LENGTH).match(/^.*[.!?](?=\s)/)?.[0];
  if (sentence && sentence.length > DESCRIPTION_LENGTH / 3) return sentence;
  return `${flat.slice(0, DESCRIPTION_LENGTH).replace(/\s+\S*$/, '')}…`;
}

/** "Scrutiny committee" and the like, where no terms of reference describe the body. */
function kindInWords(body: Body): string {
  const kind = KIND_LABELS[body.kind] ?? 'Body';
  return body.isScrutiny ? `${kind}, scrutiny` : kind;
}

/** Each year's list of all meetings in the calendar: `/calendar?year=2024-25&body=…`. */
export function yearHref(municipalYear: string, slug?: string): string {
  return `/calendar?year=${municipalYearSlug(municipalYear)}${slug ? `&body=${encodeURIComponent(slug)}` : ''}`;
}

export function BodiesPage({ bodies }: { bodies: readonly BodyOverview[] }): Html {
  return (
    <Layout title="Committees and other bodies" section="bodies" breadcrumbs={[]}>
      <h1 class="govuk-heading-xl">Committees and other bodies</h1>
      {bodies.length === 0 ? (
        <p class="govuk-body">No bodies are recorded yet.</p>
      ) : (
        <ul class="govuk-list quorum-body-list">
          {bodies.map(({ body, description, meetingCount, lastMet }) => (
            <li class="govuk-!-margin-bottom-6">
              <h2 class="govuk-heading-s govuk-!-margin-bottom-1">
                <a class="govuk-link" href={`/bodies/${body.slug}`}>
                  {body.name}
                </a>
              </h2>
              <p class="govuk-body govuk-!-margin-bottom-1">
                {description ? shortDescription(description) : kindInWords(body)}
              </p>
              <p class="govuk-body-s govuk-hint">
                {`${meetingCount} meeting${meetingCount === 1 ? '' : 's'} recorded${lastMet ? `, the latest on ${formatLongDate(lastMet)}` : ''}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

function MembersTable({ members, stated }: { members: readonly BodyMember[]; stated: boolean }): Html {
  return (
    <table class="govuk-table quorum-table--stack">
      <caption class="govuk-table__caption govuk-table__caption--m">
        {stated ? 'Official members' : 'Members seen at meetings'}
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
            {stated ? 'Stated in the record of' : 'First seen'}
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
        {members.map((m) => (
          <tr class="govuk-table__row">
            <td class="govuk-table__cell" data-label="Name">
              <a class="govuk-link" href={`/people/${m.slug}`}>
                {m.name}
              </a>
            </td>
            <td class="govuk-table__cell" data-label="Role">
              {m.roles.length ? m.roles.join(', ') : 'Member'}
              {m.corrections.map((c) => (
                <span class="govuk-hint govuk-!-display-block">{correctionText(c)}</span>
              ))}
            </td>
            <td class="govuk-table__cell" data-label={stated ? 'Stated in the record of' : 'First seen'}>
              {stated ? (m.statedOn ? formatDate(m.statedOn) : 'Not dated') : formatDate(m.firstSeen)}
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
  );
}

export function BodyPage({ detail }: { detail: BodyDetail }): Html {
  const { body, termsOfReference: tor, termsOfReferencePart: torPart } = detail;
  const official = detail.members.filter((m) => m.basis === 'stated');
  const seen = detail.members.filter((m) => m.basis !== 'stated');
  const meetingCount = detail.meetingsByYear.reduce((n, y) => n + y.meetings.length, 0);
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
      {body.isScrutiny ? (
        <p class="govuk-body">
          <a class="govuk-link" href={`/bodies/${encodeURIComponent(body.slug)}/work-programme`}>
            Work programme
          </a>
        </p>
      ) : null}
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
        <>
          <h2 class="govuk-heading-l">Terms of reference</h2>
          {torPart ? (
            <p class="govuk-body">
              <a class="govuk-link" href={`/documents/${torPart.documentId}#part-${torPart.position}`}>
                {`${torPart.title}${torPart.pageStart ? ` (${pageRange(torPart.pageStart, torPart.pageEnd)})` : ''}`}
              </a>
              {`, printed in the papers for the meeting of ${formatLongDate(torPart.meetingDate)}`}
            </p>
          ) : (
            <p class="govuk-body">No terms of reference are recorded.</p>
          )}
        </>
      )}
      <h2 class="govuk-heading-l">Members</h2>
      {detail.members.length === 0 ? (
        <p class="govuk-body">No members are recorded.</p>
      ) : (
        <>
          <p class="govuk-body">
            Official members are those the record states: a membership list, terms of reference or an appointment in the
            minutes. Members seen at meetings are those recorded as present, sending apologies or absent as a member,
            where no statement of their membership is recorded. Current members come first.
          </p>
          {official.length > 0 ? <MembersTable members={official} stated={true} /> : ''}
          {official.length === 0 ? <p class="govuk-body">No statement of the official membership is recorded.</p> : ''}
          {seen.length > 0 ? <MembersTable members={seen} stated={false} /> : ''}
        </>
      )}
      <h2 class="govuk-heading-l">Meetings</h2>
      <p class="govuk-body">{`${meetingCount} meeting${meetingCount === 1 ? '' : 's'} recorded, by municipal year.`}</p>
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
          {/^\d{4}\/\d{2}$/.test(year.municipalYear) ? (
            <ul class="govuk-list govuk-body-s">
              <li>
                <a class="govuk-link" href={yearHref(year.municipalYear, body.slug)}>
                  {`All meetings of ${year.municipalYear} in the calendar`}
                </a>
              </li>
              {body.isScrutiny ? (
                <li>
                  <a class="govuk-link" href={annualReportHref(body.slug, year.municipalYear)}>
                    {`Annual scrutiny report ${year.municipalYear}`}
                  </a>
                </li>
              ) : (
                ''
              )}
            </ul>
          ) : (
            ''
          )}
        </>
      ))}
    </Layout>
  );
}
