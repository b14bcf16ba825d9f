import type { Html } from './html.js';

/** A page number to link, or an ellipsis for the pages left out. */
export type PageEntry = number | 'ellipsis';

/**
 * The pages GOV.UK's pagination shows: the first, the last, the current one and its neighbours,
 * with an ellipsis for each gap of more than one page (a gap of one shows the page instead).
 * `openEnded`: `total` is only the pages known so far (a count that stopped), so the last is not
 * shown as the last: an ellipsis follows the current page's neighbours instead.
 */
export function pageEntries(current: number, total: number, openEnded = false): PageEntry[] {
  if (total <= 1) return [];
  const ends = openEnded ? [1] : [1, total];
  const shown = new Set([...ends, current - 1, current, current + 1].filter((p) => p >= 1 && p <= total));
  const sorted = [...shown].sort((a, b) => a - b);
  const out: PageEntry[] = [];
  for (const page of sorted) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && page - previous === 2) out.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) out.push('ellipsis');
    out.push(page);
  }
  if (openEnded) out.push('ellipsis');
  return out;
}

const ARROW_PREV =
  'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z';
const ARROW_NEXT =
  'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z';

function Arrow({ direction }: { direction: 'prev' | 'next' }): Html {
  return (
    <svg
      class={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={direction === 'prev' ? ARROW_PREV : ARROW_NEXT}></path>
    </svg>
  );
}

export interface PaginationProps {
  readonly current: number;
  readonly total: number;
  /** The address of a page. */
  readonly href: (page: number) => string;
  /** What is paged, for the landmark's name ("Search results pages"). */
  readonly label?: string;
  /** More pages may follow `total` (see `pageEntries`). */
  readonly openEnded?: boolean;
}

/** GOV.UK's pagination component: previous and next links around the page numbers. Nothing for one page. */
export function Pagination({ current, total, href, label = 'Pagination', openEnded = false }: PaginationProps): Html {
  const entries = pageEntries(current, total, openEnded);
  if (entries.length === 0) return <></>;
  return (
    <nav class="govuk-pagination" aria-label={label}>
      {current > 1 ? (
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={href(current - 1)} rel="prev">
            <Arrow direction="prev" />
            <span class="govuk-pagination__link-title">
              Previous<span class="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      ) : (
        ''
      )}
      <ul class="govuk-pagination__list">
        {entries.map((entry) =>
          entry === 'ellipsis' ? (
            <li class="govuk-pagination__item govuk-pagination__item--ellipsis">{'\u22ef'}</li>
          ) : (
            <li class={`govuk-pagination__item${entry === current ? ' govuk-pagination__item--current' : ''}`}>
              <a
                class="govuk-link govuk-pagination__link"
                href={href(entry)}
                aria-label={`Page ${entry}`}
                aria-current={entry === current ? 'page' : undefined}
              >
                {String(entry)}
              </a>
            </li>
          ),
        )}
      </ul>
      {current < total ? (
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={href(current + 1)} rel="next">
            <span class="govuk-pagination__link-title">
              Next<span class="govuk-visually-hidden"> page</span>
            </span>
            <Arrow direction="next" />
          </a>
        </div>
      ) : (
        ''
      )}
    </nav>
  );
}

export interface KeysetPaginationProps {
  /** The address of the page before (newer), or null on the first page. */
  readonly previous: string | null;
  /** The address of the page after (older), or null on the last page. */
  readonly next: string | null;
  readonly label?: string;
}

/**
 * GOV.UK's pagination component for a list paged by key rather than by number: previous and next
 * links only, since a page deep in a large list has no cheap number. Nothing when there is one page.
 */
export function KeysetPagination({ previous, next, label = 'Pagination' }: KeysetPaginationProps): Html {
  if (!previous && !next) return <></>;
  return (
    <nav class="govuk-pagination" aria-label={label}>
      {previous ? (
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={previous} rel="prev">
            <Arrow direction="prev" />
            <span class="govuk-pagination__link-title">
              Previous<span class="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      ) : (
        ''
      )}
      {next ? (
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={next} rel="next">
            <span class="govuk-pagination__link-title">
              Next<span class="govuk-visually-hidden"> page</span>
            </span>
            <Arrow direction="next" />
          </a>
        </div>
      ) : (
        ''
      )}
    </nav>
  );
}
