import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { isIsoDate } from '../../domain/calendar/isoDate.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import { ACTION_STATUSES, isActionOverdue, type ResolutionAction } from '../../domain/resolutionAction.js';
import type { ActionInContext, ResolutionInContext } from '../../store/repositories/actionRepository.js';
import type { Repositories } from '../../store/repositories/repositories.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk, assertMayClerkEverything } from '../authorise.js';

export interface ActionBoard {
  /** Overdue first, then by due date. */
  readonly actions: readonly (ActionInContext & { readonly overdue: boolean })[];
  /** Recent resolutions the clerk may attach an action to. */
  readonly resolutions: readonly ResolutionInContext[];
}

/** The bodies an account clerks: null for every body. */
function scopeOf(actor: Account): readonly string[] | null {
  if (!actor.active || !['admin', 'clerk'].includes(actor.role))
    throw new AppError('FORBIDDEN', 'only clerks and administrators follow actions');
  return actor.role === 'admin' || actor.bodyIds.length === 0 ? null : actor.bodyIds;
}

/** The actions of the bodies a clerk serves, overdue ones first, and resolutions to add actions to. */
export async function actionBoard(store: Store, actor: Account, today: IsoDate): Promise<ActionBoard> {
  const scope = scopeOf(actor);
  return store.transaction(async (repos) => {
    const actions = (await repos.actions.list(scope)).map((a) => ({ ...a, overdue: isActionOverdue(a, today) }));
    actions.sort((a, b) => Number(b.overdue) - Number(a.overdue));
    return { actions, resolutions: await repos.actions.recentResolutions(scope, 30) };
  });
}

const dueOnSchema = z
  .string()
  .trim()
  .refine((v) => v === '' || isIsoDate(v), { message: 'enter the due date as a real date' })
  .transform((v) => (v === '' ? null : (v as IsoDate)));

export const newActionSchema = z.object({
  resolutionId: z.string().min(1).max(100),
  description: z.string().trim().min(1, { message: 'enter what is to be done' }).max(2000, {
    message: 'the action must be 2000 characters or fewer',
  }),
  owner: z.string().trim().min(1, { message: 'enter who is to do it' }).max(200, {
    message: 'the owner must be 200 characters or fewer',
  }),
  dueOn: dueOnSchema,
});

export const actionChangeSchema = z.object({
  version: z.coerce.number().int().min(1),
  status: z.enum(ACTION_STATUSES, { message: 'choose a status' }),
  owner: newActionSchema.shape.owner,
  dueOn: dueOnSchema,
});

function invalid(error: z.ZodError): AppError {
  return new AppError('INPUT_INVALID', error.issues.map((i) => i.message).join('; '));
}

async function assertMayActOn(repos: Repositories, actor: Account, resolutionId: string): Promise<void> {
  const resolution = await repos.actions.resolution(resolutionId);
  if (resolution) assertMayClerk(actor, resolution.bodyId);
  else assertMayClerkEverything(actor);
}

/** Adds an action to a resolution of a body the clerk serves; audited. */
export async function addAction(
  store: Store,
  actor: Account,
  input: Record<keyof z.input<typeof newActionSchema>, unknown>,
  now = new Date().toISOString(),
): Promise<ResolutionAction> {
  const parsed = newActionSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  return store.transaction(async (repos) => {
    const resolution = await repos.actions.resolution(parsed.data.resolutionId);
    if (!resolution) throw new AppError('NOT_FOUND', 'there is no such resolution');
    assertMayClerk(actor, resolution.bodyId);
    const action: ResolutionAction = {
      id: randomId(),
      ...parsed.data,
      status: 'open',
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await repos.actions.add(action);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'action.add',
      subjectKind: 'action',
      subjectId: action.id,
      before: undefined,
      after: action,
    });
    return action;
  });
}

/**
 * Changes an action's status, owner or due date, only from the version the clerk saw: a change
 * made meanwhile by someone else is a conflict (409), never silently overwritten.
 */
export async function changeAction(
  store: Store,
  actor: Account,
  actionId: string,
  input: Record<keyof z.input<typeof actionChangeSchema>, unknown>,
  now = new Date().toISOString(),
): Promise<void> {
  const parsed = actionChangeSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const { version, ...change } = parsed.data;
  await store.transaction(async (repos) => {
    const before = await repos.actions.find(actionId);
    if (!before) throw new AppError('NOT_FOUND', 'there is no such action');
    await assertMayActOn(repos, actor, before.resolutionId);
    if (!(await repos.actions.update(actionId, version, change, now)))
      throw new AppError('CONFLICT', 'someone else changed this action since you opened the page: nothing was saved');
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'action.change',
      subjectKind: 'action',
      subjectId: actionId,
      before: { status: before.status, owner: before.owner, dueOn: before.dueOn },
      after: change,
    });
  });
}

/** One action, for its change form; refused to a clerk who does not serve its body. */
export async function actionToChange(store: Store, actor: Account, actionId: string): Promise<ResolutionAction> {
  scopeOf(actor);
  return store.transaction(async (repos) => {
    const action = await repos.actions.find(actionId);
    if (!action) throw new AppError('NOT_FOUND', 'There is no such action');
    await assertMayActOn(repos, actor, action.resolutionId);
    return action;
  });
}

/** The resolution an action is being added to; refused to a clerk who does not serve its body. */
export async function resolutionForAction(
  store: Store,
  actor: Account,
  resolutionId: string,
): Promise<ResolutionInContext> {
  scopeOf(actor);
  return store.transaction(async (repos) => {
    const resolution = await repos.actions.resolution(resolutionId);
    if (!resolution) throw new AppError('NOT_FOUND', 'There is no such resolution');
    assertMayClerk(actor, resolution.bodyId);
    return resolution;
  });
}
