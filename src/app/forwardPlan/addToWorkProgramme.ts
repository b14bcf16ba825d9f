import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import type { WorkProgrammeEntry } from '../../domain/workProgramme.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { pullForwardPlanEntry } from '../workProgramme/pullForwardPlanEntry.js';

/**
 * A committee pulls a forward plan entry into its work programme (issue 18 item 5): a topic with
 * source `forward_plan` referring to the entry, held unscheduled in the municipal year of the
 * expected decision, through the work programme's own use case. Once only per body.
 * @throws AppError NOT_FOUND, FORBIDDEN, INPUT_INVALID (no such committee), CONFLICT when the body already has it.
 */
export async function addForwardPlanEntryToWorkProgramme(
  store: Store,
  actor: Account,
  input: { entryId: string; bodySlug: string },
  now = new Date().toISOString(),
): Promise<WorkProgrammeEntry> {
  const { entry, body } = await store.transaction(async (repos) => ({
    entry: await repos.forwardPlan.find(input.entryId),
    body: await repos.bodies.findBySlug(input.bodySlug),
  }));
  if (!entry) throw new AppError('NOT_FOUND', 'there is no such forward plan entry');
  if (!body) throw new AppError('INPUT_INVALID', 'choose a committee from the list');
  assertMayClerk(actor, body.id);
  const pulled = await pullForwardPlanEntry(
    store,
    actor,
    {
      bodyId: body.id,
      forwardPlanEntryId: entry.id,
      topic: entry.title,
      objectives: entry.summary || null,
      decisionDue: entry.expectedOn,
    },
    now,
  );
  if (!pulled.created) throw new AppError('CONFLICT', `${body.name}'s work programme already has this decision`);
  return pulled.entry;
}
