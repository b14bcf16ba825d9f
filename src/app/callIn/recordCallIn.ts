import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { isIsoDate } from '../../domain/calendar/isoDate.js';
import { isWithinCallInPeriod, membersFromText, type CallInRequest } from '../../domain/callIn/callInRequest.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk, assertMayClerkEverything } from '../authorise.js';

/** Most constitutions need at least two members to call a decision in; fewer is refused as a form error. */
export const MIN_CALL_IN_MEMBERS = 2;

export const callInInputSchema = z.object({
  requestedOn: z
    .string()
    .refine(isIsoDate, { message: 'enter the date of the request as a real date' })
    .transform((v) => v as IsoDate),
  members: z
    .string()
    .max(2_000, { message: 'the list of members must be 2000 characters or fewer' })
    .transform(membersFromText)
    .refine((names) => names.length >= MIN_CALL_IN_MEMBERS, {
      message: `enter the members requesting the call-in, at least ${MIN_CALL_IN_MEMBERS}, one a line`,
    }),
  grounds: z
    .string()
    .trim()
    .min(1, { message: 'enter the grounds for the call-in' })
    .max(10_000, { message: 'the grounds must be 10000 characters or fewer' }),
});

export type CallInInput = Record<keyof z.input<typeof callInInputSchema>, unknown>;

/** Field problems, by field, for the form to show beside each. */
export class CallInInvalid extends AppError {
  constructor(readonly fields: readonly { field: string; message: string }[]) {
    super('INPUT_INVALID', fields.map((f) => f.message).join('; '));
  }
}

/** A clerk of the notice's body, or for a notice of no body a clerk for every body. */
export async function assertMayClerkNotice(repos: Repositories, actor: Account, noticeId: string) {
  const notice = await repos.decisionNotices.find(noticeId);
  if (!notice) throw new AppError('NOT_FOUND', 'There is no such decision notice');
  if (notice.bodyId) assertMayClerk(actor, notice.bodyId);
  else assertMayClerkEverything(actor);
  return notice;
}

/**
 * Records members' request to call in a published decision; audited. Refused (as a form error on
 * the date) when the decision is not subject to call-in or the request falls outside its period:
 * such a request is not a call-in at all, so nothing is recorded.
 * @throws CallInInvalid; AppError NOT_FOUND, FORBIDDEN.
 */
export async function recordCallIn(
  store: Store,
  actor: Account,
  decisionNoticeId: string,
  input: CallInInput,
  now = new Date().toISOString(),
): Promise<CallInRequest> {
  const parsed = callInInputSchema.safeParse(input);
  if (!parsed.success)
    throw new CallInInvalid(
      parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'grounds'), message: i.message })),
    );
  const fields = parsed.data;
  return store.transaction(async (repos) => {
    const notice = await assertMayClerkNotice(repos, actor, decisionNoticeId);
    if (!notice.callInDeadline)
      throw new CallInInvalid([{ field: 'requestedOn', message: 'this decision is not subject to call-in' }]);
    if (!isWithinCallInPeriod(notice, fields.requestedOn))
      throw new CallInInvalid([
        {
          field: 'requestedOn',
          message: `a call-in must be made between ${notice.publishedOn} and ${notice.callInDeadline}`,
        },
      ]);
    const request: CallInRequest = {
      id: randomId(),
      decisionNoticeId: notice.id,
      requestedOn: fields.requestedOn,
      members: fields.members,
      grounds: fields.grounds,
      outcome: 'pending',
      outcomeOn: null,
      outcomeNotes: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await repos.callIns.add(request);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'call_in.record',
      subjectKind: 'call_in',
      subjectId: request.id,
      before: undefined,
      after: request,
    });
    return request;
  });
}
