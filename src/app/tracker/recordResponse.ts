import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { compareIsoDates, isIsoDate } from '../../domain/calendar/isoDate.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import { ACCEPTANCES, statusAfterResponse } from '../../domain/recommendation.js';
import type { ResolutionAction } from '../../domain/resolutionAction.js';
import type { Store } from '../../store/store.js';
import { entryToAnswer } from './trackerAccess.js';

/** How many promised actions one response form carries. */
export const ACTION_ROWS = 3;

export const promisedActionSchema = z.object({
  description: z.string().trim().max(2000, { message: 'an action must be 2000 characters or fewer' }),
  dueOn: z
    .string()
    .trim()
    .refine((v) => v === '' || isIsoDate(v), { message: 'enter each action’s date as a real date' }),
});

export const responseSchema = z.object({
  version: z.coerce.number().int().min(1),
  acceptance: z.enum(ACCEPTANCES, { message: 'choose whether the recommendation is accepted' }),
  text: z
    .string()
    .trim()
    .min(1, { message: 'enter the response' })
    .max(20_000, { message: 'the response must be 20000 characters or fewer' }),
  respondedOn: z.string().trim().refine(isIsoDate, { message: 'enter the date of the response as a real date' }),
  implementation: z
    .string()
    .trim()
    .max(20_000, { message: 'how it was implemented must be 20000 characters or fewer' })
    .transform((v) => v || null),
  actions: z.array(promisedActionSchema).max(ACTION_ROWS),
});

/** As posted: checked by {@link responseSchema}. */
export type ResponseInput = { readonly [K in keyof z.input<typeof responseSchema>]: unknown };

/**
 * Records a decision maker's response to a recommendation: whether it is accepted, why, when,
 * and the actions promised with their dates. The decision maker it is addressed to writes it
 * themselves; a clerk of its committee may record it on their behalf. The actions hang on the
 * recommendation's resolution (resolution actions, issue 17), so the clerk's action board and
 * its overdue flags follow them too. Only from the version the page showed; audited.
 * @throws AppError INPUT_INVALID, CONFLICT, NOT_FOUND, FORBIDDEN.
 */
export async function recordResponse(
  store: Store,
  actor: Account,
  id: string,
  input: ResponseInput,
  now: string,
): Promise<void> {
  const parsed = responseSchema.safeParse(input);
  if (!parsed.success) throw new AppError('INPUT_INVALID', parsed.error.issues.map((i) => i.message).join('; '));
  const data = parsed.data;
  const today = now.slice(0, 10) as IsoDate;
  if (compareIsoDates(data.respondedOn as IsoDate, today) > 0)
    throw new AppError('INPUT_INVALID', 'the date of the response must be today or in the past');
  const promised = data.actions.filter((a) => a.description !== '');
  if (data.actions.some((a) => a.description === '' && a.dueOn !== ''))
    throw new AppError('INPUT_INVALID', 'say what each dated action is');
  await store.transaction(async (repos) => {
    const entry = await entryToAnswer(repos, actor, id);
    if (promised.length && !entry.resolutionId)
      throw new AppError(
        'INPUT_INVALID',
        'this recommendation is no longer tied to a resolution, so actions cannot be added to it; describe them in the response',
      );
    const status = statusAfterResponse(data.acceptance);
    const change = {
      decisionMaker: entry.decisionMaker,
      addresseeAccountId: entry.addressee?.id ?? null,
      sentOn: entry.sentOn,
      responseDueOn: entry.responseDueOn,
      rag: entry.rag,
      status,
    };
    if (!(await repos.tracker.update(id, data.version, change, now)))
      throw new AppError(
        'CONFLICT',
        'someone else changed this recommendation since you opened the page: nothing was saved',
      );
    const response = {
      id: randomId(),
      recommendationId: id,
      respondedOn: data.respondedOn as IsoDate,
      acceptance: data.acceptance,
      text: data.text,
      implementation: data.implementation,
      recordedBy: actor.id,
      createdAt: now,
    };
    await repos.tracker.addResponse(response);
    const owner = entry.decisionMaker ?? entry.addressee?.email ?? 'The decision maker';
    const actions: ResolutionAction[] = promised.map((a) => ({
      id: randomId(),
      resolutionId: entry.resolutionId!,
      description: a.description,
      owner,
      dueOn: a.dueOn === '' ? null : (a.dueOn as IsoDate),
      status: 'open',
      createdAt: now,
      updatedAt: now,
      version: 1,
    }));
    for (const action of actions) await repos.actions.add(action);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'recommendation.respond',
      subjectKind: 'recommendation',
      subjectId: id,
      before: { status: entry.status, response: entry.response },
      after: { status, response, actions },
    });
  });
}
