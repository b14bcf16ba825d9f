import type { z } from 'zod';
import type { PageRequest } from '../../store/public/publicRefs.js';
import type { PublicReads } from '../../store/public/publicReads.js';
import type { ApiLinks } from './apiLinks.js';
import type { ApiPage } from './apiSchemas.js';

/** What a handler gets: its validated parameters and the means to build links. */
export interface ApiRequest<Q> {
  readonly query: Q;
  readonly params: Readonly<Record<string, string>>;
  readonly reads: PublicReads;
  readonly links: ApiLinks;
  /** Today's date (YYYY-MM-DD), for answers that depend on it (who is a current member). */
  readonly today: string;
  /** This request's URL with another page number, every other parameter kept. */
  pageUrl(page: number): string;
}

/**
 * One API route: everything the OpenAPI document says of it comes from here, and so does what the
 * handler is checked against, so the document and the responses cannot drift apart.
 */
export interface ApiRoute {
  /** OpenAPI path template under /api/v1, e.g. `/bodies/{slug}`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tag: string;
  readonly pathParams: z.ZodObject;
  readonly query: z.ZodObject;
  readonly response: z.ZodType;
  /** Whether the route can answer 404 (an unknown id or slug). */
  readonly canBeNotFound: boolean;
  handle(request: ApiRequest<unknown>): Promise<unknown>;
}

export interface RouteDefinition<P extends z.ZodObject, Q extends z.ZodObject, R extends z.ZodType> {
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tag: string;
  readonly pathParams: P;
  readonly query: Q;
  readonly response: R;
  readonly canBeNotFound?: boolean;
  handle(request: ApiRequest<z.output<Q>> & { readonly params: z.output<P> }): Promise<z.input<R>>;
}

/** Types a route's handler against its own schemas, then forgets them for the route table. */
export function defineRoute<P extends z.ZodObject, Q extends z.ZodObject, R extends z.ZodType>(
  definition: RouteDefinition<P, Q, R>,
): ApiRoute {
  return {
    ...definition,
    canBeNotFound: definition.canBeNotFound ?? Object.keys(definition.pathParams.shape).length > 0,
    handle: (request) => definition.handle(request as ApiRequest<z.output<Q>> & { readonly params: z.output<P> }),
  };
}

export function pageRequestOf(query: { page: number; per_page: number }): PageRequest {
  return { limit: query.per_page, offset: (query.page - 1) * query.per_page };
}

/** The list envelope's `page`: `next` is null on the last page, and past it. */
export function pageOf(
  request: ApiRequest<{ page: number; per_page: number }>,
  total: number,
  totalIsLowerBound = false,
): ApiPage {
  const { page, per_page: size } = request.query;
  // A count that stopped knows of one item more than it says.
  const last = Math.max(1, Math.ceil((total + (totalIsLowerBound ? 1 : 0)) / size));
  return {
    number: page,
    size,
    total,
    ...(totalIsLowerBound ? { total_is_lower_bound: true as const } : {}),
    next: page < last ? request.pageUrl(page + 1) : null,
    prev: page > 1 ? request.pageUrl(Math.min(page - 1, last)) : null,
  };
}
