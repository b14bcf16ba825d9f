import { z } from 'zod';
import { RESOLUTION_KINDS } from '../../domain/minutes.js';
import { RECOMMENDATION_STATUSES } from '../../domain/recommendation.js';
import { MEETING_STATUSES } from '../../domain/meeting.js';
import { isPublicItem } from '../../domain/exemptInformation.js';
import { bodyIdFilter, meetingIdFilter } from './apiFilters.js';
import { checkRange, DateRangeParams, idParam, PagingParams, slugParam } from './apiParams.js';
import {
  itemRef,
  meetingRef,
  personRef,
  sourceOf,
  toDocument,
  toItem,
  toMeeting,
  toRecommendation,
  toDecisionNotice,
  toItemMoment,
  toMeetingResolution,
  toResolution,
} from './apiPresenters.js';
import { ApiProblem } from './apiProblem.js';
import { defineRoute, pageOf, pageRequestOf, type ApiRoute } from './apiRoute.js';
import {
  DecisionNoticeListSchema,
  DecisionNoticeSchema,
  ItemDetailSchema,
  ItemListSchema,
  MeetingDetailSchema,
  MeetingListSchema,
  RecommendationListSchema,
  RecommendationSchema,
  ResolutionListSchema,
  ResolutionSchema,
} from './apiSchemas.js';

const noParams = z.object({});
const bodyFilter = slugParam('body').optional().describe('Only this body (slug), as the portal’s `body` filter.');
const meetingFilter = idParam('meeting').optional().describe('Only this meeting (id).');

