import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { bodyOrThrow } from './bodyRef.js';
import type { TermsInput } from './bodyInputs.js';
import { auditRecordChange } from './recordAudit.js';
import { claimVersion } from './staleRecord.js';

/**
 * Adds a newly adopted version of a body's terms of reference. Earlier versions are kept as they
 * were: what a body could do in 2022 is part of the record. One transaction, audited.
 * `version` is the body's version the clerk's form showed: a save from an older page throws
 * StaleRecordError and changes nothing (omitted, by a caller with no form, it is not checked).
 */
export async function adoptTermsOfReference(
  store: Store,
  actor: Account,
  slug: string,
  input: TermsInput,
  now: string,
  version?: number,
): Promise<string> {
  if (!input.purpose.trim()) throw new AppError('INPUT_INVALID', 'the terms of reference need their purpose');
  return store.transaction(async (repos) => {
    const body = await bodyOrThrow(repos, slug);
    assertMayClerk(actor, body.id);
    await claimVersion(repos, 'body', body.id, version);
    const versions = await repos.bodies.termsOfReference(body.id);
    const terms = {
      id: randomId(),
      bodyId: body.id,
      adoptedOn: input.adoptedOn,
      description: null,
      purpose: input.purpose,
      objectives: null,
      powers: input.powers,
      membershipRules: input.membershipRules,
      quorumText: input.quorumText,
      frequencyText: input.frequencyText,
      documentId: null,
    };
    await repos.bodies.addTermsOfReference(terms);
    await auditRecordChange(repos, actor, now, {
      action: 'body.terms_adopted',
      subjectKind: 'body',
      subjectId: body.id,
      before: { versions: versions.map((v) => ({ id: v.id, adoptedOn: v.adoptedOn })) },
      after: terms,
    });
    return terms.id;
  });
}
