import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.js';
import { findBodyBySlug } from '../../store/repositories/bodyRepository.js';
import { findCanonicalPerson, idsOfPerson } from '../../store/repositories/apiPeople.js';
import { ApiProblem } from './apiProblem.js';

/**
 * Filters name bodies and people by slug, as the portal's URLs do. A slug that names nothing is a
 * 400 naming the parameter: an empty list would look like "no meetings" rather than "wrong name".
 */
export async function bodyIdFilter(
  db: Kysely<Database>,
  slug: string | undefined,
  parameter = 'body',
): Promise<string | undefined> {
  if (!slug) return undefined;
  const body = await findBodyBySlug(db, slug);
  if (!body)
    throw new ApiProblem('unknown_filter_value', `${parameter}: there is no body with the slug "${slug}"`, parameter);
  return body.id;
}

export async function personIdsFilter(
  db: Kysely<Database>,
  slug: string | undefined,
  parameter = 'person',
): Promise<string[] | undefined> {
  if (!slug) return undefined;
  const person = await findCanonicalPerson(db, slug);
  if (!person)
    throw new ApiProblem('unknown_filter_value', `${parameter}: there is no person with the slug "${slug}"`, parameter);
  return idsOfPerson(db, person.id);
}

export async function meetingIdFilter(
  db: Kysely<Database>,
  id: string | undefined,
  parameter = 'meeting',
): Promise<string | undefined> {
  if (!id) return undefined;
  const meeting = await db.selectFrom('meetings').select('id').where('id', '=', id).executeTakeFirst();
  if (!meeting)
    throw new ApiProblem('unknown_filter_value', `${parameter}: there is no meeting with the id "${id}"`, parameter);
  return meeting.id;
}
