import type { Hono } from 'hono';

/** Where every public walk starts: the portal's sections, the API's lists, OParl, feeds and downloads. */
export const ENTRY_POINTS = [
  '/',
  '/bodies',
  '/people',
  '/documents',
  '/calendar?month=2025-03',
  '/exports',
  '/decisions',
  '/forward-plan',
  '/feeds/meetings.ics',
  '/feeds/meetings.rss',
  '/feeds/meetings.atom',
  '/oparl/v1/system',
  '/api/v1/openapi.json',
  ...[
    'bodies',
    'people',
    'memberships',
    'meetings',
    'items',
    'documents',
    'resolutions',
    'recommendations',
    'decision-notices',
    'forward-plan',
  ].map((list) => `/api/v1/${list}?per_page=100`),
  // Words of the markers, not the markers themselves: a search page rightly repeats what was asked.
  ...['confidential', 'sale', 'valuation', 'buyer', 'site'].flatMap((w) => [`/search?q=${w}`, `/api/v1/search?q=${w}`]),
];

/** Links a response names: href and src attributes, and absolute URLs of this portal in JSON, XML and feeds. */
function linksIn(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(/(?:href|src)="([^"#]+)/g)) out.push(m[1]!.replace(/&amp;/g, '&'));
  for (const m of body.matchAll(/https:\/\/council\.example(\/[^\s"'<>\\]*)/g)) out.push(m[1]!);
  // Month after month the calendar links on for ever: its months are walked from the entry point,
  // and every meeting is reached through the lists of each municipal year (`/calendar?year=`).
  return out.filter((l) => l.startsWith('/') && !l.startsWith('//') && !/^\/calendar\?(?:.*&)?month=/.test(l));
}

export interface WalkResult {
  readonly leaks: readonly string[];
  readonly seen: ReadonlySet<string>;
  readonly fetched: number;
}

/**
 * Follows every link from the public entry points (pages, API, OParl, feeds, downloads) and
 * notes each response that holds one of the markers, with or without its tags.
 */
export async function walkPublicOutputs(
  app: Pick<Hono, 'request'>,
  markers: readonly string[],
  extraEntries: readonly string[] = [],
): Promise<WalkResult> {
  const seen = new Set<string>();
  const queue = [...ENTRY_POINTS, ...extraEntries];
  const leaks: string[] = [];
  let fetched = 0;
  while (queue.length > 0 && fetched < 3000) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await app.request(path);
    fetched++;
    if (response.status >= 300) continue;
    const body = await response.text();
    // Without tags too: a search page marks matched words (<mark>SALE</mark>-OF-DEPOT).
    const text = `${body}\n${body.replace(/<[^>]*>/g, '')}`;
    for (const marker of markers) if (text.includes(marker)) leaks.push(`${path}: ${marker}`);
    for (const link of linksIn(body)) if (!seen.has(link)) queue.push(link);
  }
  return { leaks, seen, fetched };
}
