import type { Body } from '../../domain/body.js';
import { AppError } from '../../domain/errors.js';
import type { Repositories } from '../../store/repositories/repositories.js';

/** A body by its page slug, or NOT_FOUND. */
export async function bodyOrThrow(repos: Repositories, slug: string): Promise<Body> {
  const body = await repos.bodies.findBySlug(slug);
  if (!body) throw new AppError('NOT_FOUND', `no body with slug "${slug}"`);
  return body;
}
