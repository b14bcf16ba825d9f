import type { Account } from '../../domain/account.js';
import { quorumFor } from '../../domain/calendar/quorum.js';
import { AppError } from '../../domain/errors.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { bodyOrThrow } from './bodyRef.js';
import type { BodySettingsInput } from './bodyInputs.js';
import { auditRecordChange } from './recordAudit.js';
import { claimVersion } from './staleRecord.js';

/**
 * Sets a body's size, quorum rule, expected meetings a year and whether it allows substitutes.
 * Only a clerk of the body (or an administrator) may. One transaction, audited with before and after.
 * `version` is the body's version the clerk's form showed: a save from an older page throws
 * StaleRecordError and changes nothing (omitted, by a caller with no form, it is not checked).
 * @throws AppError FORBIDDEN, NOT_FOUND, or INPUT_INVALID for a rule that cannot be (quorumFor's checks);
 *   StaleRecordError.
 */
export async function updateBodySettings(
  store: Store,
  actor: Account,
  slug: string,
  input: BodySettingsInput,
  now: string,
  version?: number,
): Promise<void> {
  if (input.size !== null && (!Number.isInteger(input.size) || input.size < 1 || input.size > 500))
    throw new AppError('INPUT_INVALID', 'the size must be a whole number from 1 to 500');
  quorumFor(input.size ?? 0, input.quorumRule);
  const perYear = input.meetingsPerYear;
  if (perYear && (perYear.min < 0 || perYear.max < perYear.min || perYear.max > 366))
    throw new AppError('INPUT_INVALID', 'meetings a year must be from 0 to 366, the fewest no more than the most');
  await store.transaction(async (repos) => {
    const body = await bodyOrThrow(repos, slug);
    assertMayClerk(actor, body.id);
    await claimVersion(repos, 'body', body.id, version);
    const before = {
      size: body.size,
      quorumRule: body.quorumRule,
      meetingsPerYear: body.meetingsPerYear,
      allowsSubstitutes: body.allowsSubstitutes,
    };
    await repos.bodies.updateSettings(body.id, input);
    await auditRecordChange(repos, actor, now, {
      action: 'body.settings',
      subjectKind: 'body',
      subjectId: body.id,
      before,
      after: input,
    });
  });
}
