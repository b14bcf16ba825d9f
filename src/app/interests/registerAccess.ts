import type { Account } from '../../domain/account.js';
import { mayClerk } from '../../domain/account.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import { assertMayClerk, assertMayClerkEverything } from '../authorise.js';

/**
 * Who may keep a member's register: a clerk of a body the member sits on (or was recorded at),
 * or an administrator or clerk for every body. The register is the council's, not one body's, so
 * a member of no body is kept by the clerks for every body.
 */
export async function assertMayKeepRegister(repos: Repositories, actor: Account, personId: string): Promise<void> {
  const bodyIds = [...((await repos.interests.bodiesOf([personId])).get(personId) ?? [])];
  const served = bodyIds.find((bodyId) => mayClerk(actor, bodyId));
  if (served) assertMayClerk(actor, served);
  else assertMayClerkEverything(actor);
}

/** The bodies an account clerks: null for every body; refused to anyone who clerks none. */
export function clerkScope(actor: Account): readonly string[] | null {
  if (actor.role === 'admin' && actor.active) return null;
  if (!actor.active || actor.role !== 'clerk') {
    assertMayClerkEverything(actor);
    return null;
  }
  return actor.bodyIds.length === 0 ? null : actor.bodyIds;
}
