import type { Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import { z } from 'zod';
import { AppError } from '../../domain/errors.js';
import type { PublicReads } from '../../store/public/publicReads.js';
import { registerAknRoute } from './apiAknRoute.js';
import { documentRoutes } from './apiDocumentRoutes.js';
import { forwardPlanRoutes } from './apiForwardPlanRoutes.js';
import { API_PREFIX, apiLinks } from './apiLinks.js';
import { meetingRoutes } from './apiMeetingRoutes.js';
import { parseQuery } from './apiParams.js';
import { peopleRoutes } from './apiPeopleRoutes.js';
import { workProgrammeRoutes } from './apiWorkProgrammeRoutes.js';
import { ApiProblem, problemResponse } from './apiProblem.js';
import { defineRoute, type ApiRoute } from './apiRoute.js';
import { OpenApiDocumentSchema } from './apiSchemas.js';
import { buildOpenApiDocument, type OpenApiDocument } from './openApiDocument.js';

export interface ApiOptions {
  /** QUORUM_BASE_URL; without it, links are built from the request's own origin. */
  readonly baseUrl?: string | undefined;
  /** Today's date (YYYY-MM-DD), passed in so answers do not read the clock themselves. */
  readonly today?: () => string;
}

const documentsByServer = new Map<string, OpenApiDocument>();

const openApiRoute = defineRoute({
  path: '/openapi.json',
  operationId: 'openApiDocument',
  summary: 'This API’s OpenAPI 3.1 document',
  tag: 'meta',
  pathParams: z.object({}),
  query: z.object({}),
  response: OpenApiDocumentSchema,
  async handle(req) {
    const server = req.links.api('');
    const cached = documentsByServer.get(server) ?? buildOpenApiDocument(API_ROUTES, server);
    // Without QUORUM_BASE_URL the server URL comes from the request's Host: keep the cache bounded.
    if (documentsByServer.size >= 8) documentsByServer.clear();
    documentsByServer.set(server, cached);
    return cached;
  },
});

/** Every route of the JSON API, in the order the OpenAPI document lists them. */
export const API_ROUTES: readonly ApiRoute[] = [
  ...peopleRoutes,
  ...workProgrammeRoutes,
  ...meetingRoutes,
  ...forwardPlanRoutes,
  ...documentRoutes,
  openApiRoute,
];

/** `/bodies/{slug}` → `/bodies/:slug` */
export function honoPathOf(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ':$1');
}

/** The JSON API under /api/v1 (CONVENTIONS.md), read-only and open to any origin. */
export function registerApiRoutes(app: Hono, reads: PublicReads, options: ApiOptions = {}): void {
  app.use(`${API_PREFIX}/*`, cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], maxAge: 86400 }));
  registerAknRoute(app, reads, options);
  for (const route of API_ROUTES)
    app.get(`${API_PREFIX}${honoPathOf(route.path)}`, (c) => answer(c, route, reads, options));
}

async function answer(c: Context, route: ApiRoute, reads: PublicReads, options: ApiOptions): Promise<Response> {
  const links = apiLinks(options.baseUrl ?? new URL(c.req.url).origin);
  const raw = c.req.query();
  try {
    const params = route.pathParams.safeParse(c.req.param());
    if (!params.success)
      throw new ApiProblem(
        'not_found',
        `There is nothing at ${c.req.path}.`,
        String(params.error.issues[0]?.path[0] ?? '') || null,
      );
    const query = parseQuery(route.query, raw);
    const pageUrl = (page: number): string => {
      const search = new URLSearchParams({ ...raw, page: String(page) });
      return `${links.api(c.req.path.slice(API_PREFIX.length))}?${search.toString()}`;
    };
    const body = await route.handle({
      query,
      params: params.data as Record<string, string>,
      reads,
      today: options.today?.() ?? new Date().toISOString().slice(0, 10),
      links,
      pageUrl,
    });
    const checked = route.response.safeParse(body);
    // A response that does not match its schema is the server's fault: a 500 (and a failed test), never sent as it is.
    if (!checked.success)
      throw new AppError(
        'INTERNAL',
        `response of ${route.operationId} does not match its schema: ${z.prettifyError(checked.error)}`,
      );
    return c.json(checked.data as object);
  } catch (error) {
    if (error instanceof ApiProblem) return problemResponse(c, error);
    throw error;
  }
}
