import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { Membership } from '../../domain/membership.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { bodyOrThrow } from './bodyRef.js';
import type { MembershipFields } from './bodyInputs.js';
import { checkMembershipFields } from './membershipRules.js';
import { auditRecordChange } from './recordAudit.js';

/**
 * A clerk records a membership (member, chair, vice-chair, substitute, or co-optee with or without
 * a vote) of a person already in the record, by their page slug. It is stated (the clerk states
 * it), with its dates, and stays as entered when documents are imported again. One transaction, audited.
 * @throws AppError FORBIDDEN for a clerk of other bodies, NOT_FOUND, INPUT_INVALID.
 */
export async function addMembership(
  store: Store,
  actor: Account,
  slug: string,
  input: MembershipFields & { readonly person: string },
  now: string,
): Promise<Membership> {
  return store.transaction(async (repos) => {
    const body = await bodyOrThrow(repos, slug);
    assertMayClerk(actor, body.id);
    const fields = checkMembershipFields(body, input);
    const named = await repos.people.findByIdOrSlug(input.person);
    if (!named) throw new AppError('NOT_FOUND', `no person with the page address "${input.person}"`);
    const personId = named.mergedIntoId ?? named.id;
    const membership: Membership = {
      id: randomId(),
      personId,
      bodyId: body.id,
      ...fields,
      basis: 'stated',
      firstSeenOn: null,
      lastSeenOn: null,
      meetings: null,
      statement: null,
    };
    await repos.memberships.add(membership, actor.id);
    await auditRecordChange(repos, actor, now, {
      action: 'membership.add',
      subjectKind: 'membership',
      subjectId: membership.id,
      before: null,
      after: membership,
    });
    return membership;
  });
}
