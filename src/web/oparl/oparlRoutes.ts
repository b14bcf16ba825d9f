import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { toAppError } from '../../domain/errors.js';
import { OparlCatalogue } from '../../publish/oparl/oparlCatalogue.js';
import { OPARL_LIST_FILTERS, oparlDateTime, type OparlListRequest } from '../../publish/oparl/oparlList.js';
import { COUNCIL_BODY_ID, OparlUrls } from '../../publish/oparl/oparlUrls.js';
import type { PublicReads } from '../../store/public/publicReads.js';

export interface OparlRouteOptions {
  /** Absolute URL of the portal (QUORUM_BASE_URL), no trailing slash: every OParl id is built on it. */
  readonly baseUrl: string;
  /** Objects per list page (100); tests make it small to walk many pages. */
  readonly pageSize?: number;
  /** Today's date (YYYY-MM-DD): decision notices published by then are served. */
  readonly today?: () => string;
}

/** One of OParl's list filters: a full date-time, as OParl 1.1 requires of them. */
const dateTimeFilter = z
  .string()
  .refine((text) => oparlDateTime(text) !== null, {
    error: (issue) =>
      `${String(issue.path?.[0])} must be a date-time with seconds and a time zone, such as 2025-01-31T23:59:59+00:00`,
  })
  .optional();

/**
 * Lists page by key: `?after=<id>`, as each page's `links.next` says. `?page=1` was every list's
 * `first` link while lists paged by number, so it still answers as the first page; any other page
 * number has no key to start from and is refused with the way to walk the list. The four filters
 * narrow any list to objects created or changed within a window (OParl 1.1, 2.5 "Filter").
 */
const ListQuery = z.object({
  created_since: dateTimeFilter,
  created_until: dateTimeFilter,
  modified_since: dateTimeFilter,
  modified_until: dateTimeFilter,
  after: z
    .string()
    .regex(/^[\w-]{1,100}$/, 'after must be the id of an object in the list, as links.next gives it')
    .optional(),
  page: z.literal('1', { error: 'lists are not paged by number: start at the list and follow links.next' }).optional(),
});

/** Data for anyone: OParl clients run in browsers on other sites, so lists and objects allow any origin. */
function json(c: Context, body: unknown, status: ContentfulStatusCode = 200): Response {
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Cache-Control', 'public, max-age=300');
  return c.json(body, status);
}

function notFound(c: Context): Response {
  return json(c, { error: 'not found', path: c.req.path }, 404);
}

/** Answers with what `work` finds, a JSON 404 when it finds nothing, or in JSON why it was refused. */
async function answer(c: Context, work: () => Promise<unknown>): Promise<Response> {
  try {
    const found = await work();
    return found === undefined ? notFound(c) : json(c, found);
  } catch (error) {
    const refusal = toAppError(error);
    if (refusal.httpStatus >= 500) throw error;
    return json(c, { error: refusal.message, path: c.req.path }, refusal.httpStatus as ContentfulStatusCode);
  }
}

/** One object route: the object as JSON, or a JSON 404. */
function object(app: Hono, path: string, find: (id: string) => Promise<unknown>): void {
  app.get(path, (c) => answer(c, () => find(c.req.param('id') ?? '')));
}

/** One list route: a page of objects, or 400 for a query that names no page. */
function list(app: Hono, path: string, read: (request: OparlListRequest, c: Context) => Promise<unknown>): void {
  app.get(path, (c) => {
    const given = Object.fromEntries(
      ['after', 'page', ...OPARL_LIST_FILTERS].map((name) => [name, c.req.query(name)] as const),
    );
    const query = ListQuery.safeParse(given);
    if (!query.success) return json(c, { error: query.error.issues[0]!.message, path: c.req.path }, 400);
    const { after, page: _page, ...filters } = query.data;
    return answer(c, () => read({ after: after ?? null, filters }, c));
  });
}

/** OParl 1.1 under /oparl/v1, entry point /oparl/v1/system (CONVENTIONS.md), read through the public catalogue. */
export function registerOparlRoutes(app: Hono, reads: PublicReads, options: OparlRouteOptions): void {
  const oparl = new OparlCatalogue(reads, new OparlUrls(options.baseUrl), options.pageSize, options.today);
  const council = `/oparl/v1/bodies/${COUNCIL_BODY_ID}`;

  app.get('/oparl/v1', (c) => c.redirect('/oparl/v1/system', 302));
  app.get('/oparl/v1/system', (c) => answer(c, () => oparl.system()));
  list(app, '/oparl/v1/bodies', (request) => oparl.listBodies(request));
  app.get(council, (c) => answer(c, () => oparl.body()));
  list(app, `${council}/organizations`, (request) => oparl.listOrganizations(request));
  list(app, `${council}/people`, (request) => oparl.listPeople(request));
  list(app, `${council}/meetings`, (request) => oparl.listMeetings(request));
  list(app, `${council}/papers`, (request) => oparl.listPapers(request));
  list(app, `${council}/files`, (request) => oparl.listFiles(request));

  object(app, '/oparl/v1/organizations/:id', (id) => oparl.organization(id));
  list(app, '/oparl/v1/organizations/:id/meetings', (request, c) => oparl.listMeetings(request, c.req.param('id')));
  app.get('/oparl/v1/people/:id', async (c) => {
    const id = c.req.param('id');
    const person = await oparl.person(id);
    if (person) return json(c, person);
    // Exports and older pages may carry the id of a spelling since merged into another person:
    // it moved for good, to the person it now is.
    const moved = await oparl.mergedPerson(id);
    if (!moved) return notFound(c);
    c.header('Access-Control-Allow-Origin', '*');
    return c.redirect(moved, 301);
  });
  object(app, '/oparl/v1/memberships/:id', (id) => oparl.membership(id));
  object(app, '/oparl/v1/meetings/:id', (id) => oparl.meeting(id));
  object(app, '/oparl/v1/meetings/:id/location', (id) => oparl.meetingLocation(id));
  object(app, '/oparl/v1/meetings/:id/results-protocol', (id) => oparl.meetingResultsProtocol(id));
  object(app, '/oparl/v1/agenda-items/:id', (id) => oparl.agendaItem(id));
  object(app, '/oparl/v1/papers/:id', (id) => oparl.paper(id));
  object(app, '/oparl/v1/consultations/:id', (id) => oparl.consultation(id));
  object(app, '/oparl/v1/files/:id', (id) => oparl.file(id));

  app.get('/oparl/v1/files/:id/download', async (c) => {
    const file = await reads.documents.original(c.req.param('id'));
    if (!file) return notFound(c);
    // Imported HTML is untrusted: always a download, never rendered on our origin.
    c.header('Content-Disposition', `attachment; filename="${c.req.param('id')}"`);
    c.header('Content-Type', file.document.mediaType);
    c.header('Access-Control-Allow-Origin', '*');
    return c.body(Buffer.from(file.bytes));
  });
}
