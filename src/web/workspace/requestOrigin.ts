import type { Context } from 'hono';

/**
 * Whether a state-changing request comes from a page of this site (OWASP CSRF Cheat Sheet: verify
 * the source origin with standard headers). Origin is sent by every current browser on POST;
 * Referer stands in where a privacy setting drops it; with neither, the request is refused.
 */
export function comesFromThisSite(c: Context, allowedOrigins: readonly string[]): boolean {
  const own = new URL(c.req.url).origin;
  const source = c.req.header('origin') ?? originOf(c.req.header('referer'));
  if (!source || source === 'null') return false;
  return source === own || allowedOrigins.includes(source);
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
