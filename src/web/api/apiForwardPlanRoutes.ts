import { z } from 'zod';
import type { PublicForwardPlanEntry } from '../../store/public/publicForwardPlan.js';
import { seg, type ApiLinks } from './apiLinks.js';
import { idParam, PagingParams } from './apiParams.js';
import { ApiProblem } from './apiProblem.js';
import { defineRoute, pageOf, pageRequestOf, type ApiRoute } from './apiRoute.js';
import { ForwardPlanEntryListSchema, ForwardPlanEntrySchema } from './apiSchemas.js';

type ApiForwardPlanEntry = z.infer<typeof ForwardPlanEntrySchema>;

function toForwardPlanEntry(links: ApiLinks, e: PublicForwardPlanEntry): ApiForwardPlanEntry {
  return {
    id: e.id,
    url: links.api(`/forward-plan/${seg(e.id)}`),
    html_url: links.html(`/forward-plan/${seg(e.id)}`),
    title: e.title,
    summary: e.summary,
    decision_maker: e.decisionMaker,
    expected_on: e.expectedOn,
    is_key: e.isKey,
    // The public reader returns published entries only.
    notice_published_on: e.noticePublishedOn ?? e.expectedOn,
    exempt_paragraph: e.exemptParagraph,
    documents: (e.documents ?? '')
      .split('\n')
      .map((d) => d.trim())
      .filter(Boolean),
    late_notice: e.lateNotice,
    late_reasons: e.lateReasons,
    scrutiny_chair_on: e.scrutinyChairOn,
    status: e.status,
    decision_notice_html_url: e.decisionNoticeId ? links.html(`/decisions/${seg(e.decisionNoticeId)}`) : null,
  };
}

/** The published forward plan, as /forward-plan shows it. */
export const forwardPlanRoutes: readonly ApiRoute[] = [
  defineRoute({
    path: '/forward-plan',
    operationId: 'listForwardPlan',
    summary: 'The forward plan: decisions the executive expects to take, soonest first',
    tag: 'decisions',
    pathParams: z.object({}),
    query: z.object({
      ...PagingParams,
      all: z
        .enum(['0', '1'])
        .default('0')
        .describe('`1` to include decided and withdrawn entries; by default only those still to be taken.'),
    }),
    response: ForwardPlanEntryListSchema,
    async handle(req) {
      const entries = await req.reads.forwardPlan.list(req.today, { includeDone: req.query.all === '1' });
      const page = pageRequestOf(req.query);
      return {
        data: entries.slice(page.offset, page.offset + page.limit).map((e) => toForwardPlanEntry(req.links, e)),
        page: pageOf(req, entries.length),
      };
    },
  }),

  defineRoute({
    path: '/forward-plan/{id}',
    operationId: 'getForwardPlanEntry',
    summary: 'One forward plan entry',
    tag: 'decisions',
    pathParams: z.object({ id: idParam('forward plan entry') }),
    query: z.object({}),
    response: ForwardPlanEntrySchema,
    async handle(req) {
      const e = await req.reads.forwardPlan.byId(req.params.id, req.today);
      if (!e)
        throw new ApiProblem(
          'not_found',
          `There is no published forward plan entry with the id "${req.params.id}".`,
          'id',
        );
      return toForwardPlanEntry(req.links, e);
    },
  }),
];
