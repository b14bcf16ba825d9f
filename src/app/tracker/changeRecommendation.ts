import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { isIsoDate } from '../../domain/calendar/isoDate.js';
import { responseDueDate } from '../../domain/calendar/responseDeadline.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { RecommendationStatus } from '../../domain/recommendation.js';
import { RAG_RATINGS } from '../../domain/tracker/rag.js';
import type { Store } from '../../store/store.js';
import { entryForClerk } from './trackerAccess.js';

const optionalDate = (message: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || isIsoDate(v), { message })
    .transform((v) => (v === '' ? null : (v as IsoDate)));

export const recommendationChangeSchema = z.object({
  version: z.coerce.number().int().min(1),
  decisionMaker: z
    .string()
    .trim()
    .max(200, { message: 'the addressee must be 200 characters or fewer' })
    .transform((v) => v || null),
  addresseeAccountId: z
    .string()
    .trim()
    .max(100)
    .transform((v) => v || null),
  sentOn: optionalDate('enter the date sent as a real date'),
  rag: z
    .union([z.literal(''), z.enum(RAG_RATINGS)], { message: 'choose red, amber, green or paused' })
    .transform((v) => v || null),
});

/**
 * Sending moves a recommendation the committee made to `sent`, and un-sending moves it back;
 * answered ones keep what their response made them.
 */
function statusAfterSending(status: RecommendationStatus, sentOn: IsoDate | null): RecommendationStatus {
  if (status === 'made' && sentOn) return 'sent';
  if (status === 'sent' && !sentOn) return 'made';
  return status;
}

/**
 * Changes to whom a recommendation is addressed (in words, and the decision maker's account that
 * answers it), when it was sent (the response due date follows: two calendar months), and the
 * committee's view of progress. Only from the version the clerk saw (CONFLICT otherwise); audited.
 * @throws AppError INPUT_INVALID, CONFLICT, NOT_FOUND, FORBIDDEN (not a clerk of its committee).
 */
export async function changeRecommendation(
  store: Store,
  actor: Account,
  id: string,
  input: Record<keyof z.input<typeof recommendationChangeSchema>, unknown>,
  now: string,
): Promise<void> {
  const parsed = recommendationChangeSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INPUT_INVALID', parsed.error.issues.map((i) => i.message).join('; '));
  const { version, ...fields } = parsed.data;
  await store.transaction(async (repos) => {
    const before = await entryForClerk(repos, actor, id);
    if (
      fields.addresseeAccountId &&
      !(await repos.tracker.decisionMakers()).some((a) => a.id === fields.addresseeAccountId)
    )
      throw new AppError('INPUT_INVALID', 'choose a decision maker with an active account');
    const change = {
      decisionMaker: fields.decisionMaker,
      addresseeAccountId: fields.addresseeAccountId,
      sentOn: fields.sentOn,
      responseDueOn: fields.sentOn ? responseDueDate(fields.sentOn) : null,
      rag: fields.rag,
      status: statusAfterSending(before.status, fields.sentOn),
    };
    if (!(await repos.tracker.update(id, version, change, now)))
      throw new AppError(
        'CONFLICT',
        'someone else changed this recommendation since you opened the page: nothing was saved',
      );
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'recommendation.change',
      subjectKind: 'recommendation',
      subjectId: id,
      before: {
        decisionMaker: before.decisionMaker,
        addresseeAccountId: before.addressee?.id ?? null,
        sentOn: before.sentOn,
        responseDueOn: before.responseDueOn,
        rag: before.rag,
        status: before.status,
      },
      after: change,
    });
  });
}
