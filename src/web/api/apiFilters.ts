import type { PublicReads } from '../../store/public/publicReads.js';
import { ApiProblem } from './apiProblem.js';

/**
 * Filters name bodies and people by slug, as the portal's URLs do. A slug that names nothing is a
 * 400 naming the parameter: an empty list would look like "no meetings" rather than "wrong name".
 */
export async function bodyIdFilter(
  reads: PublicReads,
  slug: string | undefined,
  parameter = 'body',
): Promise<string | undefined> {
  if (!slug) return undefined;
  const body = await reads.bodies.findBySlug(slug);
  if (!body)
    throw new ApiProblem('unknown_filter_value', `${parameter}: there is no body with the slug "${slug}"`, parameter);
  return body.id;
}

export async function personIdsFilter(
  reads: PublicReads,
  slug: string | undefined,
  parameter = 'person',
): Promise<string[] | undefined> {
  if (!slug) return undefined;
  const person = await reads.people.findCanonical(slug);
  if (!person)
    throw new ApiProblem('unknown_filter_value', `${parameter}: there is no person with the slug "${slug}"`, parameter);
  return reads.people.idsOf(person.id);
}

export async function meetingIdFilter(
  reads: PublicReads,
  id: string | undefined,
  parameter = 'meeting',
): Promise<string | undefined> {
  if (!id) return undefined;
  if (!(await reads.meetings.exists(id)))
    throw new ApiProblem('unknown_filter_value', `${parameter}: there is no meeting with the id "${id}"`, parameter);
  return id;
}
