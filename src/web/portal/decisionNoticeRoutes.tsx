import type { Hono } from 'hono';
import type { PublicReads } from '../../store/public/publicReads.js';
import { DecisionNoticeListPage, DecisionNoticePage } from './decisionNoticePages.js';

const PER_PAGE = 20;

/** `/decisions` and `/decisions/{id}`: published decision notices, newest first. */
export function registerDecisionNoticeRoutes(app: Hono, reads: PublicReads, options: { today: () => string }): void {
  app.get('/decisions', async (c) => {
    const requested = Number(c.req.query('page') ?? '1');
    const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
    const result = await reads.decisionNotices.page(options.today(), {
      limit: PER_PAGE,
      offset: (page - 1) * PER_PAGE,
    });
    const pages = Math.max(1, Math.ceil(result.total / PER_PAGE));
    return c.render(<DecisionNoticeListPage notices={result.rows} page={page} pages={pages} />);
  });

  app.get('/decisions/:id', async (c) => {
    const notice = await reads.decisionNotices.byId(c.req.param('id'), options.today());
    if (!notice) return c.notFound();
    return c.render(<DecisionNoticePage notice={notice} callIns={await reads.callIns.ofNotice(notice.id)} />);
  });
}
