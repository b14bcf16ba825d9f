import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { bodyOrThrow } from './bodyRef.js';
import type { MembershipFields } from './bodyInputs.js';
import { checkMembershipFields } from './membershipRules.js';
import { auditRecordChange, recordCorrections } from './recordAudit.js';
import { claimVersion } from './staleRecord.js';

/**
 * A clerk changes what a membership says: its role, vote, group or dates (an end date ends it).
 * Where the membership came from a document (stated in it, or inferred from its attendance), what
 * the document said is kept as a correction beside the new value, and the row is the clerk's from
 * then on: a re-import does not undo the correction. One transaction, audited.
 * `version` is the membership's version the form showed (unchecked when omitted).
 * @throws AppError FORBIDDEN, NOT_FOUND (no such membership of this body), CONFLICT (nothing changed), INPUT_INVALID;
 *   StaleRecordError (changed since the form was opened: nothing saved).
 */
export async function correctMembership(
  store: Store,
  actor: Account,
  slug: string,
  membershipId: string,
  input: MembershipFields,
  now: string,
  version?: number,
): Promise<void> {
  await store.transaction(async (repos) => {
    const body = await bodyOrThrow(repos, slug);
    assertMayClerk(actor, body.id);
    const membership = await repos.memberships.find(membershipId);
    if (!membership || membership.bodyId !== body.id)
      throw new AppError('NOT_FOUND', `no membership ${membershipId} of ${body.name}`);
    await claimVersion(repos, 'membership', membership.id, version);
    const fields = checkMembershipFields(body, input);
    const before = {
      role: membership.role,
      votingScope: membership.votingScope,
      party: membership.party,
      startsOn: membership.startsOn,
      endsOn: membership.endsOn,
    };
    const after = { ...fields };
    if (Object.entries(before).every(([k, v]) => after[k as keyof typeof after] === v))
      throw new AppError('CONFLICT', 'nothing was changed');
    const imported = membership.enteredBy === null || (await repos.corrections.has('membership', membership.id));
    await recordCorrections(
      repos,
      actor,
      now,
      { kind: 'membership', id: membership.id, sourceDocumentId: membership.sourceDocumentId, imported },
      before,
      after,
    );
    await repos.memberships.correct(membership.id, fields, actor.id);
    await auditRecordChange(repos, actor, now, {
      action: 'membership.correct',
      subjectKind: 'membership',
      subjectId: membership.id,
      before,
      after,
    });
  });
}
