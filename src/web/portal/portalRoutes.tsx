import type { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../store/openStore.js';
import { getBodyDetail } from '../../store/repositories/bodyDetail.js';
import { findBodyBySlug, listBodies } from '../../store/repositories/bodyRepository.js';
import { getDocumentView, getProvenance } from '../../store/repositories/documentView.js';
import { getItemDetail, itemsOfResolutions } from '../../store/repositories/itemDetail.js';
import { listMeetings } from '../../store/repositories/meetingRepository.js';
import { getPersonDetail, listPeople } from '../../store/repositories/personDetail.js';
import { topicHistory } from '../../store/repositories/topicHistory.js';
import { searchFor } from '../../store/search/searchFor.js';
import { BodiesPage, BodyPage } from './bodyPages.js';
import { CalendarPage, shiftMonth } from './calendarPage.js';
import { DocumentPage } from './documentPage.js';
import { ItemPage } from './itemPage.js';
import { PeoplePage, PersonPage } from './personPages.js';
import { SearchPage } from './searchPage.js';
import { parseSearchParams } from './searchParams.js';
import { registerOriginalDocumentRoute } from './originalDocumentRoute.js';

const SEARCH_PAGE_SIZE = 20;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface PortalOptions {
  /** Today's date (YYYY-MM-DD), passed in so pages do not read the clock themselves. */
  readonly today: () => string;
}

/** The public portal's read-only pages (CONVENTIONS.md URLs). Routes stay thin: validate, read, render. */
export function registerPortalRoutes(app: Hono, store: Store, options: PortalOptions): void {
  const db = store.db;

  app.get('/bodies', async (c) => c.html(<BodiesPage bodies={await listBodies(db)} />));

  app.get('/bodies/:slug', async (c) => {
    const detail = await getBodyDetail(db, c.req.param('slug'));
    return detail ? c.html(<BodyPage detail={detail} />) : c.notFound();
  });

  app.get('/people', async (c) => c.html(<PeoplePage people={await listPeople(db, 2000)} />));

  app.get('/people/:slug', async (c) => {
    const detail = await getPersonDetail(db, c.req.param('slug'));
    if (!detail) return c.notFound();
    if (detail.person.slug !== c.req.param('slug')) return c.redirect(`/people/${detail.person.slug}`, 301);
    return c.html(<PersonPage detail={detail} />);
  });

  app.get('/items/:id', async (c) => {
    const detail = await getItemDetail(db, c.req.param('id'));
    if (!detail) return c.notFound();
    const history = detail.item.isExempt ? [] : await topicHistory(db, detail.item.id);
    return c.html(<ItemPage detail={detail} history={history} />);
  });

  registerOriginalDocumentRoute(app, db);

  app.get('/documents/:id', async (c) => {
    const view = await getDocumentView(db, c.req.param('id'));
    if (!view) return c.notFound();
    const at = z.coerce.number().int().positive().safeParse(c.req.query('at'));
    const place = at.success ? await getProvenance(db, at.data) : undefined;
    const highlight =
      place && place.documentId === view.document.id
        ? { start: place.startOffset, end: place.endOffset, page: place.page }
        : null;
    return c.html(<DocumentPage document={view.document} parts={view.parts} highlight={highlight} />);
  });

  app.get('/calendar', async (c) => {
    const requested = c.req.query('month') ?? '';
    const month = MONTH.test(requested) ? requested : options.today().slice(0, 7);
    const bodySlug = c.req.query('body');
    const body = bodySlug ? ((await findBodyBySlug(db, bodySlug)) ?? null) : null;
    if (bodySlug && !body) return c.notFound();
    const meetings = await listMeetings(db, {
      bodyId: body?.id,
      from: `${month}-01`,
      to: `${month}-31`,
      order: 'asc',
      limit: 1000,
    });
    return c.html(<CalendarPage month={month} body={body} bodies={await listBodies(db)} meetings={meetings} />);
  });

  app.get('/search', async (c) => {
    const { params, error } = parseSearchParams(c.req.query());
    const bodies = await listBodies(db);
    const body = params.body ? bodies.find((b) => b.slug === params.body) : undefined;
    const results =
      params.q && !error
        ? await searchFor(store.dialect).search(db, {
            text: params.q,
            bodyId: body?.id ?? (params.body ? '-' : null),
            from: params.from,
            to: params.to,
            kind: params.kind,
            limit: SEARCH_PAGE_SIZE,
            offset: (params.page - 1) * SEARCH_PAGE_SIZE,
          })
        : null;
    const itemOfResolution = await itemsOfResolutions(
      db,
      (results?.hits ?? []).filter((h) => h.kind === 'resolution').map((h) => h.subjectId),
    );
    return c.html(
      <SearchPage
        params={params}
        bodies={bodies}
        results={results}
        pageSize={SEARCH_PAGE_SIZE}
        error={error}
        itemOfResolution={itemOfResolution}
      />,
    );
  });
}
