import type { Context, Hono } from 'hono';
import { etag } from 'hono/etag';
import { renderIcalFeed } from '../../publish/icalFeed.js';
import { renderNewsFeed, type NewsFeedFormat } from '../../publish/newsFeed.js';
import type { Body } from '../../domain/body.js';
import type { PublicReads } from '../../store/public/publicReads.js';

export interface FeedRouteOptions {
  /** Absolute URL of the portal (QUORUM_BASE_URL), no trailing slash. */
  readonly baseUrl: string;
  /** Today's date (YYYY-MM-DD): decision notices published by then are news. */
  readonly today?: () => string;
}

/**
 * A calendar app fetches the whole file each time: the coming meetings and the recent past (two
 * years or so of a council's committees) are what it needs. ical-generator folds lines one
 * character at a time, about 0.5 ms per event here, so the file is kept to this many.
 */
export const CALENDAR_MEETING_LIMIT = 500;
/** Feed readers keep what they have seen; the latest entries are enough. */
export const NEWS_ENTRY_LIMIT = 50;

const CONTENT_TYPES: Readonly<Record<FeedFormat, string>> = {
  ics: 'text/calendar; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

type FeedFormat = 'ics' | NewsFeedFormat;

/** rel="alternate" links of the news feeds, for a page's head. */
export function feedAlternates(bodySlug?: string): { href: string; type: string; title: string }[] {
  const paths = feedPaths(bodySlug);
  return [
    { href: paths.rss, type: 'application/rss+xml', title: 'Meetings, agendas, minutes and decisions (RSS)' },
    { href: paths.atom, type: 'application/atom+xml', title: 'Meetings, agendas, minutes and decisions (Atom)' },
  ];
}

/** The feeds of all meetings or of one body, as paths for the portal's links. */
export function feedPaths(bodySlug?: string): Readonly<Record<FeedFormat, string>> {
  const stem = bodySlug ? `/feeds/bodies/${encodeURIComponent(bodySlug)}` : '/feeds/meetings';
  return { ics: `${stem}.ics`, rss: `${stem}.rss`, atom: `${stem}.atom` };
}

function formatOf(extension: string): FeedFormat | null {
  return extension === 'ics' || extension === 'rss' || extension === 'atom' ? extension : null;
}

/** Readers poll; five minutes of caching spares the database, and the ETag makes a poll of an unchanged feed cheap. */
function send(c: Context, format: FeedFormat, body: string): Response {
  c.header('Content-Type', CONTENT_TYPES[format]);
  c.header('Cache-Control', 'public, max-age=300');
  return c.body(body);
}

async function renderFeed(
  reads: PublicReads,
  format: FeedFormat,
  body: Body | null,
  baseUrl: string,
  today: string,
): Promise<string> {
  const scope = body ? { bodyId: body.id } : {};
  const publisher = await reads.settings.councilName();
  // Feed readers and calendars list many feeds side by side: the council's name says whose these are.
  const name = `${body ? `${body.name}: meetings` : 'Committee meetings'} - ${publisher}`;
  if (format === 'ics') {
    const meetings = await reads.meetings.list({ ...scope, limit: CALENDAR_MEETING_LIMIT });
    const minutes = await reads.feeds.writtenMinutes(meetings.map((m) => m.id));
    return renderIcalFeed(
      meetings.map((m) => ({ ...m, minutes: minutes.get(m.id) })),
      { baseUrl, name },
    );
  }
  const [events, notices] = await Promise.all([
    reads.feeds.events({ ...scope, limit: NEWS_ENTRY_LIMIT }),
    reads.decisionNotices.latest(today, { ...scope, limit: NEWS_ENTRY_LIMIT }),
  ]);
  const paths = feedPaths(body?.slug);
  return renderNewsFeed(
    events,
    format,
    {
      baseUrl,
      title: name,
      publisher,
      description: body
        ? `New meetings, agendas, minutes and decisions of ${body.name}`
        : 'New meetings, agendas, minutes and decisions of every committee',
      pageUrl: body ? `${baseUrl}/bodies/${body.slug}` : `${baseUrl}/`,
      feedUrls: { rss: `${baseUrl}${paths.rss}`, atom: `${baseUrl}${paths.atom}` },
    },
    notices,
    NEWS_ENTRY_LIMIT,
  );
}

/** /feeds/meetings.{ics,rss,atom} and /feeds/bodies/{slug}.{ics,rss,atom}; an unknown body or format is a 404. */
export function registerFeedRoutes(app: Hono, reads: PublicReads, options: FeedRouteOptions): void {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const today = options.today ?? ((): string => new Date().toISOString().slice(0, 10));
  app.use('/feeds/*', etag());

  app.get('/feeds/:file', async (c) => {
    const match = /^meetings\.([a-z]+)$/.exec(c.req.param('file'));
    const format = match ? formatOf(match[1] ?? '') : null;
    if (!format) return c.notFound();
    return send(c, format, await renderFeed(reads, format, null, baseUrl, today()));
  });

  app.get('/feeds/bodies/:file', async (c) => {
    const match = /^(.+)\.([a-z]+)$/.exec(c.req.param('file'));
    const format = match ? formatOf(match[2] ?? '') : null;
    const body = match && format ? await reads.bodies.findBySlug(match[1] ?? '') : undefined;
    if (!format || !body) return c.notFound();
    return send(c, format, await renderFeed(reads, format, body, baseUrl, today()));
  });
}
