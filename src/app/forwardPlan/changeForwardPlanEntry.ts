import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import type { ForwardPlanEntry } from '../../domain/forwardPlan/forwardPlanEntry.js';
import { randomId } from '../../domain/ids.js';
import type { Store } from '../../store/store.js';
import { assertMayClerkEverything } from '../authorise.js';
import { parseForwardPlanEntry, type ForwardPlanEntryInput } from './forwardPlanEntryInput.js';

const versionSchema = z.coerce.number().int().min(1);

/**
 * Changes an entry, only from the version the clerk saw: a change made meanwhile by someone else
 * is a conflict (409), never silently overwritten. The decision notice it links to, if any, is
 * chosen by id from the published notices.
 * @throws ForwardPlanEntryInvalid; AppError NOT_FOUND, FORBIDDEN, CONFLICT.
 */
export async function changeForwardPlanEntry(
  store: Store,
  actor: Account,
  entryId: string,
  input: ForwardPlanEntryInput & { version: unknown; decisionNoticeId: unknown },
  now = new Date().toISOString(),
): Promise<ForwardPlanEntry> {
  const { version: rawVersion, decisionNoticeId: rawNotice, ...rest } = input;
  const fields = parseForwardPlanEntry(rest);
  const version = versionSchema.safeParse(rawVersion);
  if (!version.success) throw new AppError('INPUT_INVALID', 'the form lost its version: open the entry again');
  assertMayClerkEverything(actor);
  return store.transaction(async (repos) => {
    const before = await repos.forwardPlan.find(entryId);
    if (!before) throw new AppError('NOT_FOUND', 'there is no such forward plan entry');
    const noticeId = typeof rawNotice === 'string' && rawNotice.trim() ? rawNotice.trim() : null;
    if (noticeId && !(await repos.decisionNotices.find(noticeId)))
      throw new AppError('INPUT_INVALID', 'choose a decision notice from the list');
    const change = { ...fields, decisionNoticeId: noticeId };
    if (!(await repos.forwardPlan.update(entryId, version.data, change, now)))
      throw new AppError('CONFLICT', 'someone else changed this entry since you opened the page: nothing was saved');
    const after: ForwardPlanEntry = { ...before, ...change, version: version.data + 1, updatedAt: now };
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'forward_plan.change',
      subjectKind: 'forward_plan_entry',
      subjectId: entryId,
      before,
      after,
    });
    return after;
  });
}
