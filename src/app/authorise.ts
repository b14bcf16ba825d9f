import { mayAdminister, mayClerk, type Account } from '../domain/account.js';
import { AppError } from '../domain/errors.js';

/**
 * The role checks every use case makes before it writes, whatever adapter called it: the web's
 * guards may refuse earlier, but a use case never trusts that they did.
 */
export function assertMayClerk(actor: Account, bodyId: string): void {
  if (!mayClerk(actor, bodyId)) throw new AppError('FORBIDDEN', 'only a clerk of this body may change its record');
}

/** For changes not tied to one body (people, settings): an administrator or a clerk for every body. */
export function assertMayClerkEverything(actor: Account): void {
  const everyBody = actor.role === 'clerk' && actor.bodyIds.length === 0;
  if (!actor.active || !(actor.role === 'admin' || everyBody))
    throw new AppError('FORBIDDEN', 'only an administrator or a clerk for every body may do this');
}

export function assertMayAdminister(actor: Account): void {
  if (!mayAdminister(actor)) throw new AppError('FORBIDDEN', 'only an administrator may do this');
}
