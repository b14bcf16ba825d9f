import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { compareIsoDates, isIsoDate } from '../../domain/calendar/isoDate.js';
import { CALL_IN_OUTCOMES, type CallInRequest } from '../../domain/callIn/callInRequest.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { Store } from '../../store/store.js';
import { assertMayClerkNotice, CallInInvalid } from './recordCallIn.js';

export const callInOutcomeSchema = z
  .object({
    version: z.coerce.number().int().min(1),
    outcome: z.enum(CALL_IN_OUTCOMES, { message: 'choose the outcome' }),
    outcomeOn: z
      .string()
      .refine((v) => v === '' || isIsoDate(v), { message: 'enter the date of the outcome as a real date' })
      .transform((v) => (v === '' ? null : (v as IsoDate))),
    outcomeNotes: z
      .string()
      .trim()
      .max(10_000, { message: 'the notes must be 10000 characters or fewer' })
      .transform((v) => v || null),
  })
  .refine((o) => o.outcome === 'pending' || o.outcomeOn !== null, {
    message: 'enter the date of the outcome',
    path: ['outcomeOn'],
  });

export type CallInOutcomeInput = Record<keyof z.input<typeof callInOutcomeSchema>, unknown>;

/**
 * Records what became of a call-in, only from the version the clerk saw (409 otherwise); audited.
 * @throws CallInInvalid; AppError NOT_FOUND, FORBIDDEN, CONFLICT.
 */
export async function decideCallIn(
  store: Store,
  actor: Account,
  callInId: string,
  input: CallInOutcomeInput,
  now = new Date().toISOString(),
): Promise<CallInRequest> {
  const parsed = callInOutcomeSchema.safeParse(input);
  if (!parsed.success)
    throw new CallInInvalid(
      parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'outcome'), message: i.message })),
    );
  const { version, ...change } = parsed.data;
  return store.transaction(async (repos) => {
    const before = await repos.callIns.find(callInId);
    if (!before) throw new AppError('NOT_FOUND', 'There is no such call-in');
    await assertMayClerkNotice(repos, actor, before.decisionNoticeId);
    if (change.outcomeOn && compareIsoDates(change.outcomeOn, before.requestedOn) < 0)
      throw new CallInInvalid([{ field: 'outcomeOn', message: 'the outcome cannot come before the request' }]);
    const outcome = change.outcome === 'pending' ? { ...change, outcomeOn: null } : change;
    if (!(await repos.callIns.decide(callInId, version, outcome, now)))
      throw new AppError('CONFLICT', 'someone else changed this call-in since you opened the page: nothing was saved');
    const after: CallInRequest = { ...before, ...outcome, version: version + 1, updatedAt: now };
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'call_in.decide',
      subjectKind: 'call_in',
      subjectId: callInId,
      before,
      after,
    });
    return after;
  });
}
