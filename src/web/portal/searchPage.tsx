import type { Body } from '../../domain/body.js';
import type { PersonHit, SearchHit, SearchPage as SearchResults } from '../../store/public/publicSearch.js';
import { formatLongDate } from '../../domain/calendar/dateInWords.js';
import type { Html } from '../pages/html.js';
import { DateInputField } from '../pages/dateInputField.js';
import { ErrorSummary } from '../pages/errorSummary.js';
import { Layout } from '../pages/layout.js';
import { Pagination } from '../pages/pagination.js';
import { MarkedText } from './markedText.js';
import { PERSON_KIND_LABELS } from './personKindLabels.js';
import { MAX_SEARCH_PAGE, type SearchForm, type SearchParams } from './searchParams.js';

const KIND_LABELS: Readonly<Record<string, string>> = {
  meeting: 'Meeting',
  item: 'Agenda item',
  resolution: 'Resolution',
  document: 'Document not yet placed at a meeting',
};

function hitLink(hit: SearchHit, itemOfResolution: ReadonlyMap<string, string>): string {
  if (hit.kind === 'meeting') return `/meetings/${hit.subjectId}`;
  if (hit.kind === 'item') return `/items/${hit.subjectId}`;
  if (hit.kind === 'document') return `/documents/${hit.subjectId}`;
  const itemId = itemOfResolution.get(hit.subjectId);
  // No item: the meeting resolved it outside any item, and lists it on its own page.
  return itemId
    ? `/items/${itemId}#resolution-${hit.subjectId}`
    : `/meetings/${hit.meetingId}#resolution-${hit.subjectId}`;
}

function pageLink(params: SearchParams, page: number): string {
  const q = new URLSearchParams();
  q.set('q', params.q);
  if (params.body) q.set('body', params.body);
  if (params.from) q.set('from', params.from);
  if (params.to) q.set('to', params.to);
  if (params.kind) q.set('kind', params.kind);
  q.set('page', String(page));
  return `/search?${q.toString()}`;
}

export interface SearchPageProps {
  readonly form: SearchForm;
  readonly bodies: readonly Body[];
  /** Null when nothing was asked, or the form has errors. */
  readonly results: SearchResults | null;
  readonly pageSize: number;
  /** For resolution hits: the item each belongs to. */
  readonly itemOfResolution: ReadonlyMap<string, string>;
  /** People found by name (first page only). */
  readonly people: readonly PersonHit[];
}

/** A hit's title: a meeting is named by its committee and its date in words, not the indexed text. */
function hitTitle(hit: SearchHit, bodyName: string | undefined): string {
  if (hit.kind === 'meeting' && bodyName && hit.date) return `${bodyName}, ${formatLongDate(hit.date)}`;
  return hit.title;
}

/** "Agenda item, Planning Committee, meeting of Tuesday 4 March 2025": what it is, whose, and when. */
function hitContext(hit: SearchHit, bodyName: string | undefined): string {
  const kind = KIND_LABELS[hit.kind] ?? hit.kind;
  if (hit.kind === 'meeting') return kind;
  const when = hit.date ? `meeting of ${formatLongDate(hit.date)}` : null;
  return [kind, bodyName, when].filter(Boolean).join(', ');
}

/** "1 result", "45 results", or past the count's limit "More than 1,000 results": counting stopped there. */
export function resultCount(results: Pick<SearchResults, 'total' | 'moreThanTotal'>): string {
  const n = results.total.toLocaleString('en-GB');
  if (results.moreThanTotal) return `More than ${n} results`;
  return `${n} result${results.total === 1 ? '' : 's'}`;
}

const DATE_HINT = 'For example, 27 3 2024';

export function SearchPage({ form, bodies, results, pageSize, itemOfResolution, people }: SearchPageProps): Html {
  const { params, errors } = form;
  const bodyNames = new Map(bodies.map((b) => [b.id, b.name]));
  // A count that stopped (`moreThanTotal`) knows of one match more than it says: at least one page follows.
  const known = results ? results.total + (results.moreThanTotal ? 1 : 0) : 0;
  const pages = Math.min(MAX_SEARCH_PAGE, Math.ceil(known / pageSize));
  const errorOf = (field: 'from' | 'to') => errors.find((e) => e.field === field) ?? null;
  return (
    <Layout
      title={params.q ? `Search: ${params.q}` : 'Search'}
      error={errors.length > 0}
      section="search"
      breadcrumbs={[]}
    >
      {errors.length > 0 ? (
        <ErrorSummary
          errors={errors.map((e) => ({ target: `${e.field}-${e.parts[0] ?? 'day'}`, message: e.message }))}
        />
      ) : (
        ''
      )}
      <h1 class="govuk-heading-xl">Search</h1>
      <form method="get" action="/search" class="quorum-search-form" novalidate>
        <div class="govuk-form-group">
          <label class="govuk-label" for="q">
            Words to find in titles, minutes and resolutions
          </label>
          <input class="govuk-input" id="q" name="q" type="search" value={params.q} />
        </div>
        <div class="govuk-form-group">
          <label class="govuk-label" for="body">
            Committee or body
          </label>
          <select class="govuk-select" id="body" name="body">
            <option value="">Any</option>
            {bodies.map((b) => (
              <option value={b.slug} selected={params.body === b.slug}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <DateInputField
          name="from"
          legend="From date"
          hint={DATE_HINT}
          value={form.dates.from}
          error={errorOf('from')}
        />
        <DateInputField name="to" legend="To date" hint={DATE_HINT} value={form.dates.to} error={errorOf('to')} />
        <div class="govuk-form-group">
          <label class="govuk-label" for="kind">
            Kind
          </label>
          <select class="govuk-select" id="kind" name="kind">
            <option value="">Any</option>
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option value={value} selected={params.kind === value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="govuk-button">
          Search
        </button>
      </form>
      {people.length > 0 ? (
        <>
          <h2 class="govuk-heading-m">People</h2>
          <ul class="govuk-list search-people">
            {people.map((p) => (
              <li>
                <a class="govuk-link" href={`/people/${p.slug}`}>
                  {p.name}
                </a>
                {`, ${PERSON_KIND_LABELS[p.kind] ?? PERSON_KIND_LABELS.unknown}`}
                {p.respelt ? (
                  <span class="govuk-hint govuk-!-display-block">{`Spelt differently from “${params.q}”`}</span>
                ) : (
                  ''
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      {results ? (
        <>
          <h2 class="govuk-heading-m" aria-live="polite">
            {resultCount(results)}
          </h2>
          <ol class="govuk-list search-results" start={(params.page - 1) * pageSize + 1}>
            {results.hits.map((hit) => (
              <li>
                <h3 class="govuk-heading-s">
                  <a class="govuk-link" href={hitLink(hit, itemOfResolution)}>
                    {hitTitle(hit, bodyNames.get(hit.bodyId ?? ''))}
                  </a>
                </h3>
                <p class="govuk-body-s">{hitContext(hit, bodyNames.get(hit.bodyId ?? ''))}</p>
                <p class="govuk-body">
                  <MarkedText text={hit.snippet} />
                </p>
              </li>
            ))}
          </ol>
          <Pagination
            current={params.page}
            total={pages}
            href={(page) => pageLink(params, page)}
            label="Search results pages"
            openEnded={results.moreThanTotal && pages < MAX_SEARCH_PAGE}
          />
        </>
      ) : (
        ''
      )}
    </Layout>
  );
}
