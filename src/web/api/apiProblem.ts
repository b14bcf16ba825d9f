import type { Context } from 'hono';
import { ProblemSchema, type ApiProblemBody } from './apiSchemas.js';

export type ApiProblemCode = 'invalid_parameter' | 'unknown_filter_value' | 'not_found' | 'internal';

const TITLES: Readonly<Record<ApiProblemCode, { status: 400 | 404 | 500; title: string }>> = {
  invalid_parameter: { status: 400, title: 'Invalid parameter' },
  unknown_filter_value: { status: 400, title: 'Unknown filter value' },
  not_found: { status: 404, title: 'Not found' },
  internal: { status: 500, title: 'Internal error' },
};

/** A failure a handler reports to the client; turned into problem+json by the API's routes. */
export class ApiProblem extends Error {
  readonly code: ApiProblemCode;
  readonly parameter: string | null;

  constructor(code: ApiProblemCode, message: string, parameter: string | null = null) {
    super(message);
    this.name = 'ApiProblem';
    this.code = code;
    this.parameter = parameter;
  }

  get status(): 400 | 404 | 500 {
    return TITLES[this.code].status;
  }
}

/** Every path under /api/ (not only /api/v1) answers in JSON, so a client on a wrong version gets a readable 404. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

export function problemBody(problem: ApiProblem): ApiProblemBody {
  return ProblemSchema.parse({
    type: 'about:blank',
    title: TITLES[problem.code].title,
    status: problem.status,
    detail: problem.message,
    error: { code: problem.code, message: problem.message, parameter: problem.parameter },
  });
}

/** RFC 9457 problem details, with CORS so a browser client can read why its request failed. */
export function problemResponse(c: Context, problem: ApiProblem): Response {
  return c.body(JSON.stringify(problemBody(problem)), problem.status, {
    'Content-Type': 'application/problem+json',
    'Access-Control-Allow-Origin': '*',
  });
}

/** For app.notFound: an unknown path under /api/ answers in JSON, not with the portal's HTML page. */
export function apiNotFound(c: Context): Response {
  return problemResponse(c, new ApiProblem('not_found', `There is no API resource at ${c.req.path}.`));
}

/** For app.onError: the API's errors in JSON; the message of an unexpected error is not shown to clients. */
export function apiError(c: Context, status: number): Response {
  if (status === 404) return problemResponse(c, new ApiProblem('not_found', 'Not found.'));
  if (status === 400)
    return problemResponse(c, new ApiProblem('invalid_parameter', 'The request could not be understood.'));
  return problemResponse(c, new ApiProblem('internal', 'The server could not answer this request.'));
}
