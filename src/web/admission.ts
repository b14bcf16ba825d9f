import type { MiddlewareHandler } from 'hono';

/**
 * Admits at most `limit` requests at a time and queues the rest first come, first served. The
 * database answers one query at a time (SQLite's one connection, a small PostgreSQL pool), and a
 * page makes several: without this, a hundred requests in flight interleave their queries and
 * the unlucky ones wait seconds while the median waits milliseconds. With it, each admitted
 * request runs its queries back to back, and the slowest waits about as long as the queue.
 */
export function admission(limit: number): MiddlewareHandler {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return async (_c, next) => {
    if (running < limit) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      await next();
    } finally {
      release();
    }
  };
}
