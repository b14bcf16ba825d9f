import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { MAX_SEAT_GROUPS, type SeatAllocation } from '../../domain/politicalBalance.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { bodyOrThrow } from './bodyRef.js';
import { auditRecordChange } from './recordAudit.js';
import { claimVersion } from './staleRecord.js';

/**
 * Sets (or, empty, removes) a body's political balance: seats per political group. The seats
 * should add up to the body's size; where they do not, the body page warns, it does not refuse,
 * since a council may allocate before it resizes. One transaction, audited.
 * `version` is the body's version the clerk's form showed: a save from an older page throws
 * StaleRecordError and changes nothing (omitted, by a caller with no form, it is not checked).
 */
export async function setPoliticalBalance(
  store: Store,
  actor: Account,
  slug: string,
  seats: readonly SeatAllocation[],
  now: string,
  version?: number,
): Promise<void> {
  if (seats.length > MAX_SEAT_GROUPS)
    throw new AppError('INPUT_INVALID', `at most ${MAX_SEAT_GROUPS} political groups`);
  for (const s of seats)
    if (!s.party.trim() || !Number.isInteger(s.seats) || s.seats < 0 || s.seats > 500)
      throw new AppError('INPUT_INVALID', `"${s.party}": seats must be a whole number from 0 to 500`);
  await store.transaction(async (repos) => {
    const body = await bodyOrThrow(repos, slug);
    assertMayClerk(actor, body.id);
    await claimVersion(repos, 'body', body.id, version);
    const before = await repos.bodies.seats(body.id);
    await repos.bodies.setSeats(body.id, seats);
    await auditRecordChange(repos, actor, now, {
      action: 'body.political_balance',
      subjectKind: 'body',
      subjectId: body.id,
      before,
      after: seats,
    });
  });
}
