import type { Context, Hono } from 'hono';
import { z } from 'zod';
import {
  getAgendaItem,
  getBody,
  getConsultation,
  getFile,
  getMeeting,
  getMeetingLocation,
  getMembership,
  getOrganization,
  getPaper,
  getPerson,
  getSystem,
  listMeetings,
  listOrganizations,
  listPapers,
  listPeople,
  pageOf,
} from '../../publish/oparl/oparlCatalogue.js';
import { documentBytes } from '../../publish/oparl/oparlRows.js';
import { COUNCIL_BODY_ID, OparlUrls } from '../../publish/oparl/oparlUrls.js';
import type { Store } from '../../store/openStore.js';

export interface OparlRouteOptions {
  /** Absolute URL of the portal (QUORUM_BASE_URL), no trailing slash: every OParl id is built on it. */
  readonly baseUrl: string;
}

const PageQuery = z.object({ page: z.coerce.number().int().min(1).max(1_000_000).default(1) });

/** Data for anyone: OParl clients run in browsers on other sites, so lists and objects allow any origin. */
function json(c: Context, body: unknown, status: 200 | 400 | 404 = 200): Response {
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Cache-Control', 'public, max-age=300');
  return c.json(body, status);
}

function notFound(c: Context): Response {
  return json(c, { error: 'not found', path: c.req.path }, 404);
}

function pageRequest(c: Context): { page: number } | undefined {
  const parsed = PageQuery.safeParse({ page: c.req.query('page') });
  return parsed.success ? parsed.data : undefined;
}

/** One object route: the object as JSON, or a JSON 404. */
function object(app: Hono, path: string, find: (id: string) => Promise<unknown>): void {
  app.get(path, async (c) => {
    const found = await find(c.req.param('id') ?? '');
    return found ? json(c, found) : notFound(c);
  });
}

/** One list route: a page of objects (`?page=N`), or 400 for a page that is not a positive whole number. */
function list(app: Hono, path: string, read: (page: { page: number }, c: Context) => Promise<unknown>): void {
  app.get(path, async (c) => {
    const page = pageRequest(c);
    if (!page) return json(c, { error: 'page must be a whole number from 1' }, 400);
    const result = await read(page, c);
    return result ? json(c, result) : notFound(c);
  });
}

/** OParl 1.1 under /oparl/v1, entry point /oparl/v1/system (CONVENTIONS.md). */
export function registerOparlRoutes(app: Hono, store: Store, options: OparlRouteOptions): void {
  const urls = new OparlUrls(options.baseUrl);
  const db = store.db;

  app.get('/oparl/v1', (c) => c.redirect('/oparl/v1/system', 302));
  app.get('/oparl/v1/system', async (c) => json(c, await getSystem(db, urls)));
  list(app, '/oparl/v1/bodies', async (page) =>
    pageOf(urls.bodies(), page, 1, page.page === 1 ? [await getBody(db, urls)] : []),
  );
  app.get(`/oparl/v1/bodies/${COUNCIL_BODY_ID}`, async (c) => json(c, await getBody(db, urls)));
  list(app, `/oparl/v1/bodies/${COUNCIL_BODY_ID}/organizations`, (page) => listOrganizations(db, urls, page));
  list(app, `/oparl/v1/bodies/${COUNCIL_BODY_ID}/people`, (page) => listPeople(db, urls, page));
  list(app, `/oparl/v1/bodies/${COUNCIL_BODY_ID}/meetings`, (page) => listMeetings(db, urls, page));
  list(app, `/oparl/v1/bodies/${COUNCIL_BODY_ID}/papers`, (page) => listPapers(db, urls, page));

  object(app, '/oparl/v1/organizations/:id', (id) => getOrganization(db, urls, id));
  list(app, '/oparl/v1/organizations/:id/meetings', async (page, c) => {
    const id = c.req.param('id') ?? '';
    return (await getOrganization(db, urls, id)) ? listMeetings(db, urls, page, id) : undefined;
  });
  object(app, '/oparl/v1/people/:id', (id) => getPerson(db, urls, id));
  object(app, '/oparl/v1/memberships/:id', (id) => getMembership(db, urls, id));
  object(app, '/oparl/v1/meetings/:id', (id) => getMeeting(db, urls, id));
  object(app, '/oparl/v1/meetings/:id/location', (id) => getMeetingLocation(db, urls, id));
  object(app, '/oparl/v1/agenda-items/:id', (id) => getAgendaItem(db, urls, id));
  object(app, '/oparl/v1/papers/:id', (id) => getPaper(db, urls, id));
  object(app, '/oparl/v1/consultations/:id', (id) => getConsultation(db, urls, id));
  object(app, '/oparl/v1/files/:id', (id) => getFile(db, urls, id));

  app.get('/oparl/v1/files/:id/download', async (c) => {
    const file = await documentBytes(db, c.req.param('id'));
    if (!file) return notFound(c);
    // Imported HTML is untrusted: always a download, never rendered on our origin.
    c.header('Content-Disposition', `attachment; filename="${c.req.param('id')}"`);
    c.header('Content-Type', file.mediaType);
    c.header('Access-Control-Allow-Origin', '*');
    return c.body(Buffer.from(file.bytes));
  });
}
