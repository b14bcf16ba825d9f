import type { PersonDetail, PersonSummary, PublicRegister } from '../../store/public/publicPeople.js';
import { INTEREST_CATEGORY_LABELS } from '../../domain/interests/interestCategory.js';
import { formatLongDate } from '../../domain/calendar/dateInWords.js';
import { correctionText } from '../../domain/correction.js';
import { membershipBasisText } from '../../domain/membership.js';
import type { PersonKind } from '../../domain/person.js';
import type { Html } from '../pages/html.js';
import { Layout } from '../pages/layout.js';
import { AttendanceChart } from './attendanceChart.js';
import { PERSON_KIND_LABELS } from './personKindLabels.js';

const KIND_LABELS: Readonly<Record<string, string>> = {
  present: 'Present',
  substitute: 'Substitute',
  apologies: 'Apologies',
  absent: 'Absent',
  in_attendance: 'In attendance',
};

/** The register of interests the council publishes (Localism Act 2011 s.29), sensitive details withheld. */
function PublishedRegister({ register }: { register: PublicRegister }): Html {
  return (
    <>
      <h2 class="govuk-heading-l">Register of interests</h2>
      <p class="govuk-body">
        {register.reviewedOn
          ? `Last reviewed by the member on ${formatLongDate(register.reviewedOn)}.`
          : 'No review of this register is recorded.'}
      </p>
      {register.entries.length === 0 ? (
        <p class="govuk-body">No interests registered.</p>
      ) : (
        <dl class="govuk-summary-list">
          {register.entries.map((e) => (
            <div class="govuk-summary-list__row">
              <dt class="govuk-summary-list__key">{INTEREST_CATEGORY_LABELS[e.category]}</dt>
              <dd class="govuk-summary-list__value">
                {e.description ?? 'A sensitive interest: its details are withheld'}
                <span class="govuk-body-s">{` (registered ${formatLongDate(e.registeredOn)})`}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

/** ", first seen 30 March 2023, last seen 5 May 2024", or one date when they are the same. */
function seenText(first: string | null, last: string | null): string {
  if (!first) return '';
  if (!last || last === first) return ` (seen ${formatLongDate(first)})`;
  return ` (first seen ${formatLongDate(first)}, last seen ${formatLongDate(last)})`;
}

/** The groups of the people list: councillors first, then officers, then everyone else. */
const PEOPLE_GROUPS: readonly { readonly heading: string; readonly kinds: readonly PersonKind[] }[] = [
  { heading: 'Councillors', kinds: ['councillor'] },
  { heading: 'Officers', kinds: ['officer'] },
  { heading: 'Others', kinds: ['co_optee', 'partner', 'public', 'unknown'] },
];

function PeopleList({ people, withKind }: { people: readonly PersonSummary[]; withKind: boolean }): Html {
  return (
    <ul class="govuk-list">
      {people.map((p) => (
        <li>
          <a class="govuk-link" href={`/people/${p.slug}`}>
            {p.displayName}
          </a>
          {`${withKind ? `, ${PERSON_KIND_LABELS[p.kind] ?? PERSON_KIND_LABELS.unknown}` : ''} (${p.meetings} meeting${p.meetings === 1 ? '' : 's'})`}
        </li>
      ))}
    </ul>
  );
}

export function PeoplePage({ people }: { people: readonly PersonSummary[] }): Html {
  const groups = PEOPLE_GROUPS.map((g) => ({ ...g, people: people.filter((p) => g.kinds.includes(p.kind)) })).filter(
    (g) => g.people.length > 0,
  );
  return (
    <Layout title="People" section="people" breadcrumbs={[]}>
      <h1 class="govuk-heading-xl">People</h1>
      {people.length === 0 ? (
        <p class="govuk-body">No people are recorded yet.</p>
      ) : (
        <>
          <p class="govuk-body">
            Councillors, then the council’s officers, then others named in the minutes: co-opted members, partners and
            people whose role the record does not give.
          </p>
          {groups.length > 1 ? (
            <ul class="govuk-list">
              {groups.map((g) => (
                <li>
                  <a class="govuk-link" href={`#${g.heading.toLowerCase()}`}>
                    {`${g.heading} (${g.people.length})`}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            ''
          )}
          {groups.map((g) => (
            <>
              <h2 class="govuk-heading-l" id={g.heading.toLowerCase()}>
                {g.heading}
              </h2>
              <PeopleList people={g.people} withKind={g.heading === 'Others'} />
            </>
          ))}
        </>
      )}
    </Layout>
  );
}

export function PersonPage({ detail }: { detail: PersonDetail }): Html {
  const { person } = detail;
  const roles = [...new Set(detail.attendance.filter((a) => a.roleText).map((a) => `${a.roleText}, ${a.bodyName}`))];
  return (
    <Layout title={person.displayName} section="people" breadcrumbs={[{ href: '/people', text: 'People' }]}>
      <span class="govuk-caption-l">{PERSON_KIND_LABELS[person.kind] ?? PERSON_KIND_LABELS.unknown}</span>
      <h1 class="govuk-heading-xl">{person.displayName}</h1>
      {detail.aliases.length > 1 ? <p class="govuk-body">{`Also written: ${detail.aliases.join('; ')}`}</p> : ''}
      {detail.corrections.length > 0 ? (
        <>
          <h2 class="govuk-heading-m">Corrections</h2>
          <ul class="govuk-list">
            {detail.corrections.map((c) => (
              <li>{correctionText(c)}</li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      {detail.memberships.length > 0 ? (
        <>
          <h2 class="govuk-heading-l">Memberships</h2>
          <ul class="govuk-list govuk-list--bullet">
            {detail.memberships.map((m) => (
              <li>
                <a class="govuk-link" href={`/bodies/${m.body.slug}`}>
                  {m.body.name}
                </a>
                {`: ${membershipBasisText(m, formatLongDate)}`}
                {m.statement ? <span class="govuk-hint govuk-!-display-block">{`“${m.statement}”`}</span> : ''}
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      {detail.posts.length > 0 ? (
        <>
          <h2 class="govuk-heading-l">Posts</h2>
          <p class="govuk-body">Job titles written beside their name where the minutes list those in attendance.</p>
          <ul class="govuk-list govuk-list--bullet">
            {detail.posts.map((p) => (
              <li>{`${p.jobTitle}${seenText(p.firstSeenOn, p.lastSeenOn)}`}</li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      {roles.length > 0 ? (
        <>
          <h2 class="govuk-heading-l">Roles</h2>
          <ul class="govuk-list govuk-list--bullet">
            {roles.map((r) => (
              <li>{r}</li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      {detail.rates.length > 0 ? (
        <>
          <h2 class="govuk-heading-l">Attendance</h2>
          <div class="attendance">
            <figure class="quorum-figure">
              <figcaption class="govuk-body-s">
                Share of meetings attended as a member, by body and municipal year (the table gives the figures)
              </figcaption>
              <AttendanceChart rates={detail.rates} />
            </figure>
            <table class="govuk-table quorum-table--stack">
              <caption class="govuk-table__caption govuk-table__caption--s">
                Meetings attended as a member, by body and municipal year
              </caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">
                    Body
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Year
                  </th>
                  <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                    Attended
                  </th>
                  <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                    Expected
                  </th>
                  <th scope="col" class="govuk-table__header govuk-table__header--numeric">
                    Rate
                  </th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {detail.rates.map((r) => (
                  <tr class="govuk-table__row">
                    <td class="govuk-table__cell" data-label="Body">
                      <a class="govuk-link" href={`/bodies/${r.bodySlug}`}>
                        {r.bodyName}
                      </a>
                    </td>
                    <td class="govuk-table__cell" data-label="Year">
                      {r.municipalYear}
                    </td>
                    <td class="govuk-table__cell govuk-table__cell--numeric" data-label="Attended">
                      {String(r.attended)}
                    </td>
                    <td class="govuk-table__cell govuk-table__cell--numeric" data-label="Expected">
                      {String(r.expected)}
                    </td>
                    <td
                      class="govuk-table__cell govuk-table__cell--numeric"
                      data-label="Rate"
                    >{`${Math.round((100 * r.attended) / Math.max(1, r.expected))}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        ''
      )}
      <h2 class="govuk-heading-l">Meetings</h2>
      {detail.attendance.length === 0 ? (
        <p class="govuk-body">No meetings are recorded.</p>
      ) : (
        <ul class="govuk-list">
          {detail.attendance.map((a) => (
            <li>
              <a class="govuk-link" href={`/meetings/${a.meetingId}`}>{`${a.bodyName}, ${formatLongDate(a.date)}`}</a>
              {`: ${KIND_LABELS[a.kind] ?? a.kind}${a.reason ? ` (${a.reason})` : ''}${a.roleText ? `, ${a.roleText}` : ''}`}
            </li>
          ))}
        </ul>
      )}
      {detail.register ? <PublishedRegister register={detail.register} /> : null}
      <h2 class="govuk-heading-l">Declarations of interest</h2>
      {detail.declarations.length === 0 ? (
        <p class="govuk-body">None recorded.</p>
      ) : (
        <ul class="govuk-list">
          {detail.declarations.map((d) => (
            <li>
              <a class="govuk-link" href={`/meetings/${d.meetingId}`}>{`${d.bodyName}, ${formatLongDate(d.date)}`}</a>
              {`${d.itemTitle ? ` (${d.itemTitle})` : ''}: ${d.text}`}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