/** Meetings and what they decided: agenda items, resolutions, recommendations. Exempt items never appear. */
export const meetingRoutes: readonly ApiRoute[] = [
  defineRoute({
    path: '/meetings',
    operationId: 'listMeetings',
    summary: 'Meetings, newest first unless `order=asc`',
    tag: 'meetings',
    pathParams: noParams,
    query: z.object({
      ...PagingParams,
      ...DateRangeParams,
      body: bodyFilter,
      status: z.enum(MEETING_STATUSES).optional().describe('Only meetings with this status.'),
      order: z.enum(['asc', 'desc']).default('desc').describe('By date: `desc` newest first (default) or `asc`.'),
    }),
    response: MeetingListSchema,
    async handle(req) {
      checkRange(req.query);
      const { from, to, status, order } = req.query;
      const paged = await req.reads.meetings.page(
        { bodyId: await bodyIdFilter(req.reads, req.query.body), from, to, status, order },
        pageRequestOf(req.query),
      );
      return { data: paged.rows.map((m) => toMeeting(req.links, m)), page: pageOf(req, paged.total) };
    },
  }),

  defineRoute({
    path: '/meetings/{id}',
    operationId: 'getMeeting',
    summary: 'One meeting with its public agenda, attendance, declarations and source documents',
    tag: 'meetings',
    pathParams: z.object({ id: idParam('meeting') }),
    query: noParams,
    response: MeetingDetailSchema,
    async handle(req) {
      const detail = await req.reads.meetings.detail(req.params.id);
      if (!detail) throw new ApiProblem('not_found', `There is no meeting with the id "${req.params.id}".`, 'id');
      const { meeting, body } = detail;
      // The API lists the items the public may read in full; an exempt item's title is on the portal's page.
      const items = detail.items.filter(isPublicItem);
      const summary = { ...meeting, body, itemCount: detail.items.length, publicItemCount: items.length };
      return {
        ...toMeeting(req.links, summary),
        items: items.map((i) => toItem(req.links, { ...i, meeting, body })),
        resolutions: detail.resolutions.map((r) => toMeetingResolution(req.links, r)),
        attendance: detail.attendance.map((a) => ({
          person: personRef(req.links, a.person),
          kind: a.kind,
          reason: a.reason,
          role_text: a.roleText,
          capacity: a.capacity,
          substitute_for: a.substituteFor ? personRef(req.links, a.substituteFor) : null,
          remote: a.remote,
          arrival: a.arrival ? toItemMoment(req.links, a.arrival) : null,
          departure: a.departure ? toItemMoment(req.links, a.departure) : null,
        })),
        declarations: detail.declarations.map((d) => ({
          person: personRef(req.links, d.person),
          item: d.itemId ? itemRef(req.links, d.itemId) : null,
          kind: d.kind,
          text: d.text,
          left_room: d.leftRoom,
          took_no_part: d.tookNoPart,
          dispensation: d.dispensation,
        })),
        documents: detail.documents.map((d) => toDocument(req.links, d)),
        minutes: {
          status: detail.minutes.status,
          locked: detail.minutes.locked,
          confirmed_by: detail.minutes.confirmedBy ? meetingRef(req.links, detail.minutes.confirmedBy) : null,
          confirmed_at: detail.minutes.confirmedAt,
          amendments: detail.minutes.amendments.map((a) => ({
            item: a.itemId ? itemRef(req.links, a.itemId) : null,
            text: a.text,
            reason: a.reason,
            agreed_at: a.agreedAt ? meetingRef(req.links, a.agreedAt) : null,
            recorded_at: a.recordedAt,
          })),
          akn_url: req.links.api(`/meetings/${encodeURIComponent(meeting.id)}/minutes.akn`),
        },
      };
    },
  }),

  defineRoute({
    path: '/items',
    operationId: 'listItems',
    summary: 'Public agenda items, newest meeting first, in agenda order',
    tag: 'meetings',
    pathParams: noParams,
    query: z.object({ ...PagingParams, ...DateRangeParams, meeting: meetingFilter, body: bodyFilter }),
    response: ItemListSchema,
    async handle(req) {
      checkRange(req.query);
      const filter = {
        meetingId: await meetingIdFilter(req.reads, req.query.meeting),
        bodyId: await bodyIdFilter(req.reads, req.query.body),
        from: req.query.from,
        to: req.query.to,
      };
      const paged = await req.reads.items.page(filter, pageRequestOf(req.query));
      return { data: paged.rows.map((i) => toItem(req.links, i)), page: pageOf(req, paged.total) };
    },
  }),

  defineRoute({
    path: '/items/{id}',
    operationId: 'getItem',
    summary: 'One public agenda item with its minutes and resolutions; an exempt item is 404',
    tag: 'meetings',
    pathParams: z.object({ id: idParam('item') }),
    query: noParams,
    response: ItemDetailSchema,
    async handle(req) {
      const item = await req.reads.items.findPublic(req.params.id);
      if (!item)
        throw new ApiProblem('not_found', `There is no public agenda item with the id "${req.params.id}".`, 'id');
      const at = { meeting: item.meeting, body: item.body, item: { id: item.id, title: item.title } };
      return {
        ...toItem(req.links, item),
        minutes_text: item.minutesText,
        points: item.points.map((p) => ({ label: p.label, text: p.text })),
        resolutions: item.resolutions.map((r) => toResolution(req.links, { ...r, ...at })),
        source: sourceOf(req.links, item.source),
      };
    },
  }),

  defineRoute({
    path: '/resolutions',
    operationId: 'listResolutions',
    summary: 'Resolutions and decisions on public items and of meetings without items, newest meeting first',
    tag: 'decisions',
    pathParams: noParams,
    query: z.object({
      ...PagingParams,
      ...DateRangeParams,
      meeting: meetingFilter,
      item: idParam('item').optional().describe('Only this agenda item’s resolutions (id).'),
      body: bodyFilter,
      kind: z.enum(RESOLUTION_KINDS).optional().describe('Only resolutions of this kind.'),
    }),
    response: ResolutionListSchema,
    async handle(req) {
      checkRange(req.query);
      const { item: itemId, kind, from, to } = req.query;
      const filter = {
        meetingId: await meetingIdFilter(req.reads, req.query.meeting),
        bodyId: await bodyIdFilter(req.reads, req.query.body),
        itemId,
        kind,
        from,
        to,
      };
      const paged = await req.reads.decisions.page(filter, pageRequestOf(req.query));
      return { data: paged.rows.map((r) => toResolution(req.links, r)), page: pageOf(req, paged.total) };
    },
  }),

  defineRoute({
    path: '/resolutions/{id}',
    operationId: 'getResolution',
    summary: 'One resolution of a public item or of a meeting without items',
    tag: 'decisions',
    pathParams: z.object({ id: idParam('resolution') }),
    query: noParams,
    response: ResolutionSchema,
    async handle(req) {
      const r = await req.reads.decisions.find(req.params.id);
      if (!r) throw new ApiProblem('not_found', `There is no public resolution with the id "${req.params.id}".`, 'id');
      return toResolution(req.links, r);
    },
  }),

  defineRoute({
    path: '/recommendations',
    operationId: 'listRecommendations',
    summary: 'The recommendation tracker: scrutiny recommendations with their responses',
    tag: 'decisions',
    pathParams: noParams,
    query: z.object({
      ...PagingParams,
      status: z.enum(RECOMMENDATION_STATUSES).optional().describe('Only recommendations with this status.'),
      decision_maker: z
        .string()
        .max(200)
        .optional()
        .describe('Only recommendations to this decision maker (exact name).'),
      meeting: meetingFilter,
      body: bodyFilter,
    }),
    response: RecommendationListSchema,
    async handle(req) {
      const filter = {
        status: req.query.status,
        decisionMaker: req.query.decision_maker,
        meetingId: await meetingIdFilter(req.reads, req.query.meeting),
        bodyId: await bodyIdFilter(req.reads, req.query.body),
      };
      const paged = await req.reads.recommendations.page(filter, pageRequestOf(req.query));
      return { data: paged.rows.map((r) => toRecommendation(req.links, r)), page: pageOf(req, paged.total) };
    },
  }),

  defineRoute({
    path: '/recommendations/{id}',
    operationId: 'getRecommendation',
    summary: 'One recommendation with its responses',
    tag: 'decisions',
    pathParams: z.object({ id: idParam('recommendation') }),
    query: noParams,
    response: RecommendationSchema,
    async handle(req) {
      const r = await req.reads.recommendations.find(req.params.id);
      if (!r)
        throw new ApiProblem('not_found', `There is no public recommendation with the id "${req.params.id}".`, 'id');
      return toRecommendation(req.links, r);
    },
  }),

  defineRoute({
    path: '/decision-notices',
    operationId: 'listDecisionNotices',
    summary: 'Published decision notices, newest publication first, with their call-in deadlines',
    tag: 'decisions',
    pathParams: noParams,
    query: z.object({ ...PagingParams }),
    response: DecisionNoticeListSchema,
    async handle(req) {
      const paged = await req.reads.decisionNotices.page(req.today, pageRequestOf(req.query));
      return { data: paged.rows.map((n) => toDecisionNotice(req.links, n)), page: pageOf(req, paged.total) };
    },
  }),

  defineRoute({
    path: '/decision-notices/{id}',
    operationId: 'getDecisionNotice',
    summary: 'One published decision notice',
    tag: 'decisions',
    pathParams: z.object({ id: idParam('decision notice') }),
    query: noParams,
    response: DecisionNoticeSchema,
    async handle(req) {
      const n = await req.reads.decisionNotices.byId(req.params.id, req.today);
      if (!n)
        throw new ApiProblem(
          'not_found',
          `There is no published decision notice with the id "${req.params.id}".`,
          'id',
        );
      return toDecisionNotice(req.links, n);
    },
  }),
];
