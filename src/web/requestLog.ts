import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/** `json`: one JSON object a line (what log collectors read); `logfmt`: key=value pairs; `off`. */
export const REQUEST_LOG_FORMATS = ['json', 'logfmt', 'off'] as const;
export type RequestLogFormat = (typeof REQUEST_LOG_FORMATS)[number];

export interface RequestLogEntry {
  readonly time: string;
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly ms: number;
}

/** A request id a proxy sent, if it is a plain token; anything else is replaced by our own. */
const SAFE_ID = /^[\w.:-]{1,100}$/;

/**
 * One line per request: time, request id, method, path, status, milliseconds. Nothing personal:
 * no address, no user agent, no cookie, no query string (searches can name people), and a
 * sign-in link's token is cut from its path. The id is sent back as X-Request-Id, so a reader's
 * report can be matched to its line.
 */
export function requestLog(write: (entry: RequestLogEntry) => void): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    const given = c.req.header('X-Request-Id');
    const id = given && SAFE_ID.test(given) ? given : randomUUID();
    try {
      await next();
    } finally {
      c.res.headers.set('X-Request-Id', id);
      write({
        time: new Date().toISOString(),
        id,
        method: c.req.method,
        path: loggedPath(c.req.path),
        status: c.res.status,
        ms: Math.round((performance.now() - start) * 10) / 10,
      });
    }
  };
}

/** The path with secrets cut: a one-time sign-in link's token. */
export function loggedPath(path: string): string {
  return path.replace(/^\/login\/link\/[^/]+/, '/login/link/-');
}

/** A line of the given format. */
export function formatRequestLog(format: Exclude<RequestLogFormat, 'off'>, e: RequestLogEntry): string {
  if (format === 'json') return JSON.stringify(e);
  // logfmt: values with spaces, quotes or equals signs quoted (a path holds none of those once encoded).
  const value = (v: string | number): string => (/[\s"=]/.test(String(v)) ? JSON.stringify(String(v)) : String(v));
  return Object.entries(e)
    .map(([k, v]) => `${k}=${value(v as string | number)}`)
    .join(' ');
}
