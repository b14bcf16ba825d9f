import type { Account } from '../../domain/account.js';
import type { ForwardPlanEntry } from '../../domain/forwardPlan/forwardPlanEntry.js';
import { randomId } from '../../domain/ids.js';
import type { Store } from '../../store/store.js';
import { assertMayClerkEverything } from '../authorise.js';
import { parseForwardPlanEntry, type ForwardPlanEntryInput } from './forwardPlanEntryInput.js';

/**
 * Adds an entry to the forward plan; audited. The plan is the executive's, not one committee's,
 * so it needs an administrator or a clerk for every body.
 * @throws ForwardPlanEntryInvalid with every field's problem; AppError FORBIDDEN.
 */
export async function addForwardPlanEntry(
  store: Store,
  actor: Account,
  input: ForwardPlanEntryInput,
  now = new Date().toISOString(),
): Promise<ForwardPlanEntry> {
  const fields = parseForwardPlanEntry(input);
  assertMayClerkEverything(actor);
  return store.transaction(async (repos) => {
    const entry: ForwardPlanEntry = {
      id: randomId(),
      ...fields,
      decisionNoticeId: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await repos.forwardPlan.add(entry);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'forward_plan.add',
      subjectKind: 'forward_plan_entry',
      subjectId: entry.id,
      before: undefined,
      after: entry,
    });
    return entry;
  });
}
