import type { Hono } from 'hono';
import { z } from 'zod';
import type { PublicReads } from '../../store/public/publicReads.js';
import { BodiesPage, BodyPage } from './bodyPages.js';
import { CalendarPage } from './calendarPage.js';
import { DocumentPage } from './documentPage.js';
import { DocumentsPage } from './documentsPage.js';
import { ItemPage } from './itemPage.js';
import { registerOriginalDocumentRoute } from './originalDocumentRoute.js';
import { PeoplePage, PersonPage } from './personPages.js';
import { SearchPage } from './searchPage.js';
import { parseSearchParams } from './searchParams.js';

const SEARCH_PAGE_SIZE = 20;
const PEOPLE_IN_SEARCH = 5;
const DOCUMENTS_PAGE_SIZE = 25;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface PortalOptions {
  /** Today's date (YYYY-MM-DD), passed in so pages do not read the clock themselves. */
  readonly today: () => string;
}

/** The public portal's read-only pages (CONVENTIONS.md URLs). Routes stay thin: validate, read, render. */
export function registerPortalRoutes(app: Hono, reads: PublicReads, options: PortalOptions): void {
  app.get('/bodies', async (c) => c.render(<BodiesPage bodies={await reads.bodies.list()} />));

  app.get('/bodies/:slug', async (c) => {
    const detail = await reads.bodies.detail(c.req.param('slug'), options.today());
    return detail ? c.render(<BodyPage detail={detail} />) : c.notFound();
  });

  app.get('/people', async (c) => c.render(<PeoplePage people={await reads.people.list(2000)} />));

  app.get('/people/:slug', async (c) => {
    const detail = await reads.people.detail(c.req.param('slug'));
    if (!detail) return c.notFound();
    if (detail.person.slug !== c.req.param('slug')) return c.redirect(`/people/${detail.person.slug}`, 301);
    return c.render(<PersonPage detail={detail} />);
  });

  app.get('/items/:id', async (c) => {
    const detail = await reads.items.detail(c.req.param('id'));
    if (!detail) return c.notFound();
    return c.render(<ItemPage detail={detail} history={await reads.items.topicHistory(detail.id)} />);
  });

  registerOriginalDocumentRoute(app, reads);

  app.get('/documents', async (c) => {
    const key = z.string().min(1).max(100).optional().catch(undefined);
    const after = key.parse(c.req.query('after'));
    const before = after ? undefined : key.parse(c.req.query('before'));
    const page = await reads.documents.index({ after, before, limit: DOCUMENTS_PAGE_SIZE });
    return c.render(<DocumentsPage page={page} first={page.newer === null} />);
  });

  app.get('/documents/:id', async (c) => {
    const view = await reads.documents.view(c.req.param('id'));
    if (!view) return c.notFound();
    const at = z.coerce.number().int().positive().safeParse(c.req.query('at'));
    const place = at.success ? await reads.documents.provenance(at.data) : undefined;
    const highlight =
      place && place.documentId === view.document.id
        ? { start: place.startOffset, end: place.endOffset, page: place.page }
        : null;
    return c.render(<DocumentPage view={view} highlight={highlight} />);
  });

  app.get('/calendar', async (c) => {
    const requested = c.req.query('month') ?? '';
    const month = MONTH.test(requested) ? requested : options.today().slice(0, 7);
    const bodySlug = c.req.query('body');
    const body = bodySlug ? ((await reads.bodies.findBySlug(bodySlug)) ?? null) : null;
    if (bodySlug && !body) return c.notFound();
    const meetings = await reads.meetings.list({
      bodyId: body?.id,
      from: `${month}-01`,
      to: `${month}-31`,
      order: 'asc',
      limit: 1000,
    });
    return c.render(<CalendarPage month={month} body={body} bodies={await reads.bodies.list()} meetings={meetings} />);
  });

  app.get('/search', async (c) => {
    const form = parseSearchParams(c.req.query());
    const { params } = form;
    const bodies = await reads.bodies.list();
    const body = params.body ? bodies.find((b) => b.slug === params.body) : undefined;
    // A form with errors is shown again with what was typed, and no results until it is put right.
    const results =
      params.q && form.errors.length === 0
        ? await reads.search.search({
            text: params.q,
            bodyId: body?.id ?? (params.body ? '-' : null),
            from: params.from,
            to: params.to,
            kind: params.kind,
            limit: SEARCH_PAGE_SIZE,
            offset: (params.page - 1) * SEARCH_PAGE_SIZE,
          })
        : null;
    // People are found by name on the first page, whatever kind of record is asked for besides.
    const people =
      params.q && form.errors.length === 0 && params.page === 1 && !params.kind
        ? await reads.search.people(params.q, PEOPLE_IN_SEARCH)
        : [];
    const itemOfResolution = await reads.decisions.itemsOf(
      (results?.hits ?? []).filter((h) => h.kind === 'resolution').map((h) => h.subjectId),
    );
    return c.render(
      <SearchPage
        form={form}
        bodies={bodies}
        results={results}
        pageSize={SEARCH_PAGE_SIZE}
        itemOfResolution={itemOfResolution}
        people={people}
      />,
    );
  });
}
