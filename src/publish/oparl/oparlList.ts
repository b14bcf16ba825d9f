import type { OparlPage } from './oparlObject.js';

/** Objects per page of an external list. */
export const OPARL_PAGE_SIZE = 100;

/**
 * Which page of a list a request asks for: the objects after the one whose store id is `after`
 * (null: the first page). OParl lets the server choose its paging URLs and clients follow
 * `links.next`, so pages are read by key, never by number: a deep page costs what the first does,
 * and an object added while a client walks the list does not make it skip or repeat one.
 */
export interface OparlListRequest {
  readonly after: string | null;
}

/** The URL of a list's page after `after`, or of its first page. */
export function listPageUrl(listUrl: string, after: string | null): string {
  return after === null ? listUrl : `${listUrl}?after=${encodeURIComponent(after)}`;
}

/** Wraps one page of objects as an OParl list; `nextAfter` is the key the next page starts after, if one follows. */
export function pageOf<T>(
  listUrl: string,
  page: { readonly request: OparlListRequest; readonly size: number; readonly total: number },
  data: readonly T[],
  nextAfter: string | null,
): OparlPage<T> {
  return {
    data,
    pagination: {
      totalElements: page.total,
      elementsPerPage: page.size,
      totalPages: Math.max(1, Math.ceil(page.total / page.size)),
    },
    links: {
      first: listPageUrl(listUrl, null),
      self: listPageUrl(listUrl, page.request.after),
      ...(nextAfter === null ? {} : { next: listPageUrl(listUrl, nextAfter) }),
    },
  };
}
