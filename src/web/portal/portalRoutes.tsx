import { municipalYearFromSlug } from '../../domain/calendar/municipalYear.js';
import type { Hono } from 'hono';
import { z } from 'zod';
import type { PublicReads } from '../../store/public/publicReads.js';
import { BodiesPage, BodyPage } from './bodyPages.js';
import { CalendarPage, CalendarYearPage, shiftMonth } from './calendarPage.js';
import { DocumentPage } from './documentPage.js';
import { DocumentsPage } from './documentsPage.js';
import { ItemPage } from './itemPage.js';
import { documentPackOf } from '../../domain/packPapers.js';
import { registerDocumentPartRoute } from './documentPartRoute.js';
import { registerOriginalDocumentRoute } from './originalDocumentRoute.js';
import { PeoplePage, PersonPage } from './personPages.js';
import { SearchPage } from './searchPage.js';
import { WorkProgrammePage } from './workProgrammePage.js';
import { parseSearchParams } from './searchParams.js';

const SEARCH_PAGE_SIZE = 20;
const PEOPLE_IN_SEARCH = 5;
const DOCUMENTS_PAGE_SIZE = 25;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A municipal year as `2024-25` (or its label, `2024/25`). */
const MUNICIPAL_YEAR = /^(\d{4})[-/](\d{2})$/;

export interface PortalOptions {
  /** Today's date (YYYY-MM-DD), passed in so pages do not read the clock themselves. */
  readonly today: () => string;
}

/** The public portal's read-only pages (CONVENTIONS.md URLs). Routes stay thin: validate, read, render. */
export function registerPortalRoutes(app: Hono, reads: PublicReads, options: PortalOptions): void {
  app.get('/bodies', async (c) => c.render(<BodiesPage bodies={await reads.bodies.overview()} />));

  app.get('/bodies/:slug', async (c) => {
    const detail = await reads.bodies.detail(c.req.param('slug'), options.today());
    return detail ? c.render(<BodyPage detail={detail} />) : c.notFound();
  });

  app.get('/bodies/:slug/work-programme', async (c) => {
    const body = await reads.bodies.findBySlug(c.req.param('slug'));
    if (!body) return c.notFound();
    const asked = c.req.query('year');
    if (asked !== undefined && !MUNICIPAL_YEAR.test(asked)) return c.notFound();
    const years = await reads.workProgramme.yearsOf(body.id);
    const year = asked ? (municipalYearFromSlug(asked) ?? asked) : (years[0] ?? null);
    const entries = year ? await reads.workProgramme.ofBodyYear(body.id, year) : [];
    return c.render(<WorkProgrammePage body={body} year={year} years={years} entries={entries} />);
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
    const pack =
      detail.pageStart !== null && !detail.isExempt
        ? documentPackOf(await reads.meetings.documents(detail.meeting.id))
        : undefined;
    const recommendations = detail.isExempt
      ? []
      : (await reads.recommendations.page({ meetingId: detail.meeting.id }, { limit: 500, offset: 0 })).rows.filter(
          (r) => r.itemId === detail.id,
        );
    return c.render(
      <ItemPage
        detail={detail}
        history={await reads.items.topicHistory(detail.id)}
        pack={pack}
        recommendations={recommendations}
      />,
    );
  });

  registerOriginalDocumentRoute(app, reads);
  registerDocumentPartRoute(app, reads);

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
    const bodySlug = c.req.query('body');
    const body = bodySlug ? ((await reads.bodies.findBySlug(bodySlug)) ?? null) : null;
    if (bodySlug && !body) return c.notFound();
    const [bodies, years] = await Promise.all([reads.bodies.list(), reads.meetings.years(body?.id)]);
    const year = MUNICIPAL_YEAR.exec(c.req.query('year') ?? '');
    if (year) {
      const label = `${year[1]}/${year[2]}`;
      const meetings = await reads.meetings.list({ bodyId: body?.id, municipalYear: label, order: 'asc', limit: 5000 });
      return c.render(<CalendarYearPage year={label} body={body} bodies={bodies} meetings={meetings} years={years} />);
    }
    const requested = c.req.query('month') ?? '';
    const month = MONTH.test(requested) ? requested : options.today().slice(0, 7);
    const meetings = await reads.meetings.list({
      bodyId: body?.id,
      from: `${month}-01`,
      to: `${month}-31`,
      order: 'asc',
      limit: 1000,
    });
    // An empty month says where the nearest meetings are, before and after it.
    const [previous, next] =
      meetings.length > 0
        ? [[], []]
        : await Promise.all([
            reads.meetings.list({ bodyId: body?.id, to: `${shiftMonth(month, -1)}-31`, order: 'desc', limit: 1 }),
            reads.meetings.list({ bodyId: body?.id, from: `${shiftMonth(month, 1)}-01`, order: 'asc', limit: 1 }),
          ]);
    return c.render(
      <CalendarPage
        month={month}
        body={body}
        bodies={bodies}
        meetings={meetings}
        years={years}
        nearest={{ previous: previous[0] ?? null, next: next[0] ?? null }}
      />,
    );
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
