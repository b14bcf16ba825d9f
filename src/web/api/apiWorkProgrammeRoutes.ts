import { municipalYearFromSlug, municipalYearSlug } from '../../domain/calendar/municipalYear.js';
import { z } from 'zod';
import type { PublicWorkProgrammeEntry } from '../../store/public/publicWorkProgramme.js';
import type { PublicReads } from '../../store/public/publicReads.js';
import type { ApiLinks } from './apiLinks.js';
import { seg } from './apiLinks.js';
import { slugParam } from './apiParams.js';
import { bodyRef, meetingRef, personRef } from './apiPresenters.js';
import { ApiProblem } from './apiProblem.js';
import { defineRoute, type ApiRoute } from './apiRoute.js';
import { WorkProgrammeSchema } from './apiSchemas.js';

/** `2024-25` in URLs, `2024/25` as stored. */
const YEAR = /^(\d{4})-(\d{2})$/;

/** One entry as the API shows it. */
export function toWorkProgrammeEntry(links: ApiLinks, e: PublicWorkProgrammeEntry) {
  const person = (id: string | null, slug: string | null, name: string | null) =>
    id && slug ? personRef(links, { id, slug, name: name ?? '' }) : null;
  return {
    id: e.id,
    municipal_year: e.municipalYear,
    topic: e.topic,
    objectives: e.objectives,
    source: e.source,
    source_ref: e.sourceRef,
    status: e.status,
    planned_on: e.plannedOn,
    meeting: e.meetingId && e.plannedOn ? meetingRef(links, { id: e.meetingId, date: e.plannedOn }) : null,
    executive_member: e.executiveMember,
    executive_member_person: person(e.executiveMemberId, e.executiveMemberSlug, e.executiveMember),
    lead_officer: e.leadOfficer,
    lead_officer_person: person(e.leadOfficerId, e.leadOfficerSlug, e.leadOfficer),
    substantive: e.substantive,
    updated_at: e.updatedAt,
  };
}

/** The year asked for, or the latest with public topics; null when the body has none. */
export async function programmeYear(
  reads: PublicReads,
  bodyId: string,
  asked: string | undefined,
): Promise<{ year: string | null; years: string[] }> {
  const years = await reads.workProgramme.yearsOf(bodyId);
  const label = asked ? (municipalYearFromSlug(asked) ?? asked) : (years[0] ?? null);
  return { year: label, years };
}

/** A body's work programme for a municipal year (issue 18: open data of scrutiny). */
export const workProgrammeRoutes: readonly ApiRoute[] = [
  defineRoute({
    path: '/bodies/{slug}/work-programme',
    operationId: 'getWorkProgramme',
    summary: 'One body’s work programme for a municipal year (the latest with topics unless `year` is given)',
    tag: 'bodies',
    pathParams: z.object({ slug: slugParam('body') }),
    query: z.object({
      year: z
        .string()
        .regex(YEAR, 'Give the municipal year as YYYY-YY, for example 2024-25')
        .optional()
        .describe('The municipal year, as `2024-25`.'),
    }),
    response: WorkProgrammeSchema,
    async handle(req) {
      const body = await req.reads.bodies.findBySlug(req.params.slug);
      if (!body) throw new ApiProblem('not_found', `There is no body with the slug "${req.params.slug}".`, 'slug');
      const { year, years } = await programmeYear(req.reads, body.id, req.query.year);
      const entries = year ? await req.reads.workProgramme.ofBodyYear(body.id, year) : [];
      return {
        body: bodyRef(req.links, body),
        municipal_year: year,
        years,
        html_url: req.links.html(
          `/bodies/${seg(body.slug)}/work-programme${year ? `?year=${municipalYearSlug(year)}` : ''}`,
        ),
        data: entries.map((e) => toWorkProgrammeEntry(req.links, e)),
      };
    },
  }),
];
