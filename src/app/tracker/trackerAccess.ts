import { mayClerk, type Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import type { TrackerEntry } from '../../domain/tracker/trackerEntry.js';
import type { Repositories } from '../../store/repositories/repositories.js';

/** The bodies a clerk serves: null for every body. Refuses every other role. */
export function clerkScope(actor: Account): readonly string[] | null {
  if (!actor.active || !['admin', 'clerk'].includes(actor.role))
    throw new AppError('FORBIDDEN', 'only clerks and administrators keep the recommendation tracker');
  return actor.role === 'admin' || actor.bodyIds.length === 0 ? null : actor.bodyIds;
}

/** Whether an account may answer a recommendation: the decision maker it is addressed to, or a clerk of its body. */
export function mayRespond(actor: Account, entry: Pick<TrackerEntry, 'addressee' | 'body'>): boolean {
  if (!actor.active) return false;
  if (actor.role === 'decision_maker') return entry.addressee?.id === actor.id;
  return mayClerk(actor, entry.body.id);
}

/** A recommendation a clerk of its body may change. */
export async function entryForClerk(repos: Repositories, actor: Account, id: string): Promise<TrackerEntry> {
  clerkScope(actor);
  const entry = await repos.tracker.find(id);
  if (!entry) throw new AppError('NOT_FOUND', 'There is no such recommendation');
  if (!mayClerk(actor, entry.body.id))
    throw new AppError('FORBIDDEN', 'only a clerk of this committee may change its tracker');
  return entry;
}

/** A recommendation the actor may answer: addressed to them, or of a body they clerk. */
export async function entryToAnswer(repos: Repositories, actor: Account, id: string): Promise<TrackerEntry> {
  const entry = await repos.tracker.find(id);
  if (!entry) throw new AppError('NOT_FOUND', 'There is no such recommendation');
  if (!mayRespond(actor, entry))
    throw new AppError(
      'FORBIDDEN',
      'only the decision maker it is addressed to, or a clerk of its committee, may answer it',
    );
  return entry;
}
