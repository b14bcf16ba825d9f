import type { Account } from '../../domain/account.js';
import { municipalYearOf } from '../../domain/calendar/municipalYear.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { IsoDate } from '../../domain/isoDateType.js';
import type { WorkProgrammeEntry } from '../../domain/workProgramme.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';

/** The words by which a work programme entry names the forward plan entry it came from. */
export function forwardPlanMarker(entryId: string): string {
  return `forward plan entry ${entryId}`;
}

/**
 * A committee pulls a forward plan entry into its work programme: an unscheduled topic in the
 * municipal year of the expected decision, its notes naming the entry. Once only per body.
 * TODO(issue 18 item 4): switch to the work programme's own use case (source 'forward_plan') once
 * it is merged; this writes the existing table directly until then.
 * @throws AppError NOT_FOUND, FORBIDDEN, CONFLICT when the body already has it.
 */
export async function addForwardPlanEntryToWorkProgramme(
  store: Store,
  actor: Account,
  input: { entryId: string; bodySlug: string },
  now = new Date().toISOString(),
): Promise<WorkProgrammeEntry> {
  return store.transaction(async (repos) => {
    const entry = await repos.forwardPlan.find(input.entryId);
    if (!entry) throw new AppError('NOT_FOUND', 'there is no such forward plan entry');
    const body = await repos.bodies.findBySlug(input.bodySlug);
    if (!body) throw new AppError('INPUT_INVALID', 'choose a committee from the list');
    assertMayClerk(actor, body.id);
    const marker = forwardPlanMarker(entry.id);
    if (await repos.forwardPlanWorkProgramme.holds(body.id, marker))
      throw new AppError('CONFLICT', `${body.name}'s work programme already has this decision`);
    const year = municipalYearOf(entry.expectedOn as IsoDate, await repos.calendar.municipalYears());
    const added: WorkProgrammeEntry = {
      id: randomId(),
      bodyId: body.id,
      municipalYear: year.label,
      topic: entry.title,
      objectives: null,
      plannedOn: null,
      meetingId: null,
      status: 'unscheduled',
      notes: `From the forward plan (${marker}): ${entry.decisionMaker} expects to decide on ${entry.expectedOn}.`,
    };
    await repos.forwardPlanWorkProgramme.add(added);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'work_programme.add_from_forward_plan',
      subjectKind: 'work_programme_entry',
      subjectId: added.id,
      before: undefined,
      after: added,
    });
    return added;
  });
}
