import type { Account } from '../../domain/account.js';
import { dueSoonUntil, followUpsOf, type FollowUps } from '../../domain/digest/followUp.js';
import { AppError } from '../../domain/errors.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';

/** The bodies an account clerks: null for every body (an administrator, or a clerk named for none). */
export function clerkedBodies(account: Account): readonly string[] | null {
  if (!account.active || (account.role !== 'admin' && account.role !== 'clerk'))
    throw new AppError('FORBIDDEN', 'only clerks and administrators follow up recommendations and actions');
  return account.role === 'admin' || account.bodyIds.length === 0 ? null : account.bodyIds;
}

/** Follow-ups read inside a transaction the caller holds. */
export async function readFollowUps(repos: Repositories, account: Account, today: IsoDate): Promise<FollowUps> {
  const bodies = clerkedBodies(account);
  const responses = await repos.overdue.responsesDueBy(bodies, today, dueSoonUntil(today));
  const actions = await repos.overdue.actionsOverdue(bodies, today);
  return followUpsOf(today, responses, actions);
}

/**
 * What a clerk has to chase as of `today`, for the bodies they clerk (an administrator: all):
 * overdue responses to recommendations, responses due within DUE_SOON_DAYS, overdue actions.
 * @throws AppError FORBIDDEN for anyone but an active clerk or administrator.
 */
export async function followUpsFor(store: Store, actor: Account, today: IsoDate): Promise<FollowUps> {
  clerkedBodies(actor);
  return store.transaction((repos) => readFollowUps(repos, actor, today));
}
