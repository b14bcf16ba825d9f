import type { Hono } from 'hono';
import type { PublicReads } from '../../../store/public/publicReads.js';
import { ForwardPlanPublicEntryPage, ForwardPlanPublicListPage } from './forwardPlanPages.js';

/** `/forward-plan` and `/forward-plan/{id}`: the published forward plan; drafts never show. */
export function registerForwardPlanRoutes(app: Hono, reads: PublicReads, options: { today: () => string }): void {
  app.get('/forward-plan', async (c) => {
    const all = c.req.query('all') === '1';
    const entries = await reads.forwardPlan.list(options.today(), { includeDone: all });
    return c.render(<ForwardPlanPublicListPage entries={entries} all={all} />);
  });

  app.get('/forward-plan/:id', async (c) => {
    const entry = await reads.forwardPlan.byId(c.req.param('id'), options.today());
    if (!entry) return c.notFound();
    return c.render(<ForwardPlanPublicEntryPage entry={entry} />);
  });
}
