import type { ChangedWithin } from '../../store/public/catalogue/catalogueRequest.js';
import type { OparlPage } from './oparlObject.js';

/** Objects per page of an external list. */
export const OPARL_PAGE_SIZE = 100;

/** The filters every OParl server must support on every external list (OParl 1.1, 2.5 "Filter"). */
export const OPARL_LIST_FILTERS = ['created_since', 'created_until', 'modified_since', 'modified_until'] as const;
export type OparlListFilter = (typeof OPARL_LIST_FILTERS)[number];

/**
 * Which page of a list a request asks for: the objects after the one whose store id is `after`
 * (null: the first page), of those the filters keep. OParl lets the server choose its paging URLs
 * and clients follow `links.next`, so pages are read by key, never by number: a deep page costs
 * what the first does, and an object added while a client walks the list does not make it skip or
 * repeat one. `filters` are the client's values as given, checked (`oparlDateTime`), kept in every
 * link of the list as OParl requires.
 */
export interface OparlListRequest {
  readonly after: string | null;
  readonly filters?: Readonly<Partial<Record<OparlListFilter, string>>>;
}

/**
 * An OParl `date-time` (RFC 3339: date, time with seconds, `Z` or an offset) as the instant in UTC
 * that the store compares, or null when the text is not one.
 */
export function oparlDateTime(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  // Date.parse rolls 30 February over into March; a date that is not on the calendar is refused.
  const day = new Date(Date.UTC(y!, mo! - 1, d!));
  if (day.getUTCMonth() !== mo! - 1 || day.getUTCDate() !== d! || h! > 23 || mi! > 59 || s! > 59) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The window of creation and change times the request's filters set (already checked). */
export function changedWithinOf(request: OparlListRequest): ChangedWithin {
  const at = (filter: OparlListFilter): string | undefined => {
    const text = request.filters?.[filter];
    return text === undefined ? undefined : (oparlDateTime(text) ?? undefined);
  };
  const window = {
    createdSince: at('created_since'),
    createdUntil: at('created_until'),
    modifiedSince: at('modified_since'),
    modifiedUntil: at('modified_until'),
  };
  return Object.fromEntries(Object.entries(window).filter(([, v]) => v !== undefined));
}

/** The URL of a list's page after `after`, or of its first page, with the request's filters. */
export function listPageUrl(listUrl: string, after: string | null, request?: OparlListRequest): string {
  const query = new URLSearchParams();
  for (const filter of OPARL_LIST_FILTERS) {
    const value = request?.filters?.[filter];
    if (value !== undefined) query.set(filter, value);
  }
  if (after !== null) query.set('after', after);
  const text = query.toString();
  return text === '' ? listUrl : `${listUrl}?${text}`;
}

/** Wraps one page of objects as an OParl list; `nextAfter` is the key the next page starts after, if one follows. */
export function pageOf<T>(
  listUrl: string,
  page: { readonly request: OparlListRequest; readonly size: number; readonly total: number },
  data: readonly T[],
  nextAfter: string | null,
): OparlPage<T> {
  const { request } = page;
  return {
    data,
    pagination: {
      totalElements: page.total,
      elementsPerPage: page.size,
      totalPages: Math.max(1, Math.ceil(page.total / page.size)),
    },
    links: {
      first: listPageUrl(listUrl, null, request),
      self: listPageUrl(listUrl, request.after, request),
      ...(nextAfter === null ? {} : { next: listPageUrl(listUrl, nextAfter, request) }),
    },
  };
}
