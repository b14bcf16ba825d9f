import { z } from 'zod';
import { seg } from './apiLinks.js';
import { bodyIdFilter, personIdsFilter } from './apiFilters.js';
import { idParam, PagingParams, slugParam } from './apiParams.js';
import { bodyRef, meetingRef, personRef, toBody, toMembership, toPerson } from './apiPresenters.js';
import { ApiProblem } from './apiProblem.js';
import { defineRoute, pageOf, pageRequestOf, type ApiRoute } from './apiRoute.js';
import {
  BodyDetailSchema,
  BodyListSchema,
  MembershipListSchema,
  MembershipSchema,
  PersonDetailSchema,
  PersonListSchema,
} from './apiSchemas.js';

const noParams = z.object({});

/** Bodies, people and memberships: who sits where. */
export const peopleRoutes: readonly ApiRoute[] = [
  defineRoute({
    path: '/bodies',
    operationId: 'listBodies',
    summary: 'Committees, boards and panels, by name',
    tag: 'bodies',
    pathParams: noParams,
    query: z.object({
      ...PagingParams,
      kind: z.string().max(40).optional().describe('Only bodies of this kind (committee, sub_committee, board, ...).'),
    }),
    response: BodyListSchema,
    async handle(req) {
      const paged = await req.reads.bodies.page({ kind: req.query.kind }, pageRequestOf(req.query));
      return { data: paged.rows.map((b) => toBody(req.links, b)), page: pageOf(req, paged.total) };
    },
  }),

  defineRoute({
    path: '/bodies/{slug}',
    operationId: 'getBody',
    summary: 'One body, with its terms of reference and members',
    tag: 'bodies',
    pathParams: z.object({ slug: slugParam('body') }),
    query: noParams,
    response: BodyDetailSchema,
    async handle(req) {
      const detail = await req.reads.bodies.detail(req.params.slug, req.today);
      if (!detail) throw new ApiProblem('not_found', `There is no body with the slug "${req.params.slug}".`, 'slug');
      const t = detail.termsOfReference;
      return {
        ...toBody(req.links, detail.body),
        terms_of_reference: t
          ? {
              adopted_on: t.adoptedOn,
              description: t.description,
              purpose: t.purpose,
              objectives: t.objectives,
              powers: t.powers,
              membership_rules: t.membershipRules,
              quorum_text: t.quorumText,
              frequency_text: t.frequencyText,
            }
          : null,
        members: detail.members.map((m) => ({
          person: personRef(req.links, m),
          roles: [...m.roles],
          first_seen: m.firstSeen,
          last_seen: m.lastSeen,
          meetings: m.meetings,
          current: m.current,
          basis: m.basis,
          stated_on: m.statedOn,
        })),
      };
    },
  }),

  defineRoute({
    path: '/people',
    operationId: 'listPeople',
    summary: 'People, by family name; spellings merged into another person are not listed',
    tag: 'people',
    pathParams: noParams,
    query: z.object({
      ...PagingParams,
      kind: z.string().max(40).optional().describe('Only people of this kind (councillor, officer, co_optee, ...).'),
    }),
    response: PersonListSchema,
    async handle(req) {
      const paged = await req.reads.people.page({ kind: req.query.kind }, pageRequestOf(req.query));
      return { data: paged.rows.map((p) => toPerson(req.links, p)), page: pageOf(req, paged.total) };
    },
  }),

  defineRoute({
    path: '/people/{slug}',
    operationId: 'getPerson',
    summary: 'One person with their attendance; a merged spelling answers with the person it was merged into',
    tag: 'people',
    pathParams: z.object({ slug: slugParam('person') }),
    query: noParams,
    response: PersonDetailSchema,
    async handle(req) {
      const detail = await req.reads.people.detail(req.params.slug);
      if (!detail) throw new ApiProblem('not_found', `There is no person with the slug "${req.params.slug}".`, 'slug');
      const { person } = detail;
      const bodyIds = new Map(detail.attendance.map((a) => [a.bodySlug, a.bodyId]));
      const ref = (slug: string, name: string) => bodyRef(req.links, { id: bodyIds.get(slug) ?? slug, slug, name });
      return {
        ...toPerson(req.links, person),
        aliases: [...detail.aliases],
        memberships_url: req.links.api(`/memberships?person=${seg(person.slug)}`),
        attendance: detail.attendance.map((a) => ({
          meeting: meetingRef(req.links, { id: a.meetingId, date: a.date }),
          body: ref(a.bodySlug, a.bodyName),
          kind: a.kind,
          reason: a.reason,
          role_text: a.roleText,
        })),
        attendance_rates: detail.rates.map((r) => ({
          body: ref(r.bodySlug, r.bodyName),
          municipal_year: r.municipalYear,
          attended: r.attended,
          expected: r.expected,
        })),
      };
    },
  }),

  defineRoute({
    path: '/memberships',
    operationId: 'listMemberships',
    summary: 'Recorded memberships of bodies, by body',
    tag: 'people',
    pathParams: noParams,
    query: z.object({
      ...PagingParams,
      person: slugParam('person').optional().describe('Only this person’s memberships (slug).'),
      body: slugParam('body').optional().describe('Only memberships of this body (slug).'),
      role: z
        .string()
        .max(40)
        .optional()
        .describe('Only this role (chair, vice_chair, member, co_optee, substitute, ex_officio).'),
    }),
    response: MembershipListSchema,
    async handle(req) {
      const filter = {
        personIds: await personIdsFilter(req.reads, req.query.person),
        bodyId: await bodyIdFilter(req.reads, req.query.body),
        role: req.query.role,
      };
      const paged = await req.reads.people.memberships(filter, pageRequestOf(req.query));
      return { data: paged.rows.map((m) => toMembership(req.links, m)), page: pageOf(req, paged.total) };
    },
  }),

  defineRoute({
    path: '/memberships/{id}',
    operationId: 'getMembership',
    summary: 'One membership',
    tag: 'people',
    pathParams: z.object({ id: idParam('membership') }),
    query: noParams,
    response: MembershipSchema,
    async handle(req) {
      const m = await req.reads.people.membership(req.params.id);
      if (!m) throw new ApiProblem('not_found', `There is no membership with the id "${req.params.id}".`, 'id');
      return toMembership(req.links, m);
    },
  }),
];
