import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { DataVersion } from '../store/store.js';

/** Paths never cached: the signed-in side, sign-in, health, downloads (streamed, large). */
const NOT_CACHED = /^\/(workspace|admin|login|logout|healthz|exports)(\/|$)/;
/** What is kept: pages, API answers, OParl, feeds. Downloads and assets have their own headers. */
const CACHED_TYPES = /^(text\/html|application\/(json|[\w.+-]+\+json|xml|[\w.+-]+\+xml)|text\/calendar)\b/;
const LARGEST_RESPONSE = 1024 * 1024;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

interface Entry {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array<ArrayBuffer>;
  readonly etag: string;
}

export interface PageCacheOptions {
  /** The store-wide data version: every committed change to the record raises it. */
  readonly dataVersion: () => Promise<DataVersion>;
  /** Today's date (YYYY-MM-DD): pages such as the home page change with it, not only with the data. */
  readonly today: () => string;
  /** Bytes of responses kept, least recently used dropped first. */
  readonly maxBytes?: number;
  /** The clock, for Last-Modified. */
  readonly now?: () => number;
}

/**
 * A render cache for what the public reads, with validators. A response is kept under the data
 * version read *before* it was rendered, so it is never older than its key: a change committed
 * mid-render at most makes the entry newer than it needs to be, and the next request, reading
 * the raised version, renders afresh. Every response gets a strong ETag (a hash of its bytes)
 * and a Last-Modified (the latest change, or today's start); If-None-Match, or failing that
 * If-Modified-Since, answers 304. Requests that carry cookies bypass the cache (nothing public
 * depends on them today; if a page ever greets a signed-in reader, no one else gets it), but
 * still get validators.
 */
export function pageCache(options: PageCacheOptions): MiddlewareHandler {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  let generation = '';
  let bytes = 0;

  const keep = (key: string, entry: Entry): void => {
    if (entry.body.byteLength > maxBytes) return;
    entries.set(key, entry);
    bytes += entry.body.byteLength;
    for (const [oldest, e] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldest);
      bytes -= e.body.byteLength;
    }
  };

  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || NOT_CACHED.test(c.req.path)) return next();
    let version: DataVersion;
    try {
      version = await options.dataVersion();
    } catch {
      return next(); // the database is away: the route answers as it can, and nothing is kept
    }
    const today = options.today();
    const current = `${version.version}|${today}`;
    if (current !== generation) {
      // Versions only rise and days only pass: nothing kept before can be asked for again.
      entries.clear();
      bytes = 0;
      generation = current;
    }
    const lastModified = lastModifiedOf(version.changedAt, today, now());
    const shared = !c.req.header('Cookie');
    const key = c.req.url;
    let entry = shared ? entries.get(key) : undefined;
    if (entry) {
      entries.delete(key);
      entries.set(key, entry); // most recently used last
    } else {
      await next();
      entry = await entryOf(c.res);
      if (!entry) return;
      if (shared && generation === current) keep(key, entry);
    }
    const headers = new Headers(entry.headers as [string, string][]);
    headers.set('ETag', entry.etag);
    if (lastModified !== null) headers.set('Last-Modified', new Date(lastModified).toUTCString());
    if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-cache');
    if (notModified(c.req.header('If-None-Match'), c.req.header('If-Modified-Since'), entry.etag, lastModified)) {
      for (const name of ['Content-Type', 'Content-Length']) headers.delete(name);
      c.res = undefined;
      c.res = new Response(null, { status: 304, headers });
      return;
    }
    c.res = undefined;
    c.res = new Response(entry.body, { status: entry.status, headers });
  };
}

/** A response worth keeping, read whole; or undefined (and the response left as it was). */
async function entryOf(res: Response): Promise<Entry | undefined> {
  if (res.status !== 200 || res.headers.has('Set-Cookie')) return undefined;
  if (/no-store|private/.test(res.headers.get('Cache-Control') ?? '')) return undefined;
  if (!CACHED_TYPES.test(res.headers.get('Content-Type') ?? '')) return undefined;
  const length = Number(res.headers.get('Content-Length') ?? 0);
  if (length > LARGEST_RESPONSE) return undefined;
  const body = new Uint8Array(await res.clone().arrayBuffer());
  if (body.byteLength > LARGEST_RESPONSE) return undefined;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { status: res.status, headers: headerPairs(res.headers), body, etag };
}

function headerPairs(headers: Headers): [string, string][] {
  const pairs: [string, string][] = [];
  headers.forEach((value, name) => pairs.push([name, value]));
  return pairs;
}

/**
 * The latest change or the start of today, whichever is later, in whole seconds; null within the
 * second it names, when another change in that same second could follow unseen (HTTP dates have
 * no fractions, so a client holding that date could not tell the two apart).
 */
function lastModifiedOf(changedAt: string, today: string, nowMs: number): number | null {
  const latest = Math.min(nowMs, Math.max(Date.parse(changedAt) || 0, Date.parse(`${today}T00:00:00Z`) || 0));
  const second = Math.floor(latest / 1000) * 1000;
  return Math.floor(nowMs / 1000) * 1000 <= second ? null : second;
}

function notModified(
  ifNoneMatch: string | undefined,
  ifModifiedSince: string | undefined,
  etag: string,
  lastModified: number | null,
): boolean {
  if (ifNoneMatch !== undefined) {
    // Weak comparison (RFC 9110 13.1.2): a proxy may have weakened our tag.
    return ifNoneMatch
      .split(',')
      .map((t) => t.trim().replace(/^W\//, ''))
      .some((t) => t === '*' || t === etag);
  }
  if (ifModifiedSince === undefined || lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && lastModified <= since;
}
